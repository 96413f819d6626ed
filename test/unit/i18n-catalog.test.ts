// The catalogs: every key exists in every language, no key is unused, every
// message parses and uses the same parameters in every language; template and
// checklist texts all have a translation and no translation is left over; the
// pseudo-locale shows keys; the English vocabulary is the one the model names.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { CATALOGS, catalogEntries } from '../../shared/i18n/catalog.js';
import { LANGUAGES, PSEUDO_LANGUAGE, createTranslator, matchLanguage } from '../../shared/i18n/index.js';
import zhTemplates from '../../shared/i18n/locales/zh-CN.templates.json';
import { messageParams } from '../../shared/i18n/params.js';
import * as vocabulary from '../../shared/model/vocabulary.js';
import { evaluatePlan } from '../../shared/rules/index.js';
import { loadSample } from './support/sample-plan.js';
import { CHECKLIST_LIBRARIES, ML_TEST_SCORE_SECTIONS, PIPELINE_TEMPLATES, createPlanFromTemplate, localizeChecklistLibrary } from '../../shared/templates/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const english = new Map(catalogEntries(CATALOGS.en));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}
const SOURCES = ['shared', 'electron', 'renderer/src'].flatMap((dir) => sourceFiles(path.join(ROOT, dir))).map((file) => readFileSync(file, 'utf8'));
const SOURCE_TEXT = SOURCES.join('\n');

/** Keys named whole in quotes, and the fixed beginnings of keys built in template literals (`vocab.phase.${phase}`). */
const literalKeys = new Set([...SOURCE_TEXT.matchAll(/['"`]([a-zA-Z]+(?:\.[\w-]+)+)['"`]/g)].map((m) => m[1]));
const keyPrefixes = [...SOURCE_TEXT.matchAll(/`([a-zA-Z]+(?:\.[\w-]+)*\.)\$\{/g)].map((m) => m[1]);
/** The desktop menus' item ids (electron/shell/menu.ts), whose labels live at app.menu.<id with _ for .>. */
const menuIds = new Set([...readFileSync(path.join(ROOT, 'electron/shell/menu.ts'), 'utf8').matchAll(/(?:id: |send\(|edit\()'([a-z][\w.-]*)'/g)].map((m) => m[1]));

function isUsed(key: string): boolean {
  if (key.startsWith('app.menu.')) return menuIds.has(key.slice('app.menu.'.length).replace(/_/g, '.'));
  return literalKeys.has(key) || keyPrefixes.some((prefix) => key.startsWith(prefix));
}

describe('the catalogs', () => {
  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every English key and no other', (lang) => {
    const keys = catalogEntries(CATALOGS[lang]).map(([key]) => key);
    expect(keys.filter((k) => !english.has(k))).toEqual([]);
    expect([...english.keys()].filter((k) => !keys.includes(k))).toEqual([]);
  });

  it.each(LANGUAGES)('every %s message is valid ICU and uses exactly the English parameters', (lang) => {
    for (const [key, message] of catalogEntries(CATALOGS[lang])) {
      expect(() => new IntlMessageFormat(message, lang), `${lang} ${key}`).not.toThrow();
      expect(messageParams(message, lang), `${lang} ${key}`).toEqual(messageParams(english.get(key)!));
    }
  });

  it('has no unused keys: each is named in the sources (or is a desktop menu item)', () => {
    expect([...english.keys()].filter((key) => !isUsed(key))).toEqual([]);
    expect(menuIds.size).toBeGreaterThan(30);
    for (const id of menuIds) expect(english.has(`app.menu.${id.replace(/\./g, '_')}`), id).toBe(true);
  });

  it('names the closed lists as shared/model/vocabulary.ts does in English', () => {
    const en = createTranslator('en');
    for (const phase of vocabulary.PHASES) expect(en.t(`vocab.phase.${phase}`)).toBe(vocabulary.PHASE_LABELS[phase]);
    for (const type of vocabulary.NODE_TYPES) expect(en.t(`vocab.nodeType.${type}`)).toBe(vocabulary.NODE_TYPE_LABELS[type]);
    for (const kind of vocabulary.TEAM_KINDS) expect(en.t(`vocab.teamKind.${kind}`)).toBe(vocabulary.TEAM_KIND_LABELS[kind]);
    for (const d of vocabulary.DELIVERABLES) expect(en.t(`vocab.deliverable.${d}`)).toBe(vocabulary.DELIVERABLE_LABELS[d]);
    for (const c of vocabulary.CLASSIFICATIONS) expect(en.t(`vocab.classification.${c}`)).toBe(vocabulary.CLASSIFICATION_LABELS[c]);
    for (const c of vocabulary.REQUIREMENT_CATEGORIES) expect(en.t(`vocab.requirementCategory.${c}`)).toBe(vocabulary.REQUIREMENT_CATEGORY_LABELS[c]);
    for (const p of vocabulary.PRIORITIES) expect(en.t(`vocab.priority.${p}`)).toBe(vocabulary.PRIORITY_LABELS[p]);
    for (const p of vocabulary.PROTOCOLS) expect(en.t(`vocab.protocol.${p}`)).toBe(vocabulary.PROTOCOL_LABELS[p]);
    for (const q of vocabulary.QUESTION_KINDS) expect(en.t(`vocab.questionKind.${q}`)).toBe(vocabulary.QUESTION_KIND_LABELS[q]);
    for (const r of vocabulary.SIGNOFF_ROLES) expect(en.t(`vocab.signoffRole.${r}`)).toBe(vocabulary.SIGNOFF_ROLE_LABELS[r]);
  });
});

describe('the translator', () => {
  it.each([...LANGUAGES, PSEUDO_LANGUAGE] as const)('formats every %s message exactly as its i18next instance does', (lang) => {
    const tr = createTranslator(lang);
    for (const [key, message] of english) {
      const params = Object.fromEntries(messageParams(message).map((name, i) => [name, name === 'count' || /s$/.test(name) ? i + 1 : `«${name}»`]));
      expect(tr.t(key as never, params), `${lang} ${key}`).toBe(tr.i18n.t(key, params));
    }
  });
});

describe('the pseudo-locale', () => {
  it('shows every key as [[key]] with its parameters, so untranslated text stands out', () => {
    const pseudo = createTranslator(PSEUDO_LANGUAGE);
    expect(pseudo.t('findings.missingOwner', { node: 'Billing' })).toBe('[[findings.missingOwner Billing]]');
    expect(pseudo.t('document.sections.system-inventory')).toBe('[[document.sections.system-inventory]]');
    for (const [key] of english) expect(pseudo.t(key as never, {}).startsWith(`[[${key}`), key).toBe(true);
  });
});

describe('findings', () => {
  it('are written from the catalog: in the pseudo-locale every message is its key, and English is the English catalog', () => {
    const plan = loadSample();
    plan.nodes!.push({ id: 'n-x', type: 'model', title: '', position: { x: 0, y: 0 }, ownerTeamId: 'team-gone' });
    const english = evaluatePlan(plan);
    const pseudo = evaluatePlan(plan, createTranslator(PSEUDO_LANGUAGE));
    expect(english.length).toBeGreaterThan(5);
    pseudo.forEach((finding, i) => {
      expect(finding.messageKey).toBe(english[i].messageKey);
      expect(finding.message.startsWith(`[[${finding.messageKey}`)).toBe(true);
      expect(english[i].message).toBe(createTranslator('en').t(english[i].messageKey!, english[i].params));
    });
  });
});

describe('languages', () => {
  it.each([
    ['zh_CN.UTF-8', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['en_GB.UTF-8', 'en'],
    ['zh-TW', undefined],
    ['C.UTF-8', undefined],
  ])('%s names %s', (tag, lang) => {
    expect(matchLanguage(tag)).toBe(lang);
  });

  it('falls back to English for a template text with no translation', () => {
    expect(createTranslator('zh-CN').content('A text nobody translated')).toBe('A text nobody translated');
  });
});

describe('templates and checklist libraries in Chinese', () => {
  /** The fields of a plan that hold text a person wrote (ids, enums and positions are not text). */
  const TEXT_FIELDS = new Set(['title', 'summary', 'description', 'notes', 'tech', 'volume', 'retention', 'acceptance', 'text', 'category', 'name', 'role', 'label', 'contract', 'frequency', 'resolution', 'problem', 'objective', 'customerImpact']);

  /** Every text a template plan or a library shows, in English. */
  function englishTexts(): Set<string> {
    const texts = new Set<string>(ML_TEST_SCORE_SECTIONS);
    const collect = (value: unknown, key = ''): void => {
      if (typeof value === 'string') {
        if (TEXT_FIELDS.has(key)) texts.add(value);
      } else if (key === 'requirements') (value as object[]).forEach(({ category: _enum, ...rest }: { category?: string }) => collect(rest));
      else if (Array.isArray(value)) value.forEach((v) => collect(v, key));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, k);
    };
    for (const template of PIPELINE_TEMPLATES) {
      texts.add(template.name).add(template.description);
      collect(template.build());
    }
    for (const library of CHECKLIST_LIBRARIES) {
      texts.add(library.name).add(library.description);
      for (const item of library.items) texts.add(item.text).add(item.category);
    }
    return texts;
  }

  it('translates every text and leaves no translation unused', () => {
    const texts = englishTexts();
    const translated = new Set(Object.keys(zhTemplates));
    expect([...texts].filter((t) => !translated.has(t))).toEqual([]);
    expect([...translated].filter((t) => !texts.has(t))).toEqual([]);
  });

  it('writes a Chinese plan from every template, and Chinese libraries', () => {
    for (const template of PIPELINE_TEMPLATES) {
      const plan = createPlanFromTemplate(template.id, { lang: 'zh-CN', planId: 'plan-zh' });
      const english = createPlanFromTemplate(template.id, { planId: 'plan-zh' });
      expect(plan.title).toMatch(/[\u4e00-\u9fff]/);
      expect(plan.nodes!.map((n) => n.id)).toEqual(english.nodes!.map((n) => n.id));
      for (const node of plan.nodes!) expect(node.title, node.id).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const library of CHECKLIST_LIBRARIES) {
      const zh = localizeChecklistLibrary(library, 'zh-CN');
      for (const item of zh.items) expect(item.text).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
