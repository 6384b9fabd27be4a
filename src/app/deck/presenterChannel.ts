/**
 * The presenter view talks to the stage window over a BroadcastChannel (same origin, no server): the stage
 * says where the show is after every move; the presenter view asks for that on opening and sends moves.
 */
export const PRESENTER_CHANNEL = 'mfml-presenter';

export interface ShowState {
  titles: string[];
  /** Speaker notes per scene (private: shown in the presenter view only). */
  speaker: string[];
  /** Build steps per scene. */
  builds: number[];
  index: number;
  build: number;
  /** Date.now() when the show started, for the presenter view's timer. */
  startedAt: number;
}

export type StageMessage = { type: 'state'; state: ShowState } | { type: 'ended' };
export type ViewMessage =
  { type: 'hello' } | { type: 'step'; delta: 1 | -1 } | { type: 'goto'; index: number } | { type: 'blank' };

export function openChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(PRESENTER_CHANNEL) : null;
}

/** The address of the presenter view, on the same page as `base`. */
export function presenterViewUrl(base: string): string {
  return `${base.replace(/#.*$/, '')}#/presenter-view`;
}
