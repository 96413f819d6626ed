// Operations on what the canvas draws around the pipeline (docs/format-extensions.md):
// frames (titled rectangles that group nodes), the lane view by owner team, and the
// bend points of a flow. Each is one undoable step, like every other operation.
import { arrangeLanes, type LaneOptions } from '../model/lanes.js';
import type { Frame, Plan, PlanEdge, Position } from '../model/types.js';
import type { LaneOrientation } from '../model/vocabulary.js';
import { applyPatch, dropFromList, idInUse, listOf, mapList, mapNodes, updateInList, withList, withoutUndefined, type Patch } from './shared.js';

type Point = { x: number; y: number };
const finitePoint = (p: Point) => Number.isFinite(p.x) && Number.isFinite(p.y);

/**
 * Move nodes by their own distances, and with them the bend points of every flow
 * whose two ends moved by the same distance (a group moved together keeps its drawing).
 */
function shiftNodes(plan: Plan, deltas: ReadonlyMap<string, Point>): Plan {
  let next = mapNodes(plan, (node) => {
    const d = deltas.get(node.id);
    if (!d || (d.x === 0 && d.y === 0)) return node;
    return { ...node, position: { ...node.position, x: node.position.x + d.x, y: node.position.y + d.y } as Position };
  });
  next = withList(
    next,
    'edges',
    mapList(listOf(next, 'edges'), (edge) => {
      const a = deltas.get(edge.source);
      const b = deltas.get(edge.target);
      if (!edge.points?.length || !a || !b || a.x !== b.x || a.y !== b.y || (a.x === 0 && a.y === 0)) return edge;
      return { ...edge, points: edge.points.map((p) => ({ ...p, x: p.x + a.x, y: p.y + a.y })) };
    }),
  );
  return next;
}

// ---------------------------------------------------------------- frames

/** Add a frame (its id made by the caller with createId), and put the named nodes in it. */
export function addFrame(plan: Plan, frame: Frame, nodeIds: readonly string[] = []): Plan {
  if (idInUse(plan, frame.id)) return plan;
  return putInFrame({ ...plan, frames: [...listOf(plan, 'frames'), withoutUndefined(frame)] }, nodeIds, frame.id);
}

/** Change a frame's title or size (or place it without moving its nodes); a field set to `undefined` is cleared. */
export function updateFrame(plan: Plan, frameId: string, patch: Patch<Frame>): Plan {
  return updateInList(plan, 'frames', frameId, (frame) => applyPatch(frame, patch));
}

/** Move a frame to a new place; its nodes (and the bend points of flows among them) move by the same distance. */
export function moveFrame(plan: Plan, frameId: string, to: Point): Plan {
  const frame = listOf(plan, 'frames').find((f) => f.id === frameId);
  if (!frame || !finitePoint(to)) return plan;
  const delta = { x: to.x - frame.position.x, y: to.y - frame.position.y };
  if (delta.x === 0 && delta.y === 0) return plan;
  const moved = updateInList(plan, 'frames', frameId, (f) => ({ ...f, position: { ...f.position, x: to.x, y: to.y } }));
  const deltas = new Map(listOf(plan, 'nodes').filter((n) => n.frameId === frameId).map((n) => [n.id, delta]));
  return shiftNodes(moved, deltas);
}

/** Remove a frame; its nodes stay where they are, in no frame. */
export function removeFrame(plan: Plan, frameId: string): Plan {
  const frames = dropFromList(listOf(plan, 'frames'), (f) => f.id === frameId);
  if (frames.length === listOf(plan, 'frames').length) return plan;
  return mapNodes(withList(plan, 'frames', frames), (n) => (n.frameId === frameId ? applyPatch(n, { frameId: undefined }) : n));
}

/** Put nodes in a frame (a node is in one frame at most: this takes it out of any other). */
export function putInFrame(plan: Plan, nodeIds: readonly string[], frameId: string): Plan {
  if (!listOf(plan, 'frames').some((f) => f.id === frameId)) return plan;
  const ids = new Set(nodeIds);
  return mapNodes(plan, (n) => (ids.has(n.id) ? applyPatch(n, { frameId }) : n));
}

/** Take nodes out of whatever frame holds them. */
export function takeOutOfFrame(plan: Plan, nodeIds: readonly string[]): Plan {
  const ids = new Set(nodeIds);
  return mapNodes(plan, (n) => (ids.has(n.id) ? applyPatch(n, { frameId: undefined }) : n));
}

// ---------------------------------------------------------------- lanes

/**
 * Turn the lane view on (as rows or columns) or off (`undefined`). Turning it on also
 * moves the nodes into their lanes, one after another in team order, as one step, so
 * the canvas and every export show the same lanes; a frame whose nodes all moved
 * together moves with them.
 */
export function setLaneView(plan: Plan, lanes: LaneOrientation | undefined, options: LaneOptions = {}): Plan {
  const layout = applyPatch(plan.layout ?? {}, { lanes });
  const next = applyPatch(plan, { layout: Object.keys(layout).length ? layout : undefined });
  if (lanes === undefined) return next;
  const positions = arrangeLanes(next, lanes, options);
  const deltas = new Map<string, Point>();
  for (const node of listOf(next, 'nodes')) {
    const to = positions[node.id];
    if (to) deltas.set(node.id, { x: to.x - node.position.x, y: to.y - node.position.y });
  }
  return framesFollow(shiftNodes(next, deltas), deltas);
}

/** Frames whose nodes all moved by one distance move with them; the others stay where they are. */
function framesFollow(plan: Plan, deltas: ReadonlyMap<string, Point>): Plan {
  return withList(
    plan,
    'frames',
    mapList(listOf(plan, 'frames'), (frame) => {
      const moves = listOf(plan, 'nodes')
        .filter((n) => n.frameId === frame.id)
        .map((n) => deltas.get(n.id) ?? { x: 0, y: 0 });
      const d = moves[0];
      if (!d || (d.x === 0 && d.y === 0) || moves.some((m) => m.x !== d.x || m.y !== d.y)) return frame;
      return { ...frame, position: { ...frame.position, x: frame.position.x + d.x, y: frame.position.y + d.y } };
    }),
  );
}

/**
 * A node dropped in a lane: it now belongs to that lane's team (`null`: the "No team"
 * lane) and stands where it was dropped, in one step.
 */
export function moveNodeToLane(plan: Plan, nodeId: string, teamId: string | null, position: Point): Plan {
  if (!finitePoint(position)) return plan;
  if (teamId !== null && !listOf(plan, 'teams').some((t) => t.id === teamId)) return plan;
  return updateInList(plan, 'nodes', nodeId, (node) =>
    applyPatch(node, {
      ownerTeamId: teamId ?? undefined,
      position: { ...node.position, x: position.x, y: position.y } as Position,
    }),
  );
}

// ---------------------------------------------------------------- bend points

function withPoints(plan: Plan, edgeId: string, fn: (points: Point[]) => Point[] | null): Plan {
  return updateInList(plan, 'edges', edgeId, (edge: PlanEdge) => {
    const points = fn(edge.points ?? []);
    if (points === null) return edge;
    return applyPatch(edge, { points: points.length ? points : undefined });
  });
}

/** Add a bend point to a flow at `index` in its order from source to target (appended when out of range). */
export function addBendPoint(plan: Plan, edgeId: string, index: number, point: Point): Plan {
  if (!finitePoint(point)) return plan;
  return withPoints(plan, edgeId, (points) => {
    const at = Number.isInteger(index) && index >= 0 && index <= points.length ? index : points.length;
    return [...points.slice(0, at), { x: point.x, y: point.y }, ...points.slice(at)];
  });
}

/** Drag a flow's bend point to a new place. */
export function moveBendPoint(plan: Plan, edgeId: string, index: number, point: Point): Plan {
  if (!finitePoint(point)) return plan;
  return withPoints(plan, edgeId, (points) =>
    index >= 0 && index < points.length ? points.map((p, i) => (i === index ? { ...p, x: point.x, y: point.y } : p)) : null,
  );
}

/** Remove one bend point of a flow. */
export function removeBendPoint(plan: Plan, edgeId: string, index: number): Plan {
  return withPoints(plan, edgeId, (points) => (index >= 0 && index < points.length ? points.filter((_, i) => i !== index) : null));
}

/** Remove every bend point of a flow: it is routed automatically again. */
export function clearBendPoints(plan: Plan, edgeId: string): Plan {
  return withPoints(plan, edgeId, (points) => (points.length ? [] : null));
}
