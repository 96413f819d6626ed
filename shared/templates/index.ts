// Starting points for a workshop: pipeline templates, an empty plan, and the
// checklist libraries a person can add items from.
import { createTranslator, type TranslatorLanguage } from '../i18n/index.js';
import { createId } from '../model/ids.js';
import type { Plan } from '../model/types.js';
import { CURRENT_FORMAT_VERSION, PLAN_FORMAT } from '../model/vocabulary.js';
import { buildBatchScoring } from './batch-scoring.js';
import { buildDashboardReporting } from './dashboard-reporting.js';
import { buildNotebookRebuild } from './notebook-rebuild.js';
import { buildRealtimeApi } from './realtime-api.js';
import { localizePlan } from './localize.js';

export * from './checklists/index.js';
export { localizeChecklistLibrary } from './localize.js';

export interface PipelineTemplate {
  /** The name used on the command line: `handoff new --template <id>`. */
  id: string;
  name: string;
  /** One sentence: the situation the template fits. */
  description: string;
  /** A fresh copy of the template's plan, with its fixed ids. */
  build(): Plan;
}

export const PIPELINE_TEMPLATES: readonly PipelineTemplate[] = [
  {
    id: 'batch-scoring',
    name: 'Batch scoring into a business application',
    description: 'A nightly job scores every customer and writes the scores into the application people work in (CRM, claims, ERP).',
    build: buildBatchScoring,
  },
  {
    id: 'realtime-api',
    name: 'Real-time prediction API',
    description: 'An online service answers prediction requests within milliseconds, fed by an online feature store.',
    build: buildRealtimeApi,
  },
  {
    id: 'notebook-rebuild',
    name: 'Notebook prototype rebuilt by IT',
    description: 'Data science hands a notebook prototype to IT, who rebuild it as production code on a data mart and check it against the prototype.',
    build: buildNotebookRebuild,
  },
  {
    id: 'dashboard-reporting',
    name: 'Forecast for a reporting dashboard',
    description: 'A scheduled forecast (or segmentation) lands in a results table that a BI dashboard shows next to the actuals.',
    build: buildDashboardReporting,
  },
];

export function findTemplate(id: string): PipelineTemplate | undefined {
  return PIPELINE_TEMPLATES.find((template) => template.id === id);
}

/** A template's name and description in a language (for lists and pickers). */
export function templateSummary(template: PipelineTemplate, lang: TranslatorLanguage = 'en'): { id: string; name: string; description: string } {
  const tr = createTranslator(lang);
  return { id: template.id, name: tr.content(template.name), description: tr.content(template.description) };
}

export interface NewPlanOptions {
  /** The new plan's title; the template's name when absent or blank. */
  title?: string;
  /** The new plan's id; a fresh random one when absent (two plans from one template never share an id). */
  planId?: string;
  /** The language the plan's text is written in (the plan keeps it); English when absent. */
  lang?: TranslatorLanguage;
}

/** A new plan from a template. Throws on an unknown template id (callers list PIPELINE_TEMPLATES first). */
export function createPlanFromTemplate(templateId: string, options: NewPlanOptions = {}): Plan {
  const template = findTemplate(templateId);
  if (!template) {
    throw new Error(`There is no template "${templateId}"; the templates are: ${PIPELINE_TEMPLATES.map((t) => t.id).join(', ')}`);
  }
  const built = template.build();
  const plan = options.lang && options.lang !== 'en' ? localizePlan(built, createTranslator(options.lang)) : built;
  const title = options.title?.trim() ? options.title.trim() : plan.title;
  return { ...plan, id: options.planId ?? createId('plan'), title };
}

/** A plan with nothing in it but a title, in the exploration phase; a blank title is "Untitled plan" in `lang`. */
export function createEmptyPlan(title: string, planId?: string, lang: TranslatorLanguage = 'en'): Plan {
  return {
    format: PLAN_FORMAT,
    version: CURRENT_FORMAT_VERSION,
    id: planId ?? createId('plan'),
    title: title.trim() || createTranslator(lang).t('newPlan.untitled'),
    phase: 'exploration',
  };
}
