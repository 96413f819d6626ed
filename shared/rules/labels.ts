// How findings (and the editor and exports) name things: by title or name, never
// by a bare id. An id is shown only when it names nothing, quoted, so a person can
// find the field that holds it.
import type { ChecklistItem, Plan, PlanEdge, PlanNode } from '../model/types.js';
import type { RuleContext } from './context.js';

type Lookup = Pick<RuleContext, 'nodesById' | 'teamsById' | 'peopleById'>;

/** A node's title, trimmed; its type stands in when the title is blank. */
export function nodeLabel(node: PlanNode): string {
  const title = node.title.trim();
  return title || `Untitled ${node.type}`;
}

/** The node an id names, or `missing node "id"`. */
export function nodeLabelById(lookup: Pick<Lookup, 'nodesById'>, nodeId: string): string {
  const node = lookup.nodesById.get(nodeId);
  return node ? nodeLabel(node) : `missing node ${JSON.stringify(nodeId)}`;
}

/** `Billing database → Churn feature pipeline`. */
export function edgeLabel(lookup: Pick<Lookup, 'nodesById'>, edge: PlanEdge): string {
  return `${nodeLabelById(lookup, edge.source)} → ${nodeLabelById(lookup, edge.target)}`;
}

export function teamLabelById(lookup: Pick<Lookup, 'teamsById'>, teamId: string): string {
  return lookup.teamsById.get(teamId)?.name.trim() || `team ${JSON.stringify(teamId)}`;
}

export function personLabelById(lookup: Pick<Lookup, 'peopleById'>, personId: string): string {
  return lookup.peopleById.get(personId)?.name.trim() || `person ${JSON.stringify(personId)}`;
}

/** `"Share the notebook" on Churn feature pipeline`, shortened when the text is long. */
export function checklistItemLabel(item: ChecklistItem, node: PlanNode): string {
  const text = item.text.trim().replace(/\s+/g, ' ');
  const shown = text.length > 80 ? `${text.slice(0, 77)}…` : text;
  return `${shown ? JSON.stringify(shown) : 'An untitled checklist item'} on ${nodeLabel(node)}`;
}

/** Lookup maps for callers outside the rules (editor, exports) that have only a plan. */
export function labelLookup(plan: Plan): Lookup {
  const map = <T extends { id: string }>(items: readonly T[] | undefined) => new Map((items ?? []).map((i) => [i.id, i] as const));
  return { nodesById: map(plan.nodes), teamsById: map(plan.teams), peopleById: map(plan.people) };
}
