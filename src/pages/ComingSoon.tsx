import type { ReactNode } from 'react';

/** An honest one-sentence page for a route whose feature has not landed yet. */
export function ComingSoon({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="page narrow">
      <h1>{title}</h1>
      <p>{children}</p>
    </section>
  );
}
