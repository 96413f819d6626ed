// The user's settings as this window knows them. The host keeps the real copy
// (a JSON file or electron-store); every change is written to it at once, the
// way VS Code saves settings, and a failure is said in the Settings dialog.
import { create } from 'zustand';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/host/contract';
import { describeError, getHost } from '../host';
import { setLanguagePreference, uiT } from '../i18n';
import { setThemePreference } from '../theme';

export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

interface SettingsState {
  settings: Settings;
  dialogOpen: boolean;
  /** The last write (or read) and how it went, shown in the dialog. */
  status: SaveStatus;
}

export const useSettingsStore = create<SettingsState>()(() => ({
  settings: { ...DEFAULT_SETTINGS },
  dialogOpen: false,
  status: { kind: 'idle' },
}));

const set = (partial: Partial<SettingsState>) => useSettingsStore.setState(partial);

/** Changes made here since the last read; a read must not undo them while they are being written. */
let writing = 0;

/** Reads the settings from the host and applies the theme. Never throws: on failure the known settings stay. */
export async function loadSettings(): Promise<Settings> {
  try {
    const settings = await getHost().getSettings({});
    if (writing === 0) {
      set({ settings });
      setThemePreference(settings.theme);
      setLanguagePreference(settings.language);
    }
  } catch (error) {
    set({ status: { kind: 'error', message: uiT('ui.app.settings.readFailed', { message: describeError(error) }) } });
  }
  return useSettingsStore.getState().settings;
}

let queue: Promise<unknown> = Promise.resolve();

/** The host's messages usually say what failed; a bare network error gets the context. */
const saveFailure = (message: string): string =>
  /settings/i.test(message) ? uiT('ui.app.settings.saveFailedHost', { message }) : uiT('ui.app.settings.saveFailed', { message });

/** Applies a change now and writes it to the host; writes happen one after another, in order. */
export function changeSettings(partial: Partial<Settings>): Promise<void> {
  set({ settings: { ...useSettingsStore.getState().settings, ...partial }, status: { kind: 'saving' } });
  if (partial.theme) setThemePreference(partial.theme);
  if (partial.language) setLanguagePreference(partial.language);
  writing += 1;
  const run = queue.then(async () => {
    let failed = false;
    try {
      await getHost().updateSettings(partial);
      if (writing === 1) set({ status: { kind: 'saved' } });
    } catch (error) {
      failed = true;
      set({ status: { kind: 'error', message: saveFailure(describeError(error)) } });
    } finally {
      writing -= 1;
    }
    // Show what the host really holds, so nothing looks saved that is not.
    if (failed && writing === 0) await loadSettings();
  });
  queue = run;
  return run;
}

export function openSettings(): void {
  if (useSettingsStore.getState().dialogOpen) return;
  set({ dialogOpen: true, status: { kind: 'idle' } });
  // Another window (or the export dialog) may have changed them since.
  void loadSettings();
}

export function closeSettings(): void {
  set({ dialogOpen: false });
}

/** The name the person gave in Settings, trimmed; empty when none. */
export function authorName(): string {
  return useSettingsStore.getState().settings.authorName.trim();
}
