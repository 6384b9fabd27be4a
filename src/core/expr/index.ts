// Barrel for src/core/expr: its public exports are re-exported by src/core/index.ts.
export {};
