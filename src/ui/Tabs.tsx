import { useRef, type KeyboardEvent } from 'react';

export interface TabSpec<Id extends string> {
  id: Id;
  label: string;
}

/**
 * A WAI-ARIA tab list: arrow keys, Home and End move between tabs (and select them); only the active
 * panel is rendered by the caller, labelled by its tab.
 */
export function TabList<Id extends string>({
  tabs,
  active,
  onSelect,
  label,
  idPrefix,
}: {
  tabs: readonly TabSpec<Id>[];
  active: Id;
  onSelect: (id: Id) => void;
  label: string;
  idPrefix: string;
}) {
  const list = useRef<HTMLDivElement>(null);
  const onKey = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === active);
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    onSelect(tabs[next].id);
    list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div className="tablist" role="tablist" aria-label={label} ref={list} onKeyDown={onKey}>
      {tabs.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${t.id}`}
          aria-selected={t.id === active}
          aria-controls={`${idPrefix}-panel`}
          tabIndex={t.id === active ? 0 : -1}
          onClick={() => onSelect(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
