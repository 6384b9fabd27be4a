import { ROUTES } from './routes';
import { useTheme, type ThemeChoice } from './theme';
import { AddToDeck } from './deck/AddToDeck';
import { useDeckStore } from './deck/deckStore';
import { ExportMenu } from './ExportMenu';
import { ProjectorControls } from './ProjectorControls';
import { StageButton } from './deck/StageToggle';
import { ShortcutsDialog } from './ShortcutsDialog';

export function Nav({ path }: { path: string }) {
  const [theme, setTheme] = useTheme();
  const deckOpen = useDeckStore((s) => s.panelOpen);
  const deckSize = useDeckStore((s) => s.scenes.length);
  const setDeckOpen = useDeckStore((s) => s.setPanelOpen);
  return (
    <header className="topbar">
      <a className="brand" href="#/">
        Math for ML <span>Playground</span>
      </a>
      <nav aria-label="Pages">
        <ul>
          {ROUTES.map((r) => (
            <li key={r.path}>
              <a href={`#${r.path}`} aria-current={r.path === path ? 'page' : undefined}>
                {r.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="toolbar" role="group" aria-label="Classroom tools">
        <AddToDeck path={path} />
        <button
          type="button"
          id="deck-toggle"
          aria-expanded={deckOpen}
          aria-controls="deck-panel"
          onClick={() => setDeckOpen(!deckOpen)}
        >
          Deck <span className="count">({deckSize})</span>
        </button>
        <ExportMenu path={path} />
        <StageButton />
        <ProjectorControls />
        <ShortcutsDialog />
        {/* The options name the setting, so the label can be for screen readers only (room in the bar). */}
        <label className="theme-pick">
          <span className="visually-hidden">Theme</span>
          <select value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
            <option value="system">System theme</option>
            <option value="light">Light theme</option>
            <option value="dark">Dark theme</option>
          </select>
        </label>
      </div>
    </header>
  );
}
