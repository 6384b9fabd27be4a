// Barrel for src/core/linalg: its public exports are re-exported by src/core/index.ts.
export {};
