// Turning the ids a plan holds into the names a reader knows, with the rules'
// label functions (so the document and the findings name things alike). A
// reference that names nothing is shown as missing, never dropped.
import { english, type Translator } from '../i18n/index.js';
import type { ChecklistItem, Plan, PlanEdge, PlanNode, Question } from '../model/types.js';
import type { FindingTarget } from '../rules/finding.js';
import { checklistItemLabel, edgeLabel, labelLookup, nodeLabelById, personLabelById, teamLabelById } from '../rules/index.js';

export interface NameLookup {
  team(id: string | undefined): string;
  person(id: string | undefined): string;
  node(id: string | undefined): string;
  edge(edge: PlanEdge): string;
  nodeById: ReadonlyMap<string, PlanNode>;
  target(target: FindingTarget): string;
}

/** Shown where a field is empty. */
export const NONE = '—';

export function createNameLookup(plan: Plan, tr: Translator = english()): NameLookup {
  const lookup = labelLookup(plan);
  const items = new Map<string, { item: ChecklistItem; node: PlanNode }>();
  for (const node of plan.nodes ?? []) for (const item of node.checklist ?? []) items.set(item.id, { item, node });
  const edges = new Map((plan.edges ?? []).map((e) => [e.id, e]));
  const questions = new Map<string, Question>((plan.questions ?? []).map((q) => [q.id, q]));

  const team = (id: string | undefined) => (id ? teamLabelById(lookup, id, tr) : NONE);
  const person = (id: string | undefined) => (id ? personLabelById(lookup, id, tr) : NONE);
  const node = (id: string | undefined) => (id ? nodeLabelById(lookup, id, tr) : NONE);
  const edge = (e: PlanEdge) => edgeLabel(lookup, e, tr);
  const missing = (key: 'labels.missingEdge' | 'labels.missingChecklistItem' | 'labels.missingQuestion', id: string) => tr.t(key, { id: JSON.stringify(id) });

  return {
    team,
    person,
    node,
    edge,
    nodeById: lookup.nodesById,
    target(target) {
      const id = target.id ?? '';
      switch (target.kind) {
        case 'plan':
          return tr.t('labels.thePlan');
        case 'node':
          return node(id);
        case 'edge': {
          const e = edges.get(id);
          return e ? edge(e) : missing('labels.missingEdge', id);
        }
        case 'checklist-item': {
          const found = items.get(id);
          return found ? checklistItemLabel(found.item, found.node, tr) : missing('labels.missingChecklistItem', id);
        }
        case 'question':
          return questions.get(id)?.text ?? missing('labels.missingQuestion', id);
        case 'person':
          return person(id);
        case 'team':
          return team(id);
      }
    },
  };
}
