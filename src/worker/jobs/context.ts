/** What a long worker job gets from the worker runtime: a cooperative checkpoint and an optional progress sink. */
export interface JobContext {
  /**
   * Call between chunks of work. Yields to pending messages (so a cancel can land), and throws once the job
   * has been cancelled. Cheap: returns immediately unless a time slice (~20 ms) has passed.
   */
  checkpoint(): Promise<void>;
  /**
   * Sends a snapshot to the page, at most every ~100 ms (extra calls are dropped). Pass a function to have
   * the snapshot built only when it is actually sent.
   */
  progress(snapshot: unknown | (() => unknown)): void;
}
