// Auto-layout's flows: ELK routes them at right angles around the nodes, with each
// flow's label given as an edge label of its drawn size, so ELK keeps room for the
// label on the route, clear of the nodes. Where that route pays (a labelled flow, or
// one that passes more than one layer, which a plain right-angle line would draw
// through the nodes in between), it becomes the flow's bend points.
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Plan, PlanEdge } from '../../../shared/model/types';
import { updateEdge } from '../../../shared/ops/index';
import { LABEL_HEIGHT, labelWidth, type Point } from './edgeRoute';
import { edgeLabelText } from './flowModel';

/** Layout options for the flows (merged into the graph's options). */
export const ROUTE_OPTIONS = {
  'elk.edgeRouting': 'ORTHOGONAL',
  // Flows without ports meet a node at one point of a side, as the canvas draws them (its handles are centred).
  'elk.layered.mergeEdges': 'true',
  'elk.spacing.edgeNode': '24',
  'elk.spacing.edgeEdge': '16',
  'elk.layered.spacing.edgeNodeBetweenLayers': '24',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '16',
  'elk.spacing.edgeLabel': '6',
};

const LABEL_OPTIONS = { 'elk.edgeLabels.inline': 'true', 'elk.edgeLabels.placement': 'CENTER' };

/** A flow as ELK takes it: with its label's drawn size (PlanEdgeView.tsx) when it has one. */
export function elkEdge(edge: PlanEdge): ElkExtendedEdge {
  const text = edgeLabelText(edge);
  return {
    id: edge.id,
    sources: [edge.source],
    targets: [edge.target],
    ...(text ? { labels: [{ id: `${edge.id}:label`, text, width: labelWidth(text) + 8, height: LABEL_HEIGHT + 4, layoutOptions: LABEL_OPTIONS }] } : {}),
  };
}

type Box = { x: number; y: number; width: number; height: number };

/**
 * Each laid-out flow's bend points, or undefined where the canvas's own route is as
 * good (which also drops points left from before the layout). `boxes` are the nodes
 * where they land (snapped to the grid): the route's first and last legs are moved
 * onto the centres of the sides they leave and enter, where the canvas's handles are.
 */
export function routesOf(result: ElkNode, plan: Plan, boxes: Readonly<Record<string, Box>>): Map<string, Point[] | undefined> {
  const byId = new Map((plan.edges ?? []).map((e) => [e.id, e]));
  const routes = new Map<string, Point[] | undefined>();
  for (const laid of result.edges ?? []) {
    const edge = byId.get(laid.id);
    const section = laid.sections?.[0];
    if (!edge || !section) continue;
    const bends = (section.bendPoints ?? []).map((p) => ({ x: Math.round(p.x), y: Math.round(p.y) }));
    const source = boxes[edge.source];
    const target = boxes[edge.target];
    const backwards = source && target ? section.startPoint.x > section.endPoint.x : false;
    const pays = bends.length > 0 && (Boolean(edgeLabelText(edge)) || bends.length > 2 || backwards);
    if (!pays || !source || !target) {
      routes.set(edge.id, undefined);
      continue;
    }
    alignEnd(bends, 0, section.startPoint, source);
    alignEnd(bends, bends.length - 1, section.endPoint, target);
    routes.set(edge.id, bends);
  }
  return routes;
}

/** Moves the bend point next to an end onto the line from the centre of the side the end sits on. */
function alignEnd(bends: Point[], index: number, end: Point, box: Box): void {
  const bend = bends[index];
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  if (Math.abs(bend.y - end.y) < 1) bend.y = Math.round(centre.y);
  else if (Math.abs(bend.x - end.x) < 1) bend.x = Math.round(centre.x);
}

/** Sets every laid-out flow's bend points (part of auto-layout's one operation). */
export function withRoutes(plan: Plan, routes: ReadonlyMap<string, Point[] | undefined>): Plan {
  let next = plan;
  for (const [edgeId, points] of routes) next = updateEdge(next, edgeId, { points: points as PlanEdge['points'] });
  return next;
}
