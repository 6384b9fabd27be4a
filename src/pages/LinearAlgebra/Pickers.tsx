import { useLinalgStore } from '../../stores/linalg/store';
import type { Dim, LinalgMode } from '../../stores/linalg/view';

function RadioGroup<T extends string | number>({
  label,
  name,
  value,
  options,
  onChange,
}: {
  label: string;
  name: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (v: T) => void;
}) {
  return (
    <div role="radiogroup" aria-label={label} className="la-radios">
      <span className="la-radios-label" aria-hidden="true">
        {label}
      </span>
      {options.map((o) => (
        <label key={String(o.value)} className="chip la-radio" data-checked={o.value === value}>
          <input
            type="radio"
            name={name}
            value={String(o.value)}
            checked={o.value === value}
            onChange={() => onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
    </div>
  );
}

const MODE_OPTIONS: { value: LinalgMode; label: string }[] = [
  { value: 'transform', label: 'Transform' },
  { value: 'compose', label: 'Compose' },
  { value: 'svd', label: 'SVD' },
  { value: 'basis', label: 'Change of basis' },
  { value: 'pca', label: 'PCA' },
  { value: 'vectors', label: 'Vectors' },
  { value: 'norms', label: 'Norms' },
  { value: 'projection', label: 'Projection' },
  { value: 'gramschmidt', label: 'Gram–Schmidt' },
  { value: 'cholesky', label: 'Cholesky' },
  { value: 'jacobian', label: 'Jacobian' },
  { value: 'maps', label: 'Maps between dimensions' },
  { value: 'lowrank', label: 'Low rank' },
];

/** The "Dimension" (2D / 3D) and "View" radio groups. */
export function Pickers() {
  const dim = useLinalgStore((s) => s.view.dim);
  const mode = useLinalgStore((s) => s.view.mode);
  const setDim = useLinalgStore((s) => s.setDim);
  const set = useLinalgStore((s) => s.set);
  return (
    <div className="panel la-pickers">
      <RadioGroup<Dim>
        label="Dimension"
        name="la-dim"
        value={dim}
        options={[
          { value: 2, label: '2D' },
          { value: 3, label: '3D' },
        ]}
        onChange={setDim}
      />
      <RadioGroup<LinalgMode>
        label="View"
        name="la-view"
        value={mode}
        options={MODE_OPTIONS}
        onChange={(mode) => set('mode', mode)}
      />
    </div>
  );
}
