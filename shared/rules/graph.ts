// Structural facts about the pipeline that rules, the editor and the exports share,
// so "crosses a team boundary" and "handoff point" mean one thing everywhere.
import type { Plan, PlanEdge, PlanNode } from '../model/types.js';

/**
 * Spec: an edge whose source and target nodes both have an `ownerTeamId`, and
 * different ones, crosses a team boundary (an integration needing a contract).
 */
export function crossesTeamBoundary(
  planOrNodes: Plan | ReadonlyMap<string, PlanNode>,
  edge: PlanEdge,
): boolean {
  const find = (id: string) =>
    planOrNodes instanceof Map ? planOrNodes.get(id) : (planOrNodes as Plan).nodes?.find((n) => n.id === id);
  const source = find(edge.source)?.ownerTeamId;
  const target = find(edge.target)?.ownerTeamId;
  return Boolean(source && target && source !== target);
}

/**
 * Spec: a node whose `operatorTeamId` differs from its `ownerTeamId` is a handoff
 * point. A node without an operator is run by whoever builds it: no handoff.
 */
export function isHandoffPoint(node: PlanNode): boolean {
  return Boolean(node.operatorTeamId) && node.operatorTeamId !== node.ownerTeamId;
}

/** Outgoing adjacency (source → targets) over the plan's edges. */
export function outgoingAdjacency(edges: readonly PlanEdge[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const edge of edges) {
    const list = out.get(edge.source);
    if (list) list.push(edge.target);
    else out.set(edge.source, [edge.target]);
  }
  return out;
}

/** Every node id reachable from `start` by following edges source → target (start excluded unless on a cycle). */
export function reachableFrom(start: string, adjacency: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set<string>();
  const stack = [...(adjacency.get(start) ?? [])];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const next of adjacency.get(id) ?? []) if (!seen.has(next)) stack.push(next);
  }
  return seen;
}
