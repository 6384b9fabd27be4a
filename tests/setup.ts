// Component tests opt into jsdom per file (`// @vitest-environment jsdom`); this adds the DOM matchers there.
import '@testing-library/jest-dom/vitest';
