// Small helpers the pipeline templates are written with, so each template reads as
// the pipeline it describes rather than as JSON plumbing.
import type { ChecklistItem, Person, Plan, PlanNode, Position, Requirement, Team } from '../model/types.js';
import { CURRENT_FORMAT_VERSION, PLAN_FORMAT, type Phase } from '../model/vocabulary.js';
import { HANDOFF_CHECKLIST } from './checklists/handoff.js';
import type { ChecklistLibrary, ChecklistLibraryItem } from './checklists/types.js';

/** The canvas grid templates are laid out on: columns left to right, rows top to bottom. */
export const GRID_X = 300;
export const GRID_Y = 160;

/** The canvas position of a grid cell; half rows centre a node between two others. */
export function at(column: number, row: number): Position {
  return { x: column * GRID_X, y: row * GRID_Y };
}

/** Checklist items (not done) with ids `<prefix>-1`, `<prefix>-2`, ... */
export function checklist(prefix: string, entries: readonly ChecklistLibraryItem[]): ChecklistItem[] {
  return entries.map((entry, index) => ({
    id: `${prefix}-${index + 1}`,
    text: entry.text,
    done: false,
    phase: entry.phase,
    category: entry.category,
  }));
}

/** The entries of a library for some phases, optionally only some categories. */
export function fromLibrary(library: ChecklistLibrary, phases: readonly Phase[], categories?: readonly string[]): ChecklistLibraryItem[] {
  return library.items.filter((item) => phases.includes(item.phase) && (!categories || categories.includes(item.category)));
}

/** The handoff items every template's data sources carry: a named owner, approved access, a privacy screen. */
export function sourceChecklist(prefix: string, categories: readonly string[] = ['data', 'privacy']): ChecklistItem[] {
  return checklist(prefix, fromLibrary(HANDOFF_CHECKLIST, ['exploration'], categories));
}

/**
 * The handoff items that sit on the model (or notebook) being handed over: the
 * business case and the way of working first, then the deliverable and its
 * maintainer, then the model-development items of the categories named.
 */
export function handoffPointItems(modelDevelopmentCategories: readonly string[]): ChecklistLibraryItem[] {
  return [
    ...fromLibrary(HANDOFF_CHECKLIST, ['exploration'], ['business', 'collaboration']),
    ...fromLibrary(HANDOFF_CHECKLIST, ['active-research'], ['handoff']),
    ...fromLibrary(HANDOFF_CHECKLIST, ['model-development'], modelDevelopmentCategories),
  ];
}

/** A sticky note that tells the workshop what to do with the template. */
export function usageNote(position: Position, text = 'Rename the nodes after your systems, put names on the placeholder people, then work through the findings panel: it lists what to agree before the next phase gate.'): PlanNode {
  return { id: 'n-note', type: 'note', title: 'How to use this template', description: text, position };
}

/** A checklist entry written for one template. */
export function task(phase: Phase, category: string, text: string): ChecklistLibraryItem {
  return { phase, category, text };
}

export function requirement(
  id: string,
  category: Requirement['category'],
  priority: Requirement['priority'],
  text: string,
  acceptance?: string,
): Requirement {
  return acceptance ? { id, category, text, priority, acceptance } : { id, category, text, priority };
}

/** The three teams nearly every handoff has; templates add their own. */
export const CORE_TEAMS: Team[] = [
  { id: 'team-ds', name: 'Data science', kind: 'data-science' },
  { id: 'team-it', name: 'IT platform', kind: 'it' },
  { id: 'team-biz', name: 'Business owner team', kind: 'business' },
];

/** Placeholder people, one per role a handoff needs; the workshop replaces the names. */
export const CORE_PEOPLE: Person[] = [
  { id: 'p-ds-lead', name: 'Data science lead', teamId: 'team-ds', role: 'Accountable for the model (placeholder: put a name here)' },
  { id: 'p-ds', name: 'Data scientist', teamId: 'team-ds', role: 'Builds features and the model (placeholder)' },
  { id: 'p-ml-eng', name: 'ML engineer', teamId: 'team-it', role: 'Receives the handoff and runs the pipeline (placeholder)' },
  { id: 'p-it-ops', name: 'IT operations lead', teamId: 'team-it', role: 'Runs production and on-call (placeholder)' },
  { id: 'p-biz', name: 'Business sponsor', teamId: 'team-biz', role: 'Owns the objective and the KPIs (placeholder)' },
];

/** One milestone per phase, each with the gist of its gate, no dates yet. */
export const PHASE_MILESTONES: NonNullable<Plan['milestones']> = [
  { phase: 'exploration', notes: 'Gate: problem and KPIs agreed, data owners and privacy screened.' },
  { phase: 'active-research', notes: 'Gate: reproducible prototype, handoff deliverable and maintainer decided.' },
  { phase: 'model-development', notes: 'Gate: model card, input/output contract, service targets, smoke-test data.' },
  { phase: 'productionization', notes: 'Gate: QA executed, rollback rehearsed, monitoring and runbook live.' },
  { phase: 'launch-and-maintenance', notes: 'Gate: go-live sign-off, retraining cadence, KPI review.' },
];

/**
 * A plan of the current format version; templates start in exploration. A deep
 * copy, so that no two plans share the template's teams, people or milestones.
 */
export function templatePlan(fields: Omit<Plan, 'format' | 'version' | 'phase'> & { phase?: Phase }): Plan {
  return structuredClone({ format: PLAN_FORMAT, version: CURRENT_FORMAT_VERSION, ...fields, phase: fields.phase ?? 'exploration' }) as Plan;
}
