import type { ReactNode } from 'react';
import { Tex } from '../Tex';

/**
 * One collapsible theory note: the definition and key identity (KaTeX, with the page's numbers where
 * they make sense), a paragraph of intuition and what it means in machine learning.
 */
export function TheorySection({
  title,
  tex,
  open = false,
  children,
  ml,
}: {
  title: string;
  /** The key identity, display style. */
  tex: string;
  open?: boolean;
  /** The intuition. */
  children: ReactNode;
  /** The "In machine learning" paragraph. */
  ml: ReactNode;
}) {
  return (
    <details className="learn-theory" open={open}>
      <summary>{title}</summary>
      <div className="learn-tex">
        <Tex tex={tex} display />
      </div>
      <p>{children}</p>
      <p>
        <strong>In machine learning.</strong> {ml}
      </p>
    </details>
  );
}
