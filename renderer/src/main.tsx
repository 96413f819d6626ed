import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/theme.css';
import './styles/app.css';
import './styles/canvas.css';
import { App } from './App';
import { startLanguage } from './i18n';
import { startTheme } from './theme';

// Before the first paint: the theme chosen last time, until the host's settings arrive.
startTheme();
startLanguage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
