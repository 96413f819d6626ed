// The catalogs: JSON files a translator edits (./locales/<language>.json). The
// English catalog is the source: its keys are the only keys (CatalogKey is typed
// from it), and a key missing from another catalog falls back to English.
import en from './locales/en.json' with { type: 'json' };
import zhCN from './locales/zh-CN.json' with { type: 'json' };
import type { Language } from './languages.js';

export type Catalog = typeof en;

/** Dotted paths to the strings of a catalog: `findings.missingOwner`, `vocab.phase.exploration`. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type CatalogKey = Leaves<Catalog>;

/** Translations may leave keys out (they fall back to English) but may not add any. */
type PartialCatalog<T> = { [K in keyof T]?: T[K] extends string ? string : PartialCatalog<T[K]> };

export const CATALOGS: Record<Language, PartialCatalog<Catalog>> = { en, 'zh-CN': zhCN satisfies PartialCatalog<Catalog> };

/** Every key of a catalog with its message, in file order. */
export function catalogEntries(catalog: object, prefix = ''): [string, string][] {
  return Object.entries(catalog).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : catalogEntries(value as object, `${prefix}${key}.`),
  );
}
