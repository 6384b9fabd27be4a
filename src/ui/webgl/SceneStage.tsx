import { Component, Suspense, useCallback, useState, type ReactNode } from 'react';
import { webglSupport, type WebglSupport } from './support';

/** What a 3D view says when WebGL is missing, was lost, or the scene failed to start. */
export interface StageTexts {
  noWebgl: string;
  lost: string;
  /** The 3D view could not start, for the given reason. */
  failed: (reason: string) => string;
}

export interface SceneStage {
  support: WebglSupport;
  /** The message shown instead of the scene, or null while the scene may render. */
  message: string | null;
  /** Key for the scene's error boundary: "Try again" remounts it. */
  attempt: number;
  onLost: () => void;
  onError: (reason: string) => void;
  retry: () => void;
}

/**
 * State of a lazily loaded WebGL scene: available at all (checked once, before three.js loads),
 * context lost, or failed to start; `retry` clears the loss or failure and remounts the scene.
 */
export function useSceneStage(texts: StageTexts): SceneStage {
  const [support] = useState(webglSupport);
  const [lost, setLost] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const onLost = useCallback(() => setLost(true), []);
  const retry = useCallback(() => {
    setLost(false);
    setFailure(null);
    setAttempt((n) => n + 1);
  }, []);
  const message = !support.available
    ? texts.noWebgl
    : lost
      ? texts.lost
      : failure
        ? texts.failed(failure)
        : null;
  return { support, message, attempt, onLost, onError: setFailure, retry };
}

/** The message in place of the scene (role status), with "Try again" when WebGL exists at all. */
export function StageMessage({ stage, className }: { stage: SceneStage; className: string }) {
  return (
    <div className={className} role="status">
      <p>{stage.message}</p>
      {stage.support.available && (
        <button type="button" onClick={stage.retry}>
          Try again
        </button>
      )}
    </div>
  );
}

class Boundary extends Component<
  { onError: (message: string) => void; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.onError(error instanceof Error ? error.message : String(error));
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * The lazily loaded scene inside an error boundary (a failure becomes the stage's message instead of
 * taking the page down) and a Suspense fallback while its chunk loads.
 */
export function StageScene({
  stage,
  loadingClass,
  children,
}: {
  stage: SceneStage;
  loadingClass: string;
  children: ReactNode;
}) {
  return (
    <Boundary key={stage.attempt} onError={stage.onError}>
      <Suspense fallback={<p className={loadingClass}>Loading the 3D view…</p>}>{children}</Suspense>
    </Boundary>
  );
}
