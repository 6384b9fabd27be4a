/**
 * The one shape of the core's streamed runs (sampling, LLN, CLT, Monte Carlo, MCMC): `step()` does one chunk
 * of work, `done` says whether there is more, `snapshot()` reports where the run is. The worker steps a run
 * between cancel checkpoints and streams its snapshots; the run itself never waits or allocates per sample.
 */
export interface Run<S> {
  readonly done: boolean;
  step(): void;
  snapshot(): S;
}
