import { ROUTES } from './routes';
import { useTheme, type ThemeChoice } from './theme';

export function Nav({ path }: { path: string }) {
  const [theme, setTheme] = useTheme();
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
      <label className="theme-pick">
        Theme
        <select value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
          <option value="system">System</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
    </header>
  );
}
