// Arranging nodes on the canvas: align a multi-selection on one of its edges or
// centre lines, spread it with equal gaps, resize one node. Each is one operation,
// so one undo step puts every node back. Node sizes are the canvas's business (a
// node widens with its title), so the caller passes the sizes it draws.
import type { Plan } from '../model/types.js';
import { applyPatch, listOf, updateInList } from './shared.js';
import { moveNodes } from './nodes.js';

export type Alignment = 'left' | 'center' | 'right' | 'top' | 'middle' | 'bottom';
export type Distribution = 'horizontal' | 'vertical';
export const ALIGNMENTS: readonly Alignment[] = ['left', 'center', 'right', 'top', 'middle', 'bottom'];
export const DISTRIBUTIONS: readonly Distribution[] = ['horizontal', 'vertical'];

export interface NodeSize {
  width: number;
  height: number;
}
export type NodeSizes = Readonly<Record<string, NodeSize>>;

interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

function boxes(plan: Plan, nodeIds: readonly string[], sizes: NodeSizes): Box[] {
  const ids = new Set(nodeIds);
  return listOf(plan, 'nodes')
    .filter((n) => ids.has(n.id) && Object.hasOwn(sizes, n.id))
    .map((n) => ({ id: n.id, x: n.position.x, y: n.position.y, w: sizes[n.id].width, h: sizes[n.id].height }));
}

/**
 * Line the nodes up on the selection's own bounds: left edges on the leftmost,
 * centres on the middle of the whole selection, and so on. Fewer than two nodes
 * (or nodes without a size) stay where they are.
 */
export function alignNodes(plan: Plan, nodeIds: readonly string[], alignment: Alignment, sizes: NodeSizes): Plan {
  const all = boxes(plan, nodeIds, sizes);
  if (all.length < 2) return plan;
  const horizontal = alignment === 'left' || alignment === 'center' || alignment === 'right';
  const start = (b: Box) => (horizontal ? b.x : b.y);
  const length = (b: Box) => (horizontal ? b.w : b.h);
  const min = Math.min(...all.map(start));
  const max = Math.max(...all.map((b) => start(b) + length(b)));
  const to = (b: Box): number => {
    if (alignment === 'left' || alignment === 'top') return min;
    if (alignment === 'right' || alignment === 'bottom') return max - length(b);
    return Math.round((min + max) / 2 - length(b) / 2);
  };
  const positions = Object.fromEntries(all.map((b) => [b.id, horizontal ? { x: to(b), y: b.y } : { x: b.x, y: to(b) }]));
  return moveNodes(plan, positions);
}

/**
 * Equal gaps between the nodes along one axis: the first and last (by position)
 * stay, the ones between move so that each gap is the same. Needs three nodes.
 */
export function distributeNodes(plan: Plan, nodeIds: readonly string[], direction: Distribution, sizes: NodeSizes): Plan {
  const horizontal = direction === 'horizontal';
  const start = (b: Box) => (horizontal ? b.x : b.y);
  const length = (b: Box) => (horizontal ? b.w : b.h);
  const all = boxes(plan, nodeIds, sizes).sort((a, b) => start(a) + length(a) / 2 - (start(b) + length(b) / 2) || (a.id < b.id ? -1 : 1));
  if (all.length < 3) return plan;
  const first = all[0];
  const last = all[all.length - 1];
  const span = start(last) + length(last) - start(first);
  const gap = (span - all.reduce((sum, b) => sum + length(b), 0)) / (all.length - 1);
  const positions: Record<string, { x: number; y: number }> = {};
  let at = start(first);
  for (const b of all) {
    const placed = Math.round(at);
    positions[b.id] = horizontal ? { x: placed, y: b.y } : { x: b.x, y: placed };
    at += length(b) + gap;
  }
  return moveNodes(plan, positions);
}

/**
 * The width a node was resized to (`nodes[].size`, docs/format-extensions.md);
 * `undefined` gives the node back its automatic width. Rounded to whole units.
 */
export function resizeNode(plan: Plan, nodeId: string, width: number | undefined): Plan {
  if (width !== undefined && !(Number.isFinite(width) && width > 0)) return plan;
  return updateInList(plan, 'nodes', nodeId, (node) =>
    applyPatch(node, { size: width === undefined ? undefined : { ...node.size, width: Math.round(width) } }),
  );
}
