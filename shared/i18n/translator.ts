// One i18next instance per language, with ICU messages (plurals, select,
// interpolation), English as the fallback for any key a catalog lacks, and the
// pseudo-locale for tests. Pure: catalogs are bundled JSON, nothing is loaded.
import i18next, { type i18n } from 'i18next';
import ICU from 'i18next-icu';
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGS, type CatalogKey } from './catalog.js';
import { LANGUAGES, PSEUDO_LANGUAGE, type TranslatorLanguage } from './languages.js';
import { pseudoCatalog } from './pseudo.js';
import zhTemplates from './locales/zh-CN.templates.json' with { type: 'json' };

/** Values a message interpolates: plan text, names, counts. */
export type MessageParams = Record<string, string | number>;

export interface Translator {
  readonly lang: TranslatorLanguage;
  /** The i18next instance (for react-i18next); `t` formats the same catalogs the same way. */
  readonly i18n: i18n;
  t(key: CatalogKey, params?: MessageParams): string;
  /** `a, b and c` (English) / `a、b和c` (Chinese): items joined as the catalog says. */
  list(items: readonly string[], style?: 'and' | 'comma'): string;
  /**
   * A template's or checklist library's English text in this language. The
   * English text is the key (templates are written in English in
   * shared/templates/); a text with no translation stays English.
   */
  content(english: string): string;
}

const TEMPLATE_NAMESPACE = 'templates';

function createInstance(lang: TranslatorLanguage): i18n {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(LANGUAGES.map((l) => [l, { translation: CATALOGS[l] }]));
  void instance.use(new ICU()).init({
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES, PSEUDO_LANGUAGE],
    resources: {
      ...resources,
      'zh-CN': { ...resources['zh-CN'], [TEMPLATE_NAMESPACE]: zhTemplates },
      // Made from every English message (about 0.1 s), so only for the instance that shows it.
      ...(lang === PSEUDO_LANGUAGE ? { [PSEUDO_LANGUAGE]: { translation: pseudoCatalog() } } : {}),
    },
    initAsync: false,
    returnNull: false,
    returnEmptyString: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

const translators = new Map<TranslatorLanguage, Translator>();

/** The translator of a language (made once, then shared: translators hold no state that changes). */
export function createTranslator(lang: TranslatorLanguage = 'en'): Translator {
  const existing = translators.get(lang);
  if (existing) return existing;
  const instance = createInstance(lang);
  // Findings are written by the thousand on every edit of a large plan: i18next's t
  // costs about 8 µs a call, a compiled ICU message about 0.5 µs. So each message is
  // looked up once in the instance's store (the language, then English, as
  // fallbackLng says) and compiled with intl-messageformat, as i18next-icu does.
  const compiled = new Map<string, IntlMessageFormat>();
  const t = (key: CatalogKey, params?: MessageParams): string => {
    let format = compiled.get(key);
    if (!format) {
      const message = instance.getResource(lang, 'translation', key) ?? instance.getResource('en', 'translation', key);
      if (typeof message !== 'string') return instance.t(key, params ?? {});
      format = new IntlMessageFormat(message, lang);
      compiled.set(key, format);
    }
    try {
      return String(format.format(params ?? {}));
    } catch {
      return instance.t(key, params ?? {}); // a parameter left out: i18next shows the message as well as it can
    }
  };
  const translator: Translator = {
    lang,
    i18n: instance,
    t,
    list(items, style = 'and') {
      if (items.length <= 1) return items[0] ?? '';
      const separator = t('common.list.separator');
      if (style === 'comma') return items.join(separator);
      return t('common.list.and', { head: items.slice(0, -1).join(separator), last: items[items.length - 1] });
    },
    content(english) {
      const found = instance.getResource(lang, TEMPLATE_NAMESPACE, english, { keySeparator: false });
      return typeof found === 'string' && found ? found : english;
    },
  };
  translators.set(lang, translator);
  return translator;
}

/** The English translator: what findings' `message` and the CLI's JSON are written with. */
export const english = (): Translator => createTranslator('en');
