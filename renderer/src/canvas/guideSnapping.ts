// Smart guides: while nodes are dragged, their left/centre/right and
// top/middle/bottom snap to the same lines of another node in view (within a
// few screen pixels) and the line is drawn across the canvas (SmartGuides.tsx).
// The lines of the nodes in view are collected once, when a drag starts, into
// sorted arrays; each drag frame then costs a binary search per line of the
// dragged box, whatever the size of the plan. Holding Alt drags without snapping.
import { create } from 'zustand';
import type { XYPosition } from '@xyflow/react';
import { flow } from './viewport';

/** How near (in screen pixels) a line must come to snap. */
export const GUIDE_SNAP_PX = 6;
/** Shifts closer than this (canvas units) are the same. */
const TIE = 0.01;

/** A guide line in canvas coordinates: vertical at x = `at`, or horizontal at y = `at`. */
export interface Guide {
  axis: 'x' | 'y';
  at: number;
}

export const useGuideStore = create<{ guides: readonly Guide[] }>(() => ({ guides: [] }));

type Size = { width: number; height: number };

interface Session {
  sizes: Map<string, Size>;
  /** The left, centre and right of every other node in view, ascending; and their tops, middles and bottoms. */
  xs: number[];
  ys: number[];
  threshold: number;
}

let session: Session | null = null;

/**
 * Whether Alt is held, from the keys and the pointer going down. Listening all
 * the time, from before any drag: during a drag d3-drag stops the mouse moves
 * from reaching listeners added after its own.
 */
let altHeld = false;
if (typeof window !== 'undefined') {
  const track = (event: KeyboardEvent | PointerEvent) => {
    altHeld = event.altKey;
  };
  window.addEventListener('keydown', track, true);
  window.addEventListener('keyup', track, true);
  window.addEventListener('pointerdown', track, true);
  window.addEventListener('blur', () => (altHeld = false));
}

function nearest(sorted: readonly number[], value: number): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  const after = sorted[lo];
  const before = sorted[lo - 1];
  if (after === undefined) return before;
  if (before === undefined) return after;
  return value - before <= after - value ? before : after;
}

function sizeOf(id: string): Size | undefined {
  const measured = flow()?.getInternalNode(id)?.measured;
  return measured?.width && measured.height ? { width: measured.width, height: measured.height } : undefined;
}

/** Collects the lines of the nodes in view other than the dragged ones (once per drag). */
function begin(dragged: ReadonlySet<string>): Session | null {
  const instance = flow();
  const pane = document.querySelector('.react-flow');
  if (!instance || !pane) return null;
  const { x: tx, y: ty, zoom } = instance.getViewport();
  const rect = pane.getBoundingClientRect();
  const view = { x0: -tx / zoom, y0: -ty / zoom, x1: (rect.width - tx) / zoom, y1: (rect.height - ty) / zoom };
  const xs: number[] = [];
  const ys: number[] = [];
  for (const node of instance.getNodes()) {
    if (dragged.has(node.id) || (node.type !== 'plan' && node.type !== 'note')) continue;
    const internal = instance.getInternalNode(node.id);
    const w = internal?.measured.width;
    const h = internal?.measured.height;
    if (!internal || !w || !h) continue;
    const { x, y } = internal.internals.positionAbsolute;
    if (x > view.x1 || y > view.y1 || x + w < view.x0 || y + h < view.y0) continue;
    xs.push(x, x + w / 2, x + w);
    ys.push(y, y + h / 2, y + h);
  }
  xs.sort((a, b) => a - b);
  ys.sort((a, b) => a - b);
  const sizes = new Map<string, Size>();
  for (const id of dragged) {
    const size = sizeOf(id);
    if (size) sizes.set(id, size);
  }
  return { sizes, xs, ys, threshold: GUIDE_SNAP_PX / zoom };
}

/** The shift (≤ threshold) that puts one of `lines` of the box onto a line in `sorted`, and that line. */
function closest(sorted: readonly number[], lines: readonly number[], threshold: number): { shift: number; at: number } | null {
  let best: { shift: number; at: number } | null = null;
  for (const line of lines) {
    const to = nearest(sorted, line);
    if (to === undefined) continue;
    const shift = to - line;
    // On a tie (boxes of one height line up on all three) the first line, the box's edge, wins.
    if (Math.abs(shift) <= threshold && (!best || Math.abs(shift) < Math.abs(best.shift) - TIE)) best = { shift, at: to };
  }
  return best;
}

function showGuides(guides: Guide[]): void {
  const current = useGuideStore.getState().guides;
  const same = current.length === guides.length && current.every((g, i) => g.axis === guides[i].axis && g.at === guides[i].at);
  if (!same) useGuideStore.setState({ guides });
}

/**
 * The dragged nodes' positions (as React Flow reports them), moved together so
 * that the dragged box snaps to the nearest guide on each axis; the guides are
 * shown. A new map: the reported positions stay as they are, so snapping never drifts.
 */
export function snapToGuides(positions: ReadonlyMap<string, XYPosition>): Map<string, XYPosition> {
  session ??= begin(new Set(positions.keys()));
  const out = new Map(positions);
  if (!session) return out;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [id, p] of positions) {
    const size = session.sizes.get(id);
    if (!size) continue;
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x + size.width);
    y1 = Math.max(y1, p.y + size.height);
  }
  const snapX = altHeld || x0 === Infinity ? null : closest(session.xs, [x0, (x0 + x1) / 2, x1], session.threshold);
  const snapY = altHeld || y0 === Infinity ? null : closest(session.ys, [y0, (y0 + y1) / 2, y1], session.threshold);
  if (snapX || snapY) {
    for (const [id, p] of positions) out.set(id, { x: p.x + (snapX?.shift ?? 0), y: p.y + (snapY?.shift ?? 0) });
  }
  showGuides([...(snapX ? [{ axis: 'x' as const, at: snapX.at }] : []), ...(snapY ? [{ axis: 'y' as const, at: snapY.at }] : [])]);
  return out;
}

/** Ends the drag's guides: the last snapped positions of `positions`, and no line drawn. */
export function endGuides(positions: ReadonlyMap<string, XYPosition>): Map<string, XYPosition> {
  const out = session && positions.size > 0 ? snapToGuides(positions) : new Map(positions);
  session = null;
  showGuides([]);
  return out;
}
