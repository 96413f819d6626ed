// The language of the desktop shell's own words (menus, native dialogs): the
// Settings' choice, or the OS's preferred languages. The renderer decides its
// own language the same way (shared/i18n resolveLanguage), so both agree.
import { app } from 'electron';
import type { Settings } from '../../shared/host/contract.js';
import { createTranslator, resolveLanguage, type Translator } from '../../shared/i18n/index.js';

let current: Translator = createTranslator('en');

/** The OS's languages, most preferred first (older Electron: the app locale only). */
function systemLanguages(): string[] {
  const preferred = typeof app.getPreferredSystemLanguages === 'function' ? app.getPreferredSystemLanguages() : [];
  return preferred.length ? preferred : [app.getLocale()];
}

/** Follows the setting; true when the language changed (the menu must be rebuilt). */
export function applyShellLanguage(setting: Settings['language']): boolean {
  const next = createTranslator(resolveLanguage(setting, systemLanguages()));
  const changed = next !== current;
  current = next;
  return changed;
}

/** The shell's translator now. */
export const shellTranslator = (): Translator => current;
