// Operations on nodes: add, move, edit, remove. Removing a node removes the flows
// that touch it and unlinks the questions about it, so no reference is left dangling.
import type { Plan, PlanNode, Position } from '../model/types.js';
import { applyPatch, dropFromList, idInUse, insertAt, listOf, mapList, mapNodes, updateInList, withList, withoutUndefined, type Patch } from './shared.js';

/** Add a node (its id made by the caller with createId); unchanged when the id is already used. */
export function addNode(plan: Plan, node: PlanNode, index?: number): Plan {
  if (idInUse(plan, node.id)) return plan;
  return { ...plan, nodes: insertAt(plan.nodes, withoutUndefined(node), index) };
}

function placeNodes(plan: Plan, positions: Readonly<Record<string, { x: number; y: number }>>): Plan {
  return mapNodes(plan, (node) => {
    const to = Object.hasOwn(positions, node.id) ? positions[node.id] : undefined;
    if (!to || !Number.isFinite(to.x) || !Number.isFinite(to.y)) return node;
    if (node.position.x === to.x && node.position.y === to.y) return node;
    return { ...node, position: { ...node.position, x: to.x, y: to.y } as Position };
  });
}

/** Put nodes where the user dropped them: absolute canvas positions by node id. */
export function moveNodes(plan: Plan, positions: Readonly<Record<string, { x: number; y: number }>>): Plan {
  return placeNodes(plan, positions);
}

/** Apply an automatic layout's positions by node id (nodes not named stay where they are). */
export function applyLayout(plan: Plan, positions: Readonly<Record<string, { x: number; y: number }>>): Plan {
  return placeNodes(plan, positions);
}

/** Shift nodes by a distance (arrow keys, alignment nudges). */
export function nudgeNodes(plan: Plan, nodeIds: readonly string[], delta: { dx: number; dy: number }): Plan {
  if (delta.dx === 0 && delta.dy === 0) return plan;
  const ids = new Set(nodeIds);
  const positions: Record<string, { x: number; y: number }> = {};
  for (const node of listOf(plan, 'nodes')) {
    if (ids.has(node.id)) positions[node.id] = { x: node.position.x + delta.dx, y: node.position.y + delta.dy };
  }
  return placeNodes(plan, positions);
}

/** Change fields of a node; a field set to `undefined` is cleared. */
export function updateNode(plan: Plan, nodeId: string, patch: Patch<PlanNode>): Plan {
  return updateInList(plan, 'nodes', nodeId, (node) => applyPatch(node, patch));
}

/** Remove nodes, every edge touching them, and the links of questions to them. */
export function removeNodes(plan: Plan, nodeIds: readonly string[]): Plan {
  const ids = new Set(nodeIds);
  const nodes = dropFromList(listOf(plan, 'nodes'), (n) => ids.has(n.id));
  if (nodes.length === listOf(plan, 'nodes').length) return plan;
  let next = withList(plan, 'nodes', nodes);
  next = withList(next, 'edges', dropFromList(listOf(next, 'edges'), (e) => ids.has(e.source) || ids.has(e.target)));
  next = withList(
    next,
    'questions',
    mapList(listOf(next, 'questions'), (q) => (q.nodeId !== undefined && ids.has(q.nodeId) ? applyPatch(q, { nodeId: undefined }) : q)),
  );
  return next;
}
