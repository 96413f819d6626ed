// The editor's translation: see docs/i18n.md.
export { setLanguagePreference, startLanguage, uiLanguage, useLanguageStore } from './language';
export { TranslationProvider, formatDateTime, intlLocale, uiT, uiTranslator, useT, useTranslator } from './translate';
