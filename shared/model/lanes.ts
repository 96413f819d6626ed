// The lane view's geometry (docs/format-extensions.md, `layout.lanes`): one swimlane per
// owner team, in the plan's team order, and a "No team" lane last when some node has no
// (known) owner. The canvas and the exports both draw from this, so they cannot disagree.
// Notes are annotations, not parts of the pipeline: they belong to no lane.
import type { Plan, PlanNode } from './types.js';
import type { LaneOrientation } from './vocabulary.js';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Lane {
  /** The owner team, or null for the "No team" lane. */
  teamId: string | null;
  /** The team's name; empty for the "No team" lane (the caller names it in its language). */
  name: string;
  nodeIds: string[];
  bounds: Rect;
}

export interface LaneOptions {
  /** A node's drawn size; the export's box (its stored width when resized) unless the caller measures its own. */
  sizeOf?: (node: PlanNode) => Size;
  /** Space between a lane's edge and its nodes. */
  padding?: number;
  /** Extra space at the lane's start for its name: above the nodes in a row, above them in a column too. */
  header?: number;
}

export const DEFAULT_NODE_SIZE: Size = { width: 200, height: 64 };
export const LANE_PADDING = 24;
export const LANE_HEADER = 28;
/** The depth of a lane with no nodes yet, so there is somewhere to drop one. */
const EMPTY_LANE_DEPTH = DEFAULT_NODE_SIZE.height;

interface Resolved {
  sizeOf: (node: PlanNode) => Size;
  padding: number;
  header: number;
}

/** The exported box of a node: the default size, at the width it was resized to. */
const boxOf = (node: PlanNode): Size => (node.size ? { width: node.size.width, height: DEFAULT_NODE_SIZE.height } : DEFAULT_NODE_SIZE);

const resolve = (options: LaneOptions): Resolved => ({
  sizeOf: options.sizeOf ?? boxOf,
  padding: options.padding ?? LANE_PADDING,
  header: options.header ?? LANE_HEADER,
});

/** The nodes a lane view places: every node but notes. */
export const lanedNodes = (plan: Plan): PlanNode[] => (plan.nodes ?? []).filter((n) => n.type !== 'note');

/** The lane a node belongs to: its owner team when that team exists, else the "No team" lane (null). */
export function laneOf(plan: Plan, node: PlanNode): string | null {
  const owner = node.ownerTeamId;
  return owner !== undefined && (plan.teams ?? []).some((t) => t.id === owner) ? owner : null;
}

interface Extent {
  start: number;
  end: number;
}

/** Along a lane (`main`: x in rows, y in columns) and across it (`cross`). */
function axes(orientation: LaneOrientation) {
  const rows = orientation === 'rows';
  return {
    main: (p: { x: number; y: number }, s: Size): Extent => (rows ? { start: p.x, end: p.x + s.width } : { start: p.y, end: p.y + s.height }),
    cross: (p: { x: number; y: number }, s: Size): Extent => (rows ? { start: p.y, end: p.y + s.height } : { start: p.x, end: p.x + s.width }),
    rect: (main: Extent, cross: Extent): Rect =>
      rows
        ? { x: main.start, y: cross.start, width: main.end - main.start, height: cross.end - cross.start }
        : { x: cross.start, y: main.start, width: cross.end - cross.start, height: main.end - main.start },
  };
}

function span(extents: readonly Extent[]): Extent | null {
  if (extents.length === 0) return null;
  return { start: Math.min(...extents.map((e) => e.start)), end: Math.max(...extents.map((e) => e.end)) };
}

/** The lanes' members in lane order: every team, then "No team" when some node has no known owner. */
function groups(plan: Plan): { teamId: string | null; name: string; nodes: PlanNode[] }[] {
  const teams = plan.teams ?? [];
  const members = new Map<string | null, PlanNode[]>(teams.map((t) => [t.id, []]));
  // One pass over the nodes: a node whose owner names no team goes to "No team".
  for (const node of lanedNodes(plan)) {
    const lane = node.ownerTeamId !== undefined && members.has(node.ownerTeamId) ? node.ownerTeamId : null;
    let list = members.get(lane);
    if (!list) members.set(lane, (list = []));
    list.push(node);
  }
  const out: { teamId: string | null; name: string; nodes: PlanNode[] }[] = teams.map((t) => ({ teamId: t.id, name: t.name, nodes: members.get(t.id)! }));
  const homeless = members.get(null);
  if (homeless) out.push({ teamId: null, name: '', nodes: homeless });
  return out;
}

/**
 * The lanes of a plan, each covering its nodes where they stand, with padding (and room
 * for the name at the top). All lanes share one length (the span of every laned node);
 * across, a lane covers its own nodes, and a lane with none sits after the one before.
 * When nodes of two teams are interleaved the bands overlap: `arrangeLanes` moves the
 * nodes so that they do not.
 */
export function planLanes(plan: Plan, orientation: LaneOrientation, options: LaneOptions = {}): Lane[] {
  const { sizeOf, padding, header } = resolve(options);
  const ax = axes(orientation);
  const all = span(lanedNodes(plan).map((n) => ax.main(n.position, sizeOf(n)))) ?? { start: 0, end: DEFAULT_NODE_SIZE.width };
  const rows = orientation === 'rows';
  const main = { start: all.start - padding - (rows ? 0 : header), end: all.end + padding };
  const lanes = groups(plan).map((g) => ({ g, own: span(g.nodes.map((n) => ax.cross(n.position, sizeOf(n)))) }));
  const depth = EMPTY_LANE_DEPTH + 2 * padding + (rows ? header : 0);
  // Lanes with no nodes before the first that has some are stacked up to where it starts.
  const leading = lanes.findIndex((l) => l.own !== null);
  const firstStart = leading < 0 ? 0 : lanes[leading].own!.start - padding - (rows ? header : 0);
  let cursor = firstStart - Math.max(0, leading < 0 ? lanes.length : leading) * depth;
  return lanes.map(({ g, own }) => {
    const cross = own ? { start: own.start - padding - (rows ? header : 0), end: own.end + padding } : { start: cursor, end: cursor + depth };
    cursor = Math.max(cursor, cross.end);
    return { teamId: g.teamId, name: g.name, nodeIds: g.nodes.map((n) => n.id), bounds: ax.rect(main, cross) };
  });
}

/**
 * Where each node goes so that the lanes follow one another in team order without
 * overlapping: a lane keeps its nodes' places relative to each other and moves across
 * only as far as it must to clear the lane before it. Nodes already in place are not in
 * the result; an arranged plan gives an empty result.
 */
export function arrangeLanes(plan: Plan, orientation: LaneOrientation, options: LaneOptions = {}): Record<string, { x: number; y: number }> {
  const { sizeOf, padding, header } = resolve(options);
  const ax = axes(orientation);
  const rows = orientation === 'rows';
  const lead = padding + (rows ? header : 0);
  const out: Record<string, { x: number; y: number }> = {};
  let cursor: number | null = null;
  for (const g of groups(plan)) {
    const own = span(g.nodes.map((n) => ax.cross(n.position, sizeOf(n))));
    if (!own) {
      if (cursor !== null) cursor += EMPTY_LANE_DEPTH + 2 * padding + (rows ? header : 0);
      continue;
    }
    const start: number = cursor === null ? own.start - lead : Math.max(cursor, own.start - lead);
    const shift: number = start + lead - own.start;
    if (shift !== 0) {
      for (const n of g.nodes) out[n.id] = rows ? { x: n.position.x, y: n.position.y + shift } : { x: n.position.x + shift, y: n.position.y };
    }
    cursor = own.end + shift + padding;
  }
  return out;
}

/**
 * The lane a canvas point falls in (across the lanes: the y of a row, the x of a
 * column), or undefined outside them all. Where bands overlap, the lane whose middle is
 * nearest wins.
 */
export function laneAt(lanes: readonly Lane[], point: { x: number; y: number }, orientation: LaneOrientation): Lane | undefined {
  const rows = orientation === 'rows';
  const at = rows ? point.y : point.x;
  let best: Lane | undefined;
  let bestDistance = Infinity;
  for (const lane of lanes) {
    const start = rows ? lane.bounds.y : lane.bounds.x;
    const size = rows ? lane.bounds.height : lane.bounds.width;
    if (at < start || at >= start + size) continue;
    const distance = Math.abs(at - (start + size / 2));
    if (distance < bestDistance) {
      best = lane;
      bestDistance = distance;
    }
  }
  return best;
}
