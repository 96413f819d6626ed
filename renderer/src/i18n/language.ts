// The interface's language: the one chosen in Settings, or else the system's
// (the browser's languages; in the desktop app Chromium's, which follow the
// OS). Sets <html lang> (CJK line breaking and font choice depend on it) and
// the language store every translated component reads. Like the theme, the
// last choice is remembered locally so the first paint is already in it.
import { create } from 'zustand';
import type { Settings } from '../../../shared/host/contract';
import { matchTranslatorLanguage, resolveLanguage, type TranslatorLanguage } from '../../../shared/i18n/index';

const REMEMBERED_KEY = 'handoff-studio.language';

interface LanguageState {
  /** The language the interface is drawn in now. */
  lang: TranslatorLanguage;
}

export const useLanguageStore = create<LanguageState>()(() => ({ lang: 'en' }));

/** The first of the system's languages we speak; English when none is. */
export function systemLanguage(languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]): TranslatorLanguage {
  return resolveLanguage('system', languages);
}

let preference: Settings['language'] | TranslatorLanguage = 'system';

function apply(): void {
  const lang: TranslatorLanguage = preference === 'system' ? systemLanguage() : preference;
  if (typeof document !== 'undefined') document.documentElement.lang = lang === 'en-XA' ? 'en' : lang;
  if (useLanguageStore.getState().lang !== lang) useLanguageStore.setState({ lang });
}

function remembered(): Settings['language'] | TranslatorLanguage {
  try {
    const value = localStorage.getItem(REMEMBERED_KEY);
    // en-XA (the pseudo-locale) is accepted here only, for tests that look for untranslated text.
    return value === 'system' || !value ? 'system' : (matchTranslatorLanguage(value) ?? 'system');
  } catch {
    return 'system';
  }
}

function remember(value: Settings['language']): void {
  try {
    localStorage.setItem(REMEMBERED_KEY, value);
  } catch {
    // Only the first paint of the next start depends on it.
  }
}

/** Applies the remembered preference and follows the system's languages as they change. */
export function startLanguage(): void {
  preference = remembered();
  apply();
  if (typeof window !== 'undefined') window.addEventListener('languagechange', apply);
}

/** The Settings' choice, applied at once: every translated component redraws, nothing else changes. */
export function setLanguagePreference(next: Settings['language']): void {
  // The pseudo-locale set for a test is kept until the test ends.
  if (preference === 'en-XA') return;
  preference = next;
  remember(next);
  apply();
}

/** The interface language now, for code outside components (store actions, messages). */
export const uiLanguage = (): TranslatorLanguage => useLanguageStore.getState().lang;
