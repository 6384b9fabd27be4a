/** What a choice control needs of a declared field: its accessible name and its choices (the field's values). */
export interface ChoiceFieldDeclaration {
  readonly label?: string;
  readonly choices?: readonly string[];
}

/**
 * A labelled native `<select>` for a declared choice field: the accessible name and the options come from the
 * declaration, the words shown for each option from `labels` (the value itself when absent). `caption` is the
 * visible text above it, the label when absent.
 */
export function FieldSelect<T extends string>({
  field,
  value,
  onChange,
  labels,
  caption,
  choices = (field.choices ?? []) as readonly T[],
}: {
  field: ChoiceFieldDeclaration;
  value: T;
  onChange: (value: T) => void;
  labels?: Partial<Record<T, string>>;
  caption?: string;
  /** A subset of the declared choices, when only some apply. */
  choices?: readonly T[];
}) {
  const label = field.label ?? '';
  return (
    <label className="field">
      <span>{caption ?? label}</span>
      <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {choices.map((c) => (
          <option key={c} value={c}>
            {labels?.[c] ?? c}
          </option>
        ))}
      </select>
    </label>
  );
}
