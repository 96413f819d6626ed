// The languages Handoff Studio speaks, and how a language tag someone hands us
// (a --lang option, LANG, a browser's languages) becomes one of them.

/** `en` is the source language: every other catalog falls back to it key by key. */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The pseudo-locale for tests: every message shows as `[[key]]` with its
 * parameters, so a test can tell a translated string from one left in code.
 * en-XA is the tag Android and Chromium use for the same purpose.
 */
export const PSEUDO_LANGUAGE = 'en-XA';
export type TranslatorLanguage = Language | typeof PSEUDO_LANGUAGE;

export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' };

/**
 * The language a tag names, or undefined: `zh`, `zh-CN`, `zh_CN.UTF-8`, `zh-Hans`
 * and `zh-SG` are Simplified Chinese; any `en…` is English. Traditional Chinese
 * tags (`zh-TW`, `zh-HK`, `zh-Hant`) are not Simplified Chinese and name nothing.
 */
export function matchLanguage(tag: string | undefined): Language | undefined {
  if (!tag) return undefined;
  const normal = tag.trim().replace(/[.@].*$/, '').replace(/_/g, '-').toLowerCase();
  if (normal === 'en' || normal.startsWith('en-')) return 'en';
  if (normal === 'zh' || normal === 'zh-cn' || normal === 'zh-sg' || normal.startsWith('zh-hans')) return 'zh-CN';
  return undefined;
}

/** Like matchLanguage, and also accepts the pseudo-locale (for tests and `--lang en-XA`). */
export function matchTranslatorLanguage(tag: string | undefined): TranslatorLanguage | undefined {
  return tag?.trim().toLowerCase() === PSEUDO_LANGUAGE.toLowerCase() ? PSEUDO_LANGUAGE : matchLanguage(tag);
}

/**
 * The language of an interface whose setting is `setting`: the chosen one, or
 * for `system` the first of the system's languages (most preferred first) that
 * we speak; English when none is.
 */
export function resolveLanguage(setting: 'system' | Language, systemTags: readonly string[]): Language {
  if (setting !== 'system') return setting;
  for (const tag of systemTags) {
    const lang = matchLanguage(tag);
    if (lang) return lang;
  }
  return 'en';
}
