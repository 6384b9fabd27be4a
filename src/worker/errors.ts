/** Errors the worker client raises; the page shows their messages as they are. */

/** The request was cancelled by the user or replaced by a newer one; the page ignores it. */
export class JobCancelledError extends Error {
  override name = 'JobCancelledError';
  constructor() {
    super('Cancelled.');
  }
}

/** The worker crashed or stopped answering; it has been restarted and the next request will work. */
export class WorkerCrashedError extends Error {
  override name = 'WorkerCrashedError';
}

export function isCancelled(e: unknown): boolean {
  return e instanceof JobCancelledError;
}
