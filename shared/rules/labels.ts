// How findings (and the editor and exports) name things: by title or name, never
// by a bare id. An id is shown only when it names nothing, quoted, so a person can
// find the field that holds it. The words around names come from the catalog, in
// the translator's language (English unless one is passed).
import type { ChecklistItem, Plan, PlanEdge, PlanNode } from '../model/types.js';
import { english, type Translator } from '../i18n/index.js';
import type { RuleContext } from './context.js';

type Lookup = Pick<RuleContext, 'nodesById' | 'teamsById' | 'peopleById'>;

/** A node's title, trimmed; its type stands in when the title is blank. */
export function nodeLabel(node: PlanNode, tr: Translator = english()): string {
  const title = node.title.trim();
  return title || tr.t('labels.untitledNode', { type: tr.t(`vocab.nodeTypeInline.${node.type}`) });
}

/** The node an id names, or `missing node "id"`. */
export function nodeLabelById(lookup: Pick<Lookup, 'nodesById'>, nodeId: string, tr: Translator = english()): string {
  const node = lookup.nodesById.get(nodeId);
  return node ? nodeLabel(node, tr) : tr.t('labels.missingNode', { id: JSON.stringify(nodeId) });
}

/** `Billing database → Churn feature pipeline`. */
export function edgeLabel(lookup: Pick<Lookup, 'nodesById'>, edge: PlanEdge, tr: Translator = english()): string {
  return tr.t('labels.edge', { source: nodeLabelById(lookup, edge.source, tr), target: nodeLabelById(lookup, edge.target, tr) });
}

export function teamLabelById(lookup: Pick<Lookup, 'teamsById'>, teamId: string, tr: Translator = english()): string {
  return lookup.teamsById.get(teamId)?.name.trim() || tr.t('labels.missingTeam', { id: JSON.stringify(teamId) });
}

export function personLabelById(lookup: Pick<Lookup, 'peopleById'>, personId: string, tr: Translator = english()): string {
  return lookup.peopleById.get(personId)?.name.trim() || tr.t('labels.missingPerson', { id: JSON.stringify(personId) });
}

/** `"Share the notebook" on Churn feature pipeline`, shortened when the text is long. */
export function checklistItemLabel(item: ChecklistItem, node: PlanNode, tr: Translator = english()): string {
  const text = item.text.trim().replace(/\s+/g, ' ');
  const shown = text.length > 80 ? `${text.slice(0, 77)}…` : text;
  const on = nodeLabel(node, tr);
  return shown ? tr.t('labels.checklistItem', { text: JSON.stringify(shown), node: on }) : tr.t('labels.untitledChecklistItem', { node: on });
}

/** Lookup maps for callers outside the rules (editor, exports) that have only a plan. */
export function labelLookup(plan: Plan): Lookup {
  const map = <T extends { id: string }>(items: readonly T[] | undefined) => new Map((items ?? []).map((i) => [i.id, i] as const));
  return { nodesById: map(plan.nodes), teamsById: map(plan.teams), peopleById: map(plan.people) };
}
