// Frames on the canvas (docs/format-extensions.md, `frames`): titled rectangles drawn
// behind the nodes as React Flow nodes of their own type, dragged by their title bar
// (their nodes follow), resized with a NodeResizer. Every change is one plan
// operation, so it is undoable and shared in a workshop like any other edit.
import type { Node, XYPosition } from '@xyflow/react';
import { useMemo } from 'react';
import { create } from 'zustand';
import { collectIds, createId } from '../../../shared/model/ids';
import type { Frame } from '../../../shared/model/types';
import { addFrame, removeFrame, updateFrame } from '../../../shared/ops/index';
import { uiT } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { NODE_HEIGHT, nodeWidth, type FlowNode, type PlanNodeData } from './flowModel';
import { viewCentre } from './viewport';

export interface FrameData extends Record<string, unknown> {
  frame: Frame;
}
export type FrameFlowNode = Node<FrameData, 'frame'>;

/** A frame among React Flow's nodes (the minimap leaves frames out). */
export const isFrameNode = (node: { type?: string }): boolean => node.type === 'frame';

/** Room around the framed nodes, and above them for the title (as the lanes leave). */
const FRAME_PADDING = 24;
const FRAME_HEADER = 28;
const EMPTY_FRAME = { width: 400, height: 240 };

type Rect = { x: number; y: number; width: number; height: number };

/** Which frame's title is being edited, and the rectangle of a frame being resized (drawn until the resize ends). */
export const useFrameUi = create<{ editing: string | null; resizing: ({ id: string } & Rect) | null }>()(() => ({ editing: null, resizing: null }));

function writable(): boolean {
  const { plan, doc } = useDocumentStore.getState();
  return Boolean(plan && !doc?.readOnlyReason);
}

/** A frame around the selected nodes, or an empty one in the middle of the view; its title opens for editing. */
export function frameSelection(): void {
  const { plan, selection, apply } = useDocumentStore.getState();
  if (!plan || !writable()) return;
  const chosen = new Set(selection.nodeIds);
  const nodes = (plan.nodes ?? []).filter((n) => chosen.has(n.id));
  let rect: Rect;
  if (nodes.length > 0) {
    const left = Math.min(...nodes.map((n) => n.position.x));
    const top = Math.min(...nodes.map((n) => n.position.y));
    const right = Math.max(...nodes.map((n) => n.position.x + nodeWidth(n)));
    const bottom = Math.max(...nodes.map((n) => n.position.y + NODE_HEIGHT));
    rect = { x: left - FRAME_PADDING, y: top - FRAME_PADDING - FRAME_HEADER, width: right - left + 2 * FRAME_PADDING, height: bottom - top + 2 * FRAME_PADDING + FRAME_HEADER };
  } else {
    const centre = viewCentre();
    rect = { x: Math.round(centre.x - EMPTY_FRAME.width / 2), y: Math.round(centre.y - EMPTY_FRAME.height / 2), ...EMPTY_FRAME };
  }
  const taken = collectIds(plan);
  const id = createId('frame', (candidate) => taken.has(candidate));
  const frame: Frame = { id, title: uiT('ui.canvas.frames.defaultTitle'), position: { x: rect.x, y: rect.y }, size: { width: rect.width, height: rect.height } };
  apply(uiT('ui.canvas.frames.undoAdd'), (p) => addFrame(p, frame, nodes.map((n) => n.id)));
  if (useDocumentStore.getState().plan?.frames?.some((f) => f.id === id)) useFrameUi.setState({ editing: id });
}

export function renameFrame(id: string, title: string): void {
  useFrameUi.setState({ editing: null });
  useDocumentStore.getState().apply(uiT('ui.canvas.frames.undoRename'), (p) => updateFrame(p, id, { title: title.trim() }));
}

/** Removes a frame; its nodes stay where they are. */
export function deleteFrame(id: string): void {
  useDocumentStore.getState().apply(uiT('ui.canvas.frames.undoDelete'), (p) => removeFrame(p, id));
}

/** A frame's new rectangle after a resize: placed without moving its nodes. */
export function resizeFrame(id: string, rect: Rect): void {
  useFrameUi.setState({ resizing: null });
  useDocumentStore
    .getState()
    .apply(uiT('ui.canvas.frames.undoResize'), (p) =>
      updateFrame(p, id, { position: { x: Math.round(rect.x), y: Math.round(rect.y) }, size: { width: Math.round(rect.width), height: Math.round(rect.height) } }),
    );
}

function frameNode(frame: Frame, resizing: ({ id: string } & Rect) | null, draggable: boolean): FrameFlowNode {
  const r = resizing?.id === frame.id ? resizing : null;
  const width = r ? r.width : frame.size.width;
  const height = r ? r.height : frame.size.height;
  return {
    id: frame.id,
    type: 'frame',
    position: r ? { x: r.x, y: r.y } : frame.position,
    data: { frame },
    width,
    height,
    measured: { width, height },
    // Behind the flows and the nodes; moved by its title bar only, so the rest of it lets clicks through.
    zIndex: -1,
    selectable: false,
    focusable: false,
    draggable,
    dragHandle: '.frame-node__title',
    className: 'flow-frame',
    ariaRole: 'group',
    ariaLabel: uiT('ui.canvas.frames.label', { title: frame.title }),
  };
}

/**
 * The nodes React Flow draws: the frames first (behind), then the plan's nodes, and
 * while a frame is dragged its nodes follow it. React Flow draws frames as nodes of
 * their own type; the canvas's handlers tell them apart by id (dropNodes.ts).
 */
export function useFrameLayer(nodes: FlowNode[], drag: ReadonlyMap<string, XYPosition> | null, draggable: boolean): FlowNode[] {
  const frames = useDocumentStore((s) => s.plan?.frames);
  const resizing = useFrameUi((s) => s.resizing);
  const frameNodes = useMemo(() => (frames ?? []).map((f) => frameNode(f, resizing, draggable)), [frames, resizing, draggable]);
  return useMemo(() => {
    if (frameNodes.length === 0) return nodes;
    const deltas = new Map<string, XYPosition>();
    const placed = frameNodes.map((f) => {
      const at = drag?.get(f.id);
      if (!at) return f;
      deltas.set(f.id, { x: at.x - f.data.frame.position.x, y: at.y - f.data.frame.position.y });
      return { ...f, position: at };
    });
    const shown =
      deltas.size === 0
        ? nodes
        : nodes.map((n) => {
            const planNode = (n.data as Partial<PlanNodeData>).node;
            const d = planNode?.frameId ? deltas.get(planNode.frameId) : undefined;
            return d ? { ...n, position: { x: planNode!.position.x + d.x, y: planNode!.position.y + d.y } } : n;
          });
    return [...(placed as unknown as FlowNode[]), ...shown];
  }, [frameNodes, nodes, drag]);
}
