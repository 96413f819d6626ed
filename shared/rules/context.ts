// What every rule needs to look things up quickly, built once per evaluation so
// a plan of thousands of nodes is checked in one pass per rule.
import { english, type Translator } from '../i18n/index.js';
import type { Plan, PlanEdge, PlanNode, Person, Team } from '../model/types.js';

export interface RuleContext {
  plan: Plan;
  nodes: readonly PlanNode[];
  edges: readonly PlanEdge[];
  nodesById: ReadonlyMap<string, PlanNode>;
  teamsById: ReadonlyMap<string, Team>;
  peopleById: ReadonlyMap<string, Person>;
  /** Ids of nodes with at least one edge, in or out (edges with dangling ends included). */
  connectedNodeIds: ReadonlySet<string>;
  /** The language findings are written in (English for `message` as the spec has it). */
  tr: Translator;
}

function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items ?? []) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

export function buildRuleContext(plan: Plan, tr: Translator = english()): RuleContext {
  const nodes = plan.nodes ?? [];
  const edges = plan.edges ?? [];
  const connectedNodeIds = new Set<string>();
  for (const edge of edges) {
    connectedNodeIds.add(edge.source);
    connectedNodeIds.add(edge.target);
  }
  return {
    plan,
    nodes,
    edges,
    nodesById: byId(nodes),
    teamsById: byId(plan.teams),
    peopleById: byId(plan.people),
    connectedNodeIds,
    tr,
  };
}

/** Sticky notes are annotations on the canvas: the spec says no rule applies to them. */
export function isNote(node: PlanNode | undefined): boolean {
  return node?.type === 'note';
}
