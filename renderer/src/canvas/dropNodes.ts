// What a drop on the canvas means, as ONE operation (one undo step): the dragged
// frames move with their nodes, the dragged nodes stand where they were let go,
// a node let go inside a frame joins it (outside every frame: leaves its frame),
// and with the lane view on a node let go in another team's lane changes owner.
import type { Frame, Plan, PlanNode } from '../../../shared/model/types';
import { laneAt, laneOf, planLanes } from '../../../shared/model/lanes';
import { moveFrame, moveNodes, moveNodeToLane, putInFrame, takeOutOfFrame } from '../../../shared/ops/index';
import { uiT } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { NODE_HEIGHT, nodeWidth } from './flowModel';
import { CANVAS_LANE_OPTIONS, laneOrientation } from './lanes';

type Point = { x: number; y: number };

/** Where a node's middle is when its corner stands at `at`. */
function middle(node: PlanNode, at: Point): Point {
  return { x: at.x + nodeWidth(node) / 2, y: at.y + NODE_HEIGHT / 2 };
}

/** The frame a point falls in; where frames overlap, the one drawn last (on top). */
function frameAt(frames: readonly Frame[], point: Point): Frame | undefined {
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i];
    if (point.x >= f.position.x && point.x <= f.position.x + f.size.width && point.y >= f.position.y && point.y <= f.position.y + f.size.height) return f;
  }
  return undefined;
}

/** The drop as an operation on the plan, and how many nodes changed lane (for the undo label). */
function dropOperation(plan: Plan, positions: Readonly<Record<string, Point>>): { operation: (p: Plan) => Plan; laneChanges: number; framesOnly: boolean } {
  const frameIds = new Set((plan.frames ?? []).map((f) => f.id));
  const movedFrames = Object.keys(positions).filter((id) => frameIds.has(id));
  // A node in a frame being moved goes with its frame, wherever the drag put it.
  const carried = new Set(movedFrames);
  const nodes = (plan.nodes ?? []).filter((n) => Object.hasOwn(positions, n.id) && !(n.frameId && carried.has(n.frameId)));
  const orientation = laneOrientation(plan);
  const lanes = orientation ? planLanes(plan, orientation, CANVAS_LANE_OPTIONS) : [];
  const laneMoves = new Map<string, string | null>();
  if (orientation) {
    for (const node of nodes) {
      if (node.type === 'note') continue;
      const lane = laneAt(lanes, middle(node, positions[node.id]), orientation);
      if (lane && lane.teamId !== laneOf(plan, node)) laneMoves.set(node.id, lane.teamId);
    }
  }
  const operation = (p: Plan): Plan => {
    let next = p;
    for (const id of movedFrames) next = moveFrame(next, id, positions[id]);
    next = moveNodes(next, Object.fromEntries(nodes.map((n) => [n.id, positions[n.id]])));
    const frames = next.frames ?? [];
    for (const node of nodes) {
      const frame = frameAt(frames, middle(node, positions[node.id]));
      if (frame && frame.id !== node.frameId) next = putInFrame(next, [node.id], frame.id);
      else if (!frame && node.frameId) next = takeOutOfFrame(next, [node.id]);
    }
    for (const [id, teamId] of laneMoves) next = moveNodeToLane(next, id, teamId, positions[id]);
    return next;
  };
  return { operation, laneChanges: laneMoves.size, framesOnly: nodes.length === 0 && movedFrames.length > 0 };
}

/** Applies a drag's drop (positions by node or frame id) as one undoable step. */
export function dropNodes(positions: Readonly<Record<string, Point>>): void {
  const store = useDocumentStore.getState();
  if (!store.plan) return;
  const { operation, laneChanges, framesOnly } = dropOperation(store.plan, positions);
  const count = Object.keys(positions).length;
  const label = laneChanges
    ? uiT('ui.canvas.lanes.undoMoveToLane', { count: laneChanges })
    : framesOnly
      ? uiT('ui.canvas.frames.undoMove')
      : uiT('ui.canvas.canvas.undoMoveNodes', { count });
  store.apply(label, operation);
}
