/** Formats a number for people: 6 significant digits, words for the non-finite cases (never "NaN"). */
export function formatNumber(v: number, digits = 6): string {
  if (Number.isNaN(v)) return 'undefined';
  if (v === Infinity) return '∞';
  if (v === -Infinity) return '−∞';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e6 || a < 1e-4) return v.toExponential(digits - 1).replace(/\.?0+e/, 'e');
  return String(Number(v.toPrecision(digits)));
}

/**
 * A numeric readout: an `<output>` named by `label`, its text the formatted value and its `data-value`
 * the full-precision number, so that tests and screen readers read the same thing.
 */
export function Readout({
  label,
  value,
  title,
  format = formatNumber,
}: {
  label: string;
  value: number | null;
  title?: string;
  format?: (v: number) => string;
}) {
  return (
    <div className="readout">
      <span className="readout-label">{label}</span>
      <output aria-label={label} data-value={value === null ? '' : String(value)} title={title}>
        {value === null ? '—' : format(value)}
      </output>
    </div>
  );
}
