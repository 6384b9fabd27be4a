// Component tests opt into jsdom per file (`// @vitest-environment jsdom`); this adds the DOM matchers there
// and unmounts whatever a test rendered (vitest runs without globals, so Testing Library cannot do it itself).
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
