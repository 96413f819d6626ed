// Ctrl+, (⌘, on a Mac) opens Settings from anywhere, as in most desktop apps;
// coming back to the window re-reads the settings, which another window may have changed.
import { useEffect } from 'react';
import { loadSettings, openSettings, useSettingsStore } from './settingsStore';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function useSettingsWindowEvents(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = isMac ? event.metaKey : event.ctrlKey;
      if (!mod || event.altKey || event.shiftKey || event.key !== ',' || event.defaultPrevented) return;
      event.preventDefault();
      // Another dialog asks a question first.
      if (document.querySelector('[aria-modal="true"]')) return;
      openSettings();
    };
    const onFocus = () => {
      if (!useSettingsStore.getState().dialogOpen) void loadSettings();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('focus', onFocus);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('focus', onFocus);
    };
  }, []);
}
