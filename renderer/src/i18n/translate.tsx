// Translation for the editor: `useT()` in components (redraws when the language
// changes), `uiT()` outside them, both typed by the catalog's keys; the i18next
// instance of the language is provided to react-i18next for <Trans>. Dates go
// through Intl in the same language.
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createTranslator, type Translator } from '../../../shared/i18n/index';
import { uiLanguage, useLanguageStore } from './language';

/** The translator of the interface language; components using it redraw when the language changes. */
export function useTranslator(): Translator {
  return createTranslator(useLanguageStore((s) => s.lang));
}

/** `t(key, params)` in the interface language. */
export function useT(): Translator['t'] {
  return useTranslator().t;
}

/** The interface language's translator, for code outside components. */
export const uiTranslator = (): Translator => createTranslator(uiLanguage());

/** `t(key, params)` in the interface language, for code outside components (read at call time). */
export const uiT: Translator['t'] = (key, params) => uiTranslator().t(key, params);

/** The language as an Intl locale (the pseudo-locale formats as English). */
export const intlLocale = (lang = uiLanguage()): string => (lang === 'en-XA' ? 'en' : lang);

/** A date and time as people of the interface language write it. */
export function formatDateTime(value: Date | string | number, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }): string {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : new Intl.DateTimeFormat(intlLocale(), options).format(date);
}

/** Gives react-i18next (<Trans>, useTranslation) the interface language's i18next instance. */
export function TranslationProvider({ children }: { children: ReactNode }) {
  const translator = useTranslator();
  return <I18nextProvider i18n={translator.i18n}>{children}</I18nextProvider>;
}
