import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * The last line of defence: a page that throws while rendering shows what went wrong and a way on,
 * instead of leaving the whole app blank. The menu, the path bar and other pages keep working; the
 * boundary is keyed by route, so going to another page starts afresh.
 */
export class PageBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="page" role="alert">
        <h1>This page stopped working</h1>
        <p>
          Something on this page failed while drawing: <code>{error.message.slice(0, 300)}</code>. Your
          settings are in the address bar; the other pages still work.
        </p>
        <div className="buttons">
          <button type="button" className="primary" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          <button type="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      </section>
    );
  }
}
