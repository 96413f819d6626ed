// The lane view on the canvas (docs/format-extensions.md, `layout.lanes`): turning it
// on or off, and the lanes the canvas draws, from the same geometry the exports use
// (shared/model/lanes.ts) with the canvas's own node sizes.
import type { PlanNode, Plan } from '../../../shared/model/types';
import { planLanes, type Lane, type LaneOptions } from '../../../shared/model/lanes';
import type { LaneOrientation } from '../../../shared/model/vocabulary';
import { setLaneView } from '../../../shared/ops/index';
import { uiT } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { NODE_HEIGHT, nodeWidth } from './flowModel';
import { flow } from './viewport';

/** The lanes fit the nodes as the canvas draws them (a long title makes a wider node). */
export const CANVAS_LANE_OPTIONS: LaneOptions = {
  sizeOf: (node: PlanNode) => ({ width: nodeWidth(node), height: NODE_HEIGHT }),
};

export function laneOrientation(plan: Plan | null | undefined): LaneOrientation | undefined {
  const lanes = plan?.layout?.lanes;
  return lanes === 'rows' || lanes === 'columns' ? lanes : undefined;
}

/** The plan's lanes as the canvas draws them, or none with the lane view off. */
export function canvasLanes(plan: Plan): { orientation: LaneOrientation; lanes: Lane[] } | null {
  const orientation = laneOrientation(plan);
  return orientation ? { orientation, lanes: planLanes(plan, orientation, CANVAS_LANE_OPTIONS) } : null;
}

/** Sets the lane view (one undo step; turning it on moves the nodes into their lanes). */
export function setLanes(orientation: LaneOrientation | undefined): void {
  const store = useDocumentStore.getState();
  if (laneOrientation(store.plan) === orientation) return;
  const label =
    orientation === 'rows' ? uiT('ui.canvas.lanes.undoRows') : orientation === 'columns' ? uiT('ui.canvas.lanes.undoColumns') : uiT('ui.canvas.lanes.undoOff');
  store.apply(label, (plan) => setLaneView(plan, orientation, CANVAS_LANE_OPTIONS));
  // The nodes moved into their lanes: show every lane, with its name, once they are drawn.
  if (orientation) requestAnimationFrame(fitLanes);
}

function fitLanes(): void {
  const plan = useDocumentStore.getState().plan;
  const lanes = plan ? canvasLanes(plan)?.lanes : undefined;
  if (!lanes?.length) return;
  const left = Math.min(...lanes.map((l) => l.bounds.x));
  const top = Math.min(...lanes.map((l) => l.bounds.y));
  const right = Math.max(...lanes.map((l) => l.bounds.x + l.bounds.width));
  const bottom = Math.max(...lanes.map((l) => l.bounds.y + l.bounds.height));
  void flow()?.fitBounds({ x: left, y: top, width: right - left, height: bottom - top }, { padding: 0.1, duration: 250 });
}

/** The lane view on (as rows, the pipeline reading left to right) or off. */
export function toggleLaneView(): void {
  setLanes(laneOrientation(useDocumentStore.getState().plan) ? undefined : 'rows');
}
