import { lazy } from 'react';

/**
 * The lazy pages of the router (each its own chunk; three.js only ever loads with the pages that draw in 3D).
 * Kept here so a show can warm them before its first jump (src/app/deck/prefetch.ts): a page warmed in time
 * renders at once, with no "Loading…" placeholder.
 */
export const PAGE_CHUNKS = {
  '/probability': lazy(() => import('../pages/Probability')),
  '/linear-algebra': lazy(() => import('../pages/LinearAlgebra')),
  '/calculus': lazy(() => import('../pages/Calculus')),
  '/machine-learning': lazy(() => import('../pages/MachineLearning')),
} as const;
