// Templates and checklist libraries in another language. They are written in
// English in this folder; the translation of each text is in the catalog
// (shared/i18n/locales/<language>.templates.json, keyed by the English text).
// A plan made from a template holds the text of the language it was made in and
// keeps it: nothing here runs again when the language changes.
import { createTranslator, type Translator, type TranslatorLanguage } from '../i18n/index.js';
import type { Plan } from '../model/types.js';
import type { ChecklistLibrary } from './checklists/types.js';

/** Every text of a template's plan through `tr.content`: titles, descriptions, names, checklists, requirements, contracts, questions. */
export function localizePlan(plan: Plan, tr: Translator): Plan {
  const text = <T extends string | undefined>(value: T): T => (value === undefined ? value : (tr.content(value) as T));
  return {
    ...plan,
    title: text(plan.title),
    ...(plan.summary !== undefined ? { summary: text(plan.summary) } : {}),
    ...(plan.business
      ? {
          business: {
            ...plan.business,
            ...(plan.business.problem !== undefined ? { problem: text(plan.business.problem) } : {}),
            ...(plan.business.objective !== undefined ? { objective: text(plan.business.objective) } : {}),
            ...(plan.business.customerImpact !== undefined ? { customerImpact: text(plan.business.customerImpact) } : {}),
            ...(plan.business.kpis ? { kpis: plan.business.kpis.map((k) => ({ ...k, name: text(k.name), ...(k.target !== undefined ? { target: text(k.target) } : {}) })) } : {}),
          },
        }
      : {}),
    ...(plan.milestones ? { milestones: plan.milestones.map((m) => (m.notes !== undefined ? { ...m, notes: text(m.notes) } : m)) } : {}),
    ...(plan.teams ? { teams: plan.teams.map((t) => ({ ...t, name: text(t.name) })) } : {}),
    ...(plan.people ? { people: plan.people.map((p) => ({ ...p, name: text(p.name), ...(p.role !== undefined ? { role: text(p.role) } : {}) })) } : {}),
    ...(plan.nodes
      ? {
          nodes: plan.nodes.map((n) => ({
            ...n,
            title: text(n.title),
            ...(n.description !== undefined ? { description: text(n.description) } : {}),
            ...(n.notes !== undefined ? { notes: text(n.notes) } : {}),
            ...(n.tech !== undefined ? { tech: text(n.tech) } : {}),
            ...(n.data ? { data: { ...n.data, ...(n.data.volume !== undefined ? { volume: text(n.data.volume) } : {}), ...(n.data.retention !== undefined ? { retention: text(n.data.retention) } : {}) } } : {}),
            ...(n.handoff?.acceptance !== undefined ? { handoff: { ...n.handoff, acceptance: text(n.handoff.acceptance) } } : {}),
            ...(n.checklist ? { checklist: n.checklist.map((c) => ({ ...c, text: text(c.text), ...(c.category !== undefined ? { category: text(c.category) } : {}) })) } : {}),
            ...(n.requirements ? { requirements: n.requirements.map((r) => ({ ...r, text: text(r.text), ...(r.acceptance !== undefined ? { acceptance: text(r.acceptance) } : {}) })) } : {}),
          })),
        }
      : {}),
    ...(plan.edges
      ? {
          edges: plan.edges.map((e) => ({
            ...e,
            ...(e.label !== undefined ? { label: text(e.label) } : {}),
            ...(e.contract !== undefined ? { contract: text(e.contract) } : {}),
            ...(e.frequency !== undefined ? { frequency: text(e.frequency) } : {}),
          })),
        }
      : {}),
    ...(plan.questions ? { questions: plan.questions.map((q) => ({ ...q, text: text(q.text), ...(q.resolution !== undefined ? { resolution: text(q.resolution) } : {}) })) } : {}),
  };
}

/** A checklist library in a language: its name, description, and each item's text and category. */
export function localizeChecklistLibrary(library: ChecklistLibrary, lang: TranslatorLanguage): ChecklistLibrary {
  const tr = createTranslator(lang);
  return {
    ...library,
    name: tr.content(library.name),
    description: tr.content(library.description),
    items: library.items.map((item) => ({ ...item, text: tr.content(item.text), category: tr.content(item.category) })),
  };
}
