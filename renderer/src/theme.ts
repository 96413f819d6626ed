// Light or dark, following the system unless the user chose one in settings.
// Sets <html data-theme> (read by styles/theme.css) and the view store's theme.
import type { Settings } from '../../shared/host/contract';
import { useViewStore, type Theme } from './store/viewStore';

let preference: Settings['theme'] = 'system';
const media = typeof window !== 'undefined' ? window.matchMedia('(prefers-color-scheme: dark)') : null;

function apply(): void {
  const theme: Theme = preference === 'system' ? (media?.matches ? 'dark' : 'light') : preference;
  document.documentElement.dataset.theme = theme;
  useViewStore.getState().set({ theme });
}

export function startTheme(initial: Settings['theme'] = 'system'): void {
  preference = initial;
  apply();
  media?.addEventListener('change', apply);
}

export function setThemePreference(next: Settings['theme']): void {
  preference = next;
  apply();
}
