// The lock-down every window of the app gets (docs/security.md): isolated and
// sandboxed renderers without Node, no webviews, no insecure content, no navigation
// by drag and drop, no middle-click windows. One list, so the plan windows and the
// workshop windows cannot drift apart; each adds only its preload (or none).
import type { WebPreferences } from 'electron';

export function lockedDownWebPreferences(isDev: boolean): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: true,
    devTools: isDev,
    // Middle-click must not open links in new windows (the window-open handler denies them too).
    disableBlinkFeatures: 'Auxclick',
  };
}
