// The drawing of a flow that has bend points (the edge's `points`, docs/format-extensions.md):
// right angles with the user's points as the corners, straight segments through them,
// or a smooth curve through them. Pure geometry, shared by the canvas's edge view, the
// bend point handles and auto-layout (which reads back where a label will sit).
import { Position } from '@xyflow/react';
import type { EdgeRoute } from './flowModel';

export interface Point {
  x: number;
  y: number;
}

/**
 * The drawn label of a flow, estimated rather than measured (PlanEdgeView.tsx): at 11 px
 * about 6.1 px a Latin character and 11 px a Chinese one (full width), and 6 px padding
 * each side (canvas.css `.plan-edge-label`).
 */
export const LABEL_HEIGHT = 18;
export function labelWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! >= 0x2e80 ? 11 : 6.1;
  return Math.ceil(width) + 12;
}

const CORNER_RADIUS = 8;

const isHorizontalSide = (side: Position) => side === Position.Left || side === Position.Right;
const same = (a: Point, b: Point) => Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;

/**
 * The corners of a right-angle route from `source` through every point to `target`:
 * each leg is an L (or a straight run when aligned). The first leg leaves along the
 * source side's axis, each later leg turns at the point, and the last arrives along
 * the target side's axis.
 */
export function orthogonalCorners(source: Point, sourceSide: Position, target: Point, targetSide: Position, points: readonly Point[]): Point[] {
  return orthogonalLegs(source, sourceSide, target, targetSide, points).reduce<Point[]>(
    (out, leg) => [...out, ...leg.slice(out.length && same(out[out.length - 1], leg[0]) ? 1 : 0)],
    [],
  );
}

/** Each leg between two stops (source, points, target) as its own polyline. */
function orthogonalLegs(source: Point, sourceSide: Position, target: Point, targetSide: Position, points: readonly Point[]): Point[][] {
  const stops = [source, ...points, target];
  const legs: Point[][] = [];
  let horizontalFirst = isHorizontalSide(sourceSide);
  for (let i = 1; i < stops.length; i++) {
    const a = stops[i - 1];
    const b = stops[i];
    if (i === stops.length - 1) horizontalFirst = !isHorizontalSide(targetSide);
    const corner = horizontalFirst ? { x: b.x, y: a.y } : { x: a.x, y: b.y };
    legs.push(!same(corner, a) && !same(corner, b) ? [a, corner, b] : [a, b]);
    // Leave each point across the way we came in.
    horizontalFirst = Math.abs(a.x - b.x) < 0.5 ? true : Math.abs(a.y - b.y) < 0.5 ? false : horizontalFirst;
  }
  return legs;
}

/** The point halfway along a polyline. */
function halfway(line: readonly Point[]): Point {
  const lengths = line.slice(1).map((b, i) => Math.hypot(b.x - line[i].x, b.y - line[i].y));
  let left = lengths.reduce((sum, l) => sum + l, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    if (left <= lengths[i] && lengths[i] > 0) {
      const t = left / lengths[i];
      return { x: line[i].x + (line[i + 1].x - line[i].x) * t, y: line[i].y + (line[i + 1].y - line[i].y) * t };
    }
    left -= lengths[i];
  }
  return line[line.length - 1];
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);
const at = (p: Point) => `${fmt(p.x)},${fmt(p.y)}`;

/**
 * A polyline with its corners rounded by quadratic arcs (no cubic curves: the route
 * stays a right-angle one), except at the `sharp` points: the flow passes exactly
 * through the user's bend points.
 */
function roundedPolyline(corners: readonly Point[], sharp: readonly Point[]): string {
  let d = `M ${at(corners[0])}`;
  for (let i = 1; i < corners.length - 1; i++) {
    const [a, b, c] = [corners[i - 1], corners[i], corners[i + 1]];
    if (sharp.some((p) => same(p, b))) {
      d += ` L ${at(b)}`;
      continue;
    }
    const r = Math.min(CORNER_RADIUS, Math.hypot(b.x - a.x, b.y - a.y) / 2, Math.hypot(c.x - b.x, c.y - b.y) / 2);
    const toward = (from: Point, to: Point) => {
      const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
      return { x: from.x + ((to.x - from.x) / length) * r, y: from.y + ((to.y - from.y) / length) * r };
    };
    d += ` L ${at(toward(b, a))} Q ${at(b)} ${at(toward(b, c))}`;
  }
  return `${d} L ${at(corners[corners.length - 1])}`;
}

/** Cubic segments of a Catmull-Rom spline through every stop: a smooth curve that passes through each point. */
function smoothThrough(stops: readonly Point[]): { d: string; segments: [Point, Point, Point, Point][] } {
  const segments: [Point, Point, Point, Point][] = [];
  for (let i = 0; i < stops.length - 1; i++) {
    const p0 = stops[Math.max(0, i - 1)];
    const [p1, p2] = [stops[i], stops[i + 1]];
    const p3 = stops[Math.min(stops.length - 1, i + 2)];
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 };
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 };
    segments.push([p1, c1, c2, p2]);
  }
  const d = `M ${at(stops[0])}` + segments.map(([, c1, c2, p2]) => ` C ${at(c1)} ${at(c2)} ${at(p2)}`).join('');
  return { d, segments };
}

/**
 * Where a label sits on a polyline: the middle of its longest horizontal segment
 * (in a left-to-right layout those run through the gaps ELK keeps free of nodes, and
 * a label is wider than tall), else of its longest segment.
 */
export function labelSpot(corners: readonly Point[]): Point {
  let best = -1;
  let bestScore = -1;
  for (let i = 0; i < corners.length - 1; i++) {
    const [a, b] = [corners[i], corners[i + 1]];
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    const score = Math.abs(a.y - b.y) < 0.5 ? length + 1e6 : length;
    if (score > bestScore) [best, bestScore] = [i, score];
  }
  if (best < 0) return corners[0];
  return { x: (corners[best].x + corners[best + 1].x) / 2, y: (corners[best].y + corners[best + 1].y) / 2 };
}

export interface BentPath {
  path: string;
  label: Point;
}

/** The path of a flow from `source` through its bend points to `target`, and where its label sits. */
export function bentPath(route: EdgeRoute, source: Point, sourceSide: Position, target: Point, targetSide: Position, points: readonly Point[]): BentPath {
  if (route === 'orthogonal') {
    const corners = orthogonalCorners(source, sourceSide, target, targetSide, points);
    return { path: roundedPolyline(corners, points), label: labelSpot(corners) };
  }
  const stops = [source, ...points, target];
  if (route === 'straight') return { path: `M ${stops.map(at).join(' L ')}`, label: labelSpot(stops) };
  const { d, segments } = smoothThrough(stops);
  // The label on the curve's middle piece, at its halfway point.
  const [p1, c1, c2, p2] = segments[Math.floor((segments.length - 1) / 2)];
  return { path: d, label: { x: (p1.x + 3 * c1.x + 3 * c2.x + p2.x) / 8, y: (p1.y + 3 * c1.y + 3 * c2.y + p2.y) / 8 } };
}

/** Each leg of a flow between two stops (source, points, target) as drawn, as a polyline (a curve sampled). */
function drawnLegs(route: EdgeRoute, source: Point, sourceSide: Position, target: Point, targetSide: Position, points: readonly Point[]): Point[][] {
  if (route === 'orthogonal') return orthogonalLegs(source, sourceSide, target, targetSide, points);
  const stops = [source, ...points, target];
  if (route === 'straight') return stops.slice(1).map((b, i) => [stops[i], b]);
  const bezier = ([p1, c1, c2, p2]: Point[], t: number): Point => {
    const u = 1 - t;
    const [k0, k1, k2, k3] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
    return { x: k0 * p1.x + k1 * c1.x + k2 * c2.x + k3 * p2.x, y: k0 * p1.y + k1 * c1.y + k2 * c2.y + k3 * p2.y };
  };
  return smoothThrough(stops).segments.map((segment) => Array.from({ length: 13 }, (_, i) => bezier(segment, i / 12)));
}

/** The middle of each leg between two stops as drawn: where dragging adds a bend point (`index`: where it goes). */
export function midHandles(route: EdgeRoute, source: Point, sourceSide: Position, target: Point, targetSide: Position, points: readonly Point[]): { index: number; at: Point }[] {
  return drawnLegs(route, source, sourceSide, target, targetSide, points).map((leg, index) => ({ index, at: halfway(leg) }));
}

/** Where a bend point added at `at` (a double-click on the flow) goes in its order: in the drawn leg nearest to it. */
export function insertionIndex(route: EdgeRoute, source: Point, sourceSide: Position, target: Point, targetSide: Position, points: readonly Point[], at: Point): number {
  let best = 0;
  let bestDistance = Infinity;
  drawnLegs(route, source, sourceSide, target, targetSide, points).forEach((leg, index) => {
    for (let i = 0; i < leg.length - 1; i++) {
      const distance = distanceToSegment(at, leg[i], leg[i + 1]);
      if (distance < bestDistance) [best, bestDistance] = [index, distance];
    }
  });
  return best;
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}
