// Automatic layout with ELK ("layered", left to right), run in a Web Worker so
// laying out 1,000 nodes never freezes the window. Applied as one undoable step,
// with the flows' routes (layoutRoutes.ts).
import ELK, { type ElkNode } from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import { applyLayout } from '../../../shared/ops/index';
import { uiT } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { showToast } from '../store/viewStore';
import { GRID, NODE_WIDTH } from './flowModel';
import { elkEdge, ROUTE_OPTIONS, routesOf, withRoutes } from './layoutRoutes';
import { fitView } from './viewport';

let elk: InstanceType<typeof ELK> | null = null;
let running = false;

function layoutEngine(): InstanceType<typeof ELK> {
  elk ??= new ELK({ workerFactory: () => new Worker(elkWorkerUrl) });
  return elk;
}

const LAYOUT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  ...ROUTE_OPTIONS,
  'elk.layered.spacing.nodeNodeBetweenLayers': '96',
  'elk.spacing.nodeNode': '40',
  'elk.spacing.componentComponent': '64',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
};

const snap = (value: number) => Math.round(value / GRID) * GRID;

/** Lays the plan out; `sizeOf` gives each node's drawn size (measured by the canvas). */
export async function autoLayout(sizeOf: (id: string) => { width: number; height: number } | undefined): Promise<void> {
  const plan = useDocumentStore.getState().plan;
  if (!plan || running || (plan.nodes ?? []).length === 0) return;
  const ids = new Set((plan.nodes ?? []).map((n) => n.id));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: LAYOUT_OPTIONS,
    children: (plan.nodes ?? []).map((node) => {
      const size = sizeOf(node.id);
      return { id: node.id, width: size?.width ?? NODE_WIDTH, height: size?.height ?? 80 };
    }),
    edges: (plan.edges ?? [])
      .filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
      .map(elkEdge),
  };
  running = true;
  try {
    const result = await layoutEngine().layout(graph);
    if (useDocumentStore.getState().plan !== plan) {
      showToast(uiT('ui.canvas.layout.planChanged'));
      return;
    }
    const positions: Record<string, { x: number; y: number }> = {};
    const boxes: Record<string, { x: number; y: number; width: number; height: number }> = {};
    for (const child of result.children ?? []) {
      positions[child.id] = { x: snap(child.x ?? 0), y: snap(child.y ?? 0) };
      boxes[child.id] = { ...positions[child.id], width: child.width ?? NODE_WIDTH, height: child.height ?? 80 };
    }
    // One operation (one undo step) moves the nodes and sets the flows' routes.
    const routes = routesOf(result, plan, boxes);
    useDocumentStore.getState().apply(uiT('ui.canvas.layout.undo'), (p) => withRoutes(applyLayout(p, positions), routes));
    requestAnimationFrame(() => fitView());
  } catch (error) {
    showToast(uiT('ui.canvas.layout.failed', { message: error instanceof Error ? error.message : String(error) }), 'error');
  } finally {
    running = false;
  }
}
