/** The pages reachable from the top bar, in reading order. */
export const ROUTES = [
  { path: '/', label: 'Home' },
  { path: '/linear-algebra', label: 'Linear algebra' },
  { path: '/calculus', label: 'Calculus' },
  { path: '/probability', label: 'Probability' },
  { path: '/machine-learning', label: 'Machine learning' },
] as const;
