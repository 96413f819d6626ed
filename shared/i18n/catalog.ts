// The catalogs: JSON files a translator edits (./locales/<language>.json and
// ./locales/ui/<area>.<language>.json). The
// English catalog is the source: its keys are the only keys (CatalogKey is typed
// from it), and a key missing from another catalog falls back to English.
import enCore from './locales/en.json' with { type: 'json' };
import zhCore from './locales/zh-CN.json' with { type: 'json' };
import commonEn from './locales/ui/common.en.json' with { type: 'json' };
import appEn from './locales/ui/app.en.json' with { type: 'json' };
import inspectorEn from './locales/ui/inspector.en.json' with { type: 'json' };
import panelsEn from './locales/ui/panels.en.json' with { type: 'json' };
import compareEn from './locales/ui/compare.en.json' with { type: 'json' };
import canvasEn from './locales/ui/canvas.en.json' with { type: 'json' };
import workshopEn from './locales/ui/workshop.en.json' with { type: 'json' };
import facilitationEn from './locales/ui/facilitation.en.json' with { type: 'json' };
import desktopEn from './locales/ui/desktop.en.json' with { type: 'json' };
import commonZh from './locales/ui/common.zh-CN.json' with { type: 'json' };
import appZh from './locales/ui/app.zh-CN.json' with { type: 'json' };
import inspectorZh from './locales/ui/inspector.zh-CN.json' with { type: 'json' };
import panelsZh from './locales/ui/panels.zh-CN.json' with { type: 'json' };
import compareZh from './locales/ui/compare.zh-CN.json' with { type: 'json' };
import canvasZh from './locales/ui/canvas.zh-CN.json' with { type: 'json' };
import workshopZh from './locales/ui/workshop.zh-CN.json' with { type: 'json' };
import facilitationZh from './locales/ui/facilitation.zh-CN.json' with { type: 'json' };
import desktopZh from './locales/ui/desktop.zh-CN.json' with { type: 'json' };
import type { Language } from './languages.js';

/**
 * The editor's words live under `ui.<area>` in files of their own
 * (./locales/ui/<area>.<language>.json), one per part of the interface, so the
 * people translating one part (and the people writing it) do not edit the same file.
 */
const en = {
  ...enCore,
  ui: { common: commonEn, app: appEn, inspector: inspectorEn, panels: panelsEn, compare: compareEn, canvas: canvasEn, workshop: workshopEn, facilitation: facilitationEn, desktop: desktopEn },
};
const zhCN = {
  ...zhCore,
  ui: { common: commonZh, app: appZh, inspector: inspectorZh, panels: panelsZh, compare: compareZh, canvas: canvasZh, workshop: workshopZh, facilitation: facilitationZh, desktop: desktopZh },
};

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
