// The canvas registers its React Flow instance here so commands that come from
// outside it (native menu, top bar, shortcuts, other panels) can move the view.
import type { ReactFlowInstance } from '@xyflow/react';
import type { FlowEdge, FlowNode } from './flowModel';

let instance: ReactFlowInstance<FlowNode, FlowEdge> | null = null;

export function registerFlow(flow: ReactFlowInstance<FlowNode, FlowEdge> | null): void {
  instance = flow;
}

export function flow(): ReactFlowInstance<FlowNode, FlowEdge> | null {
  return instance;
}

/** The canvas position at the centre of the visible area (where clicked palette items land). */
export function viewCentre(): { x: number; y: number } {
  const pane = document.querySelector('.react-flow');
  if (!instance || !pane) return { x: 0, y: 0 };
  const rect = pane.getBoundingClientRect();
  return instance.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
}

const DURATION = 250;

export function fitView(): void {
  void instance?.fitView({ padding: 0.06, duration: DURATION, maxZoom: 1.1 });
}

export function zoomIn(): void {
  void instance?.zoomIn({ duration: DURATION });
}

export function zoomOut(): void {
  void instance?.zoomOut({ duration: DURATION });
}

/** Brings nodes into view, zooming in only as far as comfortable reading. */
export function revealNodes(nodeIds: string[]): void {
  if (!instance || nodeIds.length === 0) return;
  void instance.fitView({
    nodes: nodeIds.map((id) => ({ id })),
    padding: 0.4,
    duration: 350,
    maxZoom: Math.max(instance.getZoom(), 1),
    minZoom: 0.3,
  });
}
