// The near region: the part of the plan last seen zoomed in, with a margin of a quarter of
// the view on every side. Nodes in it get their detailed rendering (once, for
// good), and on a large plan React Flow draws the flows in it (Canvas.tsx). It is
// replaced only when a near view leaves it, so panning a little, zooming in, or
// zooming out and back in keeps the same region: nothing mounts or re-renders.
import type { InternalNode, ReactFlowState } from '@xyflow/react';
import { create } from 'zustand';
import { nodeBox, type Box, type FlowEdge, type FlowNode } from './flowModel';

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The margin around the view, as a share of its width and height on each side. */
const MARGIN = 0.25;

interface NearRegion {
  rect: Rect | null;
  /** The nodes ever inside a near region: they keep their detailed rendering. */
  detailed: ReadonlySet<string>;
  reset: () => void;
}

export const useNearRegion = create<NearRegion>()((set) => ({
  rect: null,
  detailed: new Set(),
  reset: () => {
    waiting = [];
    set({ rect: null, detailed: new Set() });
  },
}));

/** What the canvas shows now, in plan coordinates. */
export function viewRect(s: Pick<ReactFlowState, 'transform' | 'width' | 'height'>): Rect {
  const [tx, ty, zoom] = s.transform;
  return { x0: -tx / zoom, y0: -ty / zoom, x1: (s.width - tx) / zoom, y1: (s.height - ty) / zoom };
}

function contains(outer: Rect, inner: Rect): boolean {
  return inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 && inner.y1 <= outer.y1;
}

function grown(view: Rect): Rect {
  const dx = (view.x1 - view.x0) * MARGIN;
  const dy = (view.y1 - view.y0) * MARGIN;
  return { x0: view.x0 - dx, y0: view.y0 - dy, x1: view.x1 + dx, y1: view.y1 + dy };
}

function meets(rect: Rect, box: Box): boolean {
  return box.x < rect.x1 && box.x + box.w > rect.x0 && box.y < rect.y1 && box.y + box.h > rect.y0;
}

function internalBox(node: InternalNode): Box {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, w: node.measured.width ?? 0, h: node.measured.height ?? 0 };
}

/**
 * At most this many nodes get their detail in one frame, nearest the view first; the
 * rest follow frame by frame. Detailing a whole region at once (250 nodes at a
 * 1,000-node plan's first zoom in) held one frame for a third of a second.
 */
const DETAIL_PER_FRAME = 48;
let waiting: string[] = [];
let scheduled = false;
const nextFrame = (run: () => void) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(run) : setTimeout(run, 16));

function detailNext(): void {
  scheduled = false;
  const batch = waiting.splice(0, DETAIL_PER_FRAME);
  if (batch.length === 0) return;
  const detailed = new Set(useNearRegion.getState().detailed);
  for (const id of batch) detailed.add(id);
  useNearRegion.setState({ detailed });
  if (waiting.length > 0) {
    scheduled = true;
    nextFrame(detailNext);
  }
}

/**
 * Called on each store update while the view is near: a new region when the view
 * has left the current one, and, when nodes changed (added, moved, laid out), the
 * nodes that are now inside it. Sets state only when something changed.
 */
export function updateNearRegion(view: Rect, nodes: ReadonlyMap<string, InternalNode>, nodesChanged: boolean): void {
  const { rect, detailed } = useNearRegion.getState();
  const stays = rect !== null && contains(rect, view);
  if (stays && !nodesChanged) return;
  const next = stays ? rect : grown(view);
  const cx = (view.x0 + view.x1) / 2;
  const cy = (view.y0 + view.y1) / 2;
  const fresh: { id: string; distance: number }[] = [];
  for (const node of nodes.values()) {
    const box = internalBox(node);
    if (detailed.has(node.id) || !meets(next, box)) continue;
    fresh.push({ id: node.id, distance: Math.hypot(box.x + box.w / 2 - cx, box.y + box.h / 2 - cy) });
  }
  // Nodes waiting from an earlier region that are outside this one stay as they are.
  waiting = fresh.sort((a, b) => a.distance - b.distance).map((n) => n.id);
  if (next !== rect) useNearRegion.setState({ rect: next });
  if (!scheduled) detailNext();
}

/** The flows that cross the region (an end in it, or a line over it; bend points count), nearest its middle first. */
export function flowsIn(rect: Rect, nodes: ReadonlyMap<string, FlowNode>, edges: readonly FlowEdge[]): string[] {
  const kept: { id: string; distance: number }[] = [];
  const cx = (rect.x0 + rect.x1) / 2;
  const cy = (rect.y0 + rect.y1) / 2;
  for (const edge of edges) {
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    if (!source || !target) continue;
    const a = nodeBox(source);
    const b = nodeBox(target);
    let x0 = Math.min(a.x, b.x);
    let y0 = Math.min(a.y, b.y);
    let x1 = Math.max(a.x + a.w, b.x + b.w);
    let y1 = Math.max(a.y + a.h, b.y + b.h);
    for (const p of edge.data?.points ?? []) {
      x0 = Math.min(x0, p.x);
      y0 = Math.min(y0, p.y);
      x1 = Math.max(x1, p.x);
      y1 = Math.max(y1, p.y);
    }
    if (meets(rect, { x: x0, y: y0, w: x1 - x0, h: y1 - y0 })) kept.push({ id: edge.id, distance: Math.hypot((x0 + x1) / 2 - cx, (y0 + y1) / 2 - cy) });
  }
  return kept.sort((p, q) => p.distance - q.distance).map((k) => k.id);
}
