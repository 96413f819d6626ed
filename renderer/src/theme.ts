// Light or dark, following the system unless the user chose one in settings.
// Sets <html data-theme> (read by styles/theme.css) and the view store's theme.
// The last preference is remembered in localStorage so the first paint, before
// the host has answered with the settings, already has the right colours.
import type { Settings } from '../../shared/host/contract';
import { useViewStore, type Theme } from './store/viewStore';

const REMEMBERED_KEY = 'handoff-studio.theme';

let preference: Settings['theme'] = 'system';
let listening = false;
const media = typeof window !== 'undefined' ? window.matchMedia('(prefers-color-scheme: dark)') : null;

function apply(): void {
  const theme: Theme = preference === 'system' ? (media?.matches ? 'dark' : 'light') : preference;
  document.documentElement.dataset.theme = theme;
  useViewStore.getState().set({ theme });
}

function remembered(): Settings['theme'] {
  try {
    const value = localStorage.getItem(REMEMBERED_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system'; // storage blocked: follow the system until the settings arrive
  }
}

function remember(value: Settings['theme']): void {
  try {
    localStorage.setItem(REMEMBERED_KEY, value);
  } catch {
    // Only the first paint of the next start depends on it.
  }
}

/** Applies the remembered (or given) preference and starts following the system's changes. */
export function startTheme(initial: Settings['theme'] = remembered()): void {
  preference = initial;
  apply();
  if (!listening && media) {
    media.addEventListener('change', apply);
    listening = true;
  }
}

export function setThemePreference(next: Settings['theme']): void {
  preference = next;
  remember(next);
  apply();
}
