import type { ReactNode } from 'react';

/** A message where the user is looking; announced by screen readers as an alert. */
export function ErrorNote({ children, id }: { children: ReactNode; id?: string }) {
  if (!children) return null;
  return (
    <p className="error-note" role="alert" id={id}>
      {children}
    </p>
  );
}
