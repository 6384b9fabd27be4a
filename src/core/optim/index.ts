// Barrel for src/core/optim: its public exports are re-exported by src/core/index.ts.
export {};
