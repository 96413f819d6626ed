// Translations: the catalogs, the translator of each language and the language
// tags we accept. See docs/i18n.md.
export { LANGUAGES, LANGUAGE_NAMES, PSEUDO_LANGUAGE, matchLanguage, matchTranslatorLanguage, resolveLanguage, type Language, type TranslatorLanguage } from './languages.js';
export { createTranslator, english, type MessageParams, type Translator } from './translator.js';
export type { CatalogKey } from './catalog.js';
