import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initProjector } from './projector';
import { registerServiceWorker } from './sw/register';
import { initTheme } from './theme';
import './styles.css';
import './projector.css';

initTheme();
initProjector();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
