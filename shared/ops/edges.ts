// Operations on edges (data flows and integrations between nodes).
import type { Plan, PlanEdge } from '../model/types.js';
import { applyPatch, dropFromList, idInUse, listOf, updateInList, withList, withoutUndefined, type Patch } from './shared.js';

/**
 * Connect two nodes with a new edge. Unchanged when the id is taken, an end is
 * not a node, the edge would loop onto its own node, or the same source → target
 * flow exists already (a second drag between the same handles is a slip, not a
 * second flow; a different flow is recorded as fields of the one edge).
 */
export function connect(plan: Plan, edge: PlanEdge): Plan {
  const nodes = listOf(plan, 'nodes');
  if (edge.source === edge.target) return plan;
  if (!nodes.some((n) => n.id === edge.source) || !nodes.some((n) => n.id === edge.target)) return plan;
  if (listOf(plan, 'edges').some((e) => e.source === edge.source && e.target === edge.target)) return plan;
  if (idInUse(plan, edge.id)) return plan;
  return { ...plan, edges: [...listOf(plan, 'edges'), withoutUndefined(edge)] };
}

/** Change fields of an edge (label, protocol, frequency, data, contract, or its ends). */
export function updateEdge(plan: Plan, edgeId: string, patch: Patch<PlanEdge>): Plan {
  return updateInList(plan, 'edges', edgeId, (edge) => applyPatch(edge, patch));
}

/** Remove edges by id. */
export function removeEdges(plan: Plan, edgeIds: readonly string[]): Plan {
  const ids = new Set(edgeIds);
  return withList(plan, 'edges', dropFromList(listOf(plan, 'edges'), (e) => ids.has(e.id)));
}

/** Remove edges by id (the canvas's word for it). */
export const disconnect = removeEdges;
