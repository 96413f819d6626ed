// Plan → React Flow nodes and edges, keeping object identity for everything that
// did not change. React Flow re-adopts (and React re-renders) only the nodes whose
// object is new, so an edit to one node of 1,000 touches one node, not all of them.
import { MarkerType, Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { Plan, PlanEdge, PlanNode } from '../../../shared/model/types';
import { crossesTeamBoundary, isHandoffPoint } from '../../../shared/rules/index';
import { uiT } from '../i18n';
import type { PlanAnalysis } from '../store/analysis';

export const NODE_WIDTH = 200;
export const NODE_MAX_WIDTH = 360;
/** The drawn height of a plan node (canvas.css); with the width, where its sides are. */
export const NODE_HEIGHT = 78;
/** Average advance of a title character (13 px, semibold) and the node's padding around the title. */
const TITLE_CHAR_WIDTH = 7.4;
const TITLE_PADDING = 32;

/**
 * A node's width from its title, estimated rather than measured so that it is the
 * same near and far (no re-measuring when zooming) and known before the node is
 * drawn; a title still too long is cut with "…" and shown whole in a tooltip.
 */
export function nodeWidth(node: PlanNode): number {
  if (node.type === 'note') return NOTE_WIDTH;
  // Resized by hand (nodes[].size): the title wraps inside that width.
  if (node.size) return node.size.width;
  const wanted = Math.ceil((node.title.length * TITLE_CHAR_WIDTH + TITLE_PADDING) / GRID) * GRID;
  return Math.min(NODE_MAX_WIDTH, Math.max(NODE_WIDTH, wanted));
}

/** How a flow is drawn: orthogonal (the default), straight or curved; the edge's `route` field (docs/format-extensions.md). */
export type EdgeRoute = NonNullable<PlanEdge['route']> | 'orthogonal';

export function edgeRoute(edge: PlanEdge): EdgeRoute {
  return edge.route ?? 'orthogonal';
}

type Side = 't' | 'r' | 'b' | 'l';

/**
 * The sides a flow leaves and enters by, from where the two nodes sit: side by
 * side, it runs from the facing sides; one above the other, from top and bottom.
 * So a flow that goes back or down takes the short way instead of looping round.
 */
export function flowSides(source: { x: number; y: number; w: number; h: number }, target: { x: number; y: number; w: number; h: number }): [Side, Side] {
  const dx = target.x + target.w / 2 - (source.x + source.w / 2);
  const dy = target.y + target.h / 2 - (source.y + source.h / 2);
  // Horizontal unless the nodes overlap in x (one is mostly above the other).
  const gapX = Math.abs(dx) - (source.w + target.w) / 2;
  if (gapX > 0 || Math.abs(dx) >= Math.abs(dy) * 2) return dx >= 0 ? ['r', 'l'] : ['l', 'r'];
  return dy >= 0 ? ['b', 't'] : ['t', 'b'];
}
export const NOTE_WIDTH = 200;
export const GRID = 16;
/**
 * Below this zoom, nodes draw only their title, team colour and finding count,
 * and flows drop their labels: the text is too small to read there. The switch
 * is a class on the React Flow container (FarZoomClass.tsx) that CSS acts on,
 * made once the zoom rests past the line, with hysteresis on the way back.
 */
export const FAR_ZOOM = 0.35;
/**
 * Plans with more nodes than this hide the minimap until asked (it redraws on every
 * frame of a pan), and React Flow draws only the flows near the view, the rest being
 * one SVG layer far out (FarZoomClass.tsx, FarEdges.tsx). Every node stays in the
 * page at every size, in its small far rendering until first seen near, so each
 * node is reachable by its accessible name (its title) and nothing mounts while
 * zooming (mounting nodes as they entered the view cost more than drawing them all).
 */
export const LARGE_PLAN_NODES = 300;

export function isLargePlan(plan: Plan | null | undefined): boolean {
  return (plan?.nodes?.length ?? 0) > LARGE_PLAN_NODES;
}

/**
 * The lowest zoom: fit view must show the whole plan, and a generated 5,000-node
 * plan is about 30,000 units wide (at 0.1, fit view showed 685 of 1,000 nodes).
 */
export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 2.5;

/** The drag-and-drop data type of a palette item (its value is the node type). */
export const PALETTE_DRAG_TYPE = 'application/x-handoff-node-type';

/** What a node draws; every field is a primitive or the plan's own node object, so equality is cheap. */
export interface PlanNodeData extends Record<string, unknown> {
  node: PlanNode;
  ownerColor: string | undefined;
  ownerName: string | undefined;
  operatorName: string | undefined;
  accountableInitials: string | undefined;
  accountableName: string | undefined;
  checklistDone: number;
  checklistTotal: number;
  errors: number;
  warnings: number;
  handoff: boolean;
  /** The node's width: wider for a long title, up to NODE_MAX_WIDTH (nodeWidth). */
  width: number;
}

export type FlowNode = Node<PlanNodeData, 'plan' | 'note'>;
/** A flow's bend points (`edges[].points`), kept as the plan's own array so equality is cheap. */
export type FlowEdge = Edge<{ points?: PlanEdge['points'] }>;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where a node is drawn: its position, and its measured size or the size its data gives it. */
export function nodeBox(node: FlowNode): Box {
  const width = node.measured?.width ?? node.data.width ?? NOTE_WIDTH;
  return { x: node.position.x, y: node.position.y, w: width, h: node.measured?.height ?? NODE_HEIGHT };
}

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = words[0][0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1][0] ?? '') : (words[0][1] ?? '');
  return (first + last).toUpperCase();
}

function sameData(a: PlanNodeData, b: PlanNodeData): boolean {
  for (const key in a) if (a[key] !== b[key]) return false;
  return true;
}

type Size = { width: number; height: number };

/** The drawn size of a connection handle (canvas.css `.plan-handle`). */
const HANDLE_SIZE = 10;
const handlesByWidth = new Map<number, NodeHandle[]>();

/**
 * Where a plan node's four handles sit (their box relative to the node's corner):
 * centred on each side inside the node's 1 px border, as the DOM draws them. Given
 * to React Flow with the node's known size, a node and its flows are drawn in the
 * first frame, before React Flow has measured anything.
 */
export function planNodeHandles(width: number): NodeHandle[] {
  let handles = handlesByWidth.get(width);
  if (!handles) {
    const half = HANDLE_SIZE / 2;
    const at = (id: string, position: Position, x: number, y: number): NodeHandle => ({ id, type: 'source', position, x, y, width: HANDLE_SIZE, height: HANDLE_SIZE });
    const midX = width / 2 - half;
    const midY = NODE_HEIGHT / 2 - half;
    handles = [
      at('t', Position.Top, midX, 1 - half),
      at('r', Position.Right, width - 1 - half, midY),
      at('b', Position.Bottom, midX, NODE_HEIGHT - 1 - half),
      at('l', Position.Left, 1 - half, midY),
    ];
    handlesByWidth.set(width, handles);
  }
  return handles;
}

const ARROW = { type: MarkerType.ArrowClosed, width: 18, height: 18 } as const;
/** The edge view (PlanEdgeView.tsx) for each route. */
const EDGE_VIEW: Record<EdgeRoute, string> = { orthogonal: 'plan', straight: 'plan-straight', curved: 'plan-curved' };

export function edgeLabelText(edge: PlanEdge): string {
  const parts = [edge.label, edge.protocol ? uiT(`vocab.protocol.${edge.protocol}`) : undefined, edge.frequency].filter(
    (part): part is string => Boolean(part && part.trim()),
  );
  return parts.join(' · ');
}

/** Remembers the last nodes and edges built, and each node's measured size, across plan changes. */
export class FlowCache {
  private nodes = new Map<string, FlowNode>();
  private edges = new Map<string, FlowEdge>();
  private measured = new Map<string, Size>();

  /**
   * Records a node's measured size. The size is also written onto the node object
   * React Flow already holds (our own object, read by React Flow only when it adopts
   * a node), so the size survives a later re-adoption without re-rendering all nodes now.
   */
  setMeasured(id: string, size: Size): void {
    const known = this.measured.get(id);
    if (known && known.width === size.width && known.height === size.height) return;
    this.measured.set(id, size);
    const node = this.nodes.get(id);
    if (node) node.measured = size;
  }

  measuredSize(id: string): Size | undefined {
    return this.measured.get(id);
  }

  buildNodes(plan: Plan, analysis: PlanAnalysis, selected: ReadonlySet<string>): FlowNode[] {
    const teams = new Map((plan.teams ?? []).map((t) => [t.id, t.name]));
    const people = new Map((plan.people ?? []).map((p) => [p.id, p.name]));
    const next = new Map<string, FlowNode>();
    const out = (plan.nodes ?? []).map((node) => {
      const counts = analysis.byNode.get(node.id);
      const checklist = node.checklist ?? [];
      const accountableName = node.raci?.accountable ? people.get(node.raci.accountable) : undefined;
      const data: PlanNodeData = {
        node,
        ownerColor: node.ownerTeamId ? analysis.teamColors.get(node.ownerTeamId) : undefined,
        ownerName: node.ownerTeamId ? teams.get(node.ownerTeamId) : undefined,
        operatorName: node.operatorTeamId ? teams.get(node.operatorTeamId) : undefined,
        accountableInitials: accountableName ? initials(accountableName) : undefined,
        accountableName,
        checklistDone: checklist.reduce((n, item) => (item.done ? n + 1 : n), 0),
        checklistTotal: checklist.length,
        errors: counts?.errors ?? 0,
        warnings: counts?.warnings ?? 0,
        handoff: node.type !== 'note' && isHandoffPoint(node),
        width: nodeWidth(node),
      };
      const isSelected = selected.has(node.id);
      const previous = this.nodes.get(node.id);
      let flowNode: FlowNode;
      if (previous && previous.selected === isSelected && sameData(previous.data, data)) {
        flowNode = previous;
      } else {
        const type = node.type === 'note' ? 'note' : 'plan';
        flowNode = {
          id: node.id,
          type,
          position: node.position,
          data: previous && sameData(previous.data, data) ? previous.data : data,
          selected: isSelected,
          ariaLabel: node.title,
          className: type === 'note' ? 'flow-note' : 'flow-plan',
          // A plan node's size is fixed by its data (canvas.css); a note grows with its text and is measured.
          ...(type === 'plan' ? { measured: { width: data.width, height: NODE_HEIGHT }, handles: planNodeHandles(data.width) } : { measured: this.measured.get(node.id) }),
        };
      }
      next.set(node.id, flowNode);
      return flowNode;
    });
    this.nodes = next;
    for (const id of this.measured.keys()) if (!next.has(id)) this.measured.delete(id);
    return out;
  }

  buildEdges(plan: Plan, analysis: PlanAnalysis, selected: ReadonlySet<string>): FlowEdge[] {
    const byId = new Map<string, PlanNode>((plan.nodes ?? []).map((n) => [n.id, n]));
    const next = new Map<string, FlowEdge>();
    const box = (node: PlanNode) => {
      const size = this.measured.get(node.id);
      return { x: node.position.x, y: node.position.y, w: size?.width ?? nodeWidth(node), h: size?.height ?? NODE_HEIGHT };
    };
    const out = (plan.edges ?? []).map((edge) => {
      const boundary = crossesTeamBoundary(byId, edge);
      const severity = analysis.edgeSeverity.get(edge.id);
      const className = ['flow-edge', boundary ? 'edge--boundary' : '', severity ? `edge--${severity}` : ''].filter(Boolean).join(' ');
      const label = edgeLabelText(edge);
      const isSelected = selected.has(edge.id);
      const source = byId.get(edge.source)?.title ?? edge.source;
      const target = byId.get(edge.target)?.title ?? edge.target;
      const ariaLabel = uiT('ui.canvas.edge.ariaLabel', { source, target });
      const sourceNode = byId.get(edge.source);
      const targetNode = byId.get(edge.target);
      const [sourceHandle, targetHandle] = sourceNode && targetNode ? flowSides(box(sourceNode), box(targetNode)) : ['r', 'l'];
      const type = EDGE_VIEW[edgeRoute(edge)];
      const previous = this.edges.get(edge.id);
      const flowEdge: FlowEdge =
        previous &&
        previous.source === edge.source &&
        previous.target === edge.target &&
        previous.sourceHandle === sourceHandle &&
        previous.targetHandle === targetHandle &&
        previous.type === type &&
        previous.className === className &&
        previous.label === (label || undefined) &&
        previous.selected === isSelected &&
        previous.ariaLabel === ariaLabel &&
        previous.data?.points === edge.points
          ? previous
          : {
              id: edge.id,
              type,
              source: edge.source,
              target: edge.target,
              sourceHandle,
              targetHandle,
              label: label || undefined,
              className,
              selected: isSelected,
              ariaLabel,
              markerEnd: ARROW,
              data: { points: edge.points },
            };
      next.set(edge.id, flowEdge);
      return flowEdge;
    });
    this.edges = next;
    return out;
  }
}
