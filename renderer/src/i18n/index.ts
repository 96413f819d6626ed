// The editor's translation: see docs/i18n.md.
export { setLanguagePreference, startLanguage, systemLanguage, uiLanguage, useLanguageStore } from './language';
export { TranslationProvider, formatDateTime, formatNumber, intlLocale, uiT, uiTranslator, useT, useTranslator } from './translate';
