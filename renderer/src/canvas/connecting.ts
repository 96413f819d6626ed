// Making and re-making flows between nodes, from the canvas (drag a handle, drag
// an edge's end) or the keyboard ("Connect to…"). A connection the plan refuses
// says why instead of doing nothing.
import { collectIds, createId } from '../../../shared/model/ids';
import type { Plan } from '../../../shared/model/types';
import { connect, updateEdge } from '../../../shared/ops/index';
import { uiT } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { showToast } from '../store/viewStore';

const titleOf = (plan: Plan, id: string) => plan.nodes?.find((n) => n.id === id)?.title ?? id;

/** Why a flow from `source` to `target` cannot be added (null when it can); `ignoreEdgeId`: the edge being moved. */
export function refusal(plan: Plan, source: string, target: string, ignoreEdgeId?: string): string | null {
  if (source === target) return uiT('ui.canvas.connect.sameNode', { title: titleOf(plan, source) });
  const existing = plan.edges?.find((e) => e.id !== ignoreEdgeId && e.source === source && e.target === target);
  if (existing) return uiT('ui.canvas.connect.exists', { source: titleOf(plan, source), target: titleOf(plan, target) });
  return null;
}

/** Adds a flow and selects it; says why when the plan refuses it. Returns the new edge's id. */
export function connectNodes(source: string, target: string): string | null {
  const { plan, apply, setSelection } = useDocumentStore.getState();
  if (!plan) return null;
  const reason = refusal(plan, source, target);
  if (reason) {
    showToast(reason, 'error');
    return null;
  }
  const taken = collectIds(plan);
  const id = createId('e', (candidate) => taken.has(candidate));
  apply(uiT('ui.canvas.connect.undoConnect'), (p) => connect(p, { id, source, target }));
  if (useDocumentStore.getState().plan === plan) return null;
  setSelection({ nodeIds: [], edgeIds: [id] });
  return id;
}

/** Moves one or both ends of a flow, as one undo step. */
export function reconnectEdge(edgeId: string, source: string, target: string): void {
  const { plan, apply } = useDocumentStore.getState();
  const edge = plan?.edges?.find((e) => e.id === edgeId);
  if (!plan || !edge || (edge.source === source && edge.target === target)) return;
  const reason = refusal(plan, source, target, edgeId);
  if (reason) {
    showToast(reason, 'error');
    return;
  }
  apply(uiT('ui.canvas.connect.undoReconnect'), (p) => updateEdge(p, edgeId, { source, target }));
}
