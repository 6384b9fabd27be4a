import { lazy, Suspense } from 'react';
import { PAGE_CHUNKS } from './pageChunks';
import { useRoutePath } from './router';
import { Nav } from './Nav';
import { HomePage } from '../pages/Home';
import { DeckLinkPage } from './deck/DeckLinkPage';
import { DeckPanel } from './deck/DeckPanel';
import { Presenter } from './deck/Presenter';
import { PresenterView } from './deck/PresenterView';
import { PrintDeck } from './deck/PrintDeck';
import { StageMode } from './deck/StageToggle';
import { UpdateNotice } from './sw/UpdateNotice';
import { PathBar } from './PathBar';
import { PageBoundary } from './PageBoundary';

// Each page is its own chunk (see pageChunks.ts, where a show warms them).
const ProbabilityPage = PAGE_CHUNKS['/probability'];
const LinearAlgebraPage = PAGE_CHUNKS['/linear-algebra'];
const CalculusPage = PAGE_CHUNKS['/calculus'];
const MachineLearningPage = PAGE_CHUNKS['/machine-learning'];
const ExerciseSheetPage = lazy(() => import('../pages/ExerciseSheet'));

export function App() {
  const path = useRoutePath();
  // The presenter's second window: speaker notes and buttons only, no page.
  if (path === '/presenter-view') return <PresenterView />;
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      <Nav path={path} />
      <UpdateNotice />
      <PathBar />
      <main id="main" tabIndex={-1}>
        <PageBoundary key={path}>
          <Suspense fallback={<p className="loading">Loading…</p>}>{page(path)}</Suspense>
        </PageBoundary>
      </main>
      <DeckPanel />
      <Presenter />
      <PrintDeck />
      <StageMode />
    </>
  );
}

function page(path: string) {
  switch (path) {
    case '/':
      return <HomePage />;
    case '/probability':
      return <ProbabilityPage />;
    case '/linear-algebra':
      return <LinearAlgebraPage />;
    case '/calculus':
      return <CalculusPage />;
    case '/machine-learning':
      return <MachineLearningPage />;
    case '/deck':
      return <DeckLinkPage />;
    case '/exercise-sheet':
      return <ExerciseSheetPage />;
    default:
      return <HomePage notFound={path} />;
  }
}

// The hash is the router's, so the skip link moves focus instead of navigating.
function skipToMain(e: React.MouseEvent) {
  e.preventDefault();
  document.getElementById('main')?.focus();
}
