// What compare mode shows, derived once per (current plan, other copy): the diff
// from the open plan to the other copy, and per node and flow of the canvas how
// it differs. "Added" means only the other copy has it (drawn as a ghost at the
// other copy's position), "removed" that only the open plan has it.
import { diffPlans, type PlanChange, type PlanDiff } from '../../../shared/merge/index';
import { create } from 'zustand';
import { PLAN_SUFFIX } from '../../../shared/model/files';
import type { Plan, PlanEdge, PlanNode } from '../../../shared/model/types';
import { useDocumentStore } from '../store/documentStore';
import { useCompareStore, type OtherCopy } from './compareStore';

export type CompareStatus = 'added' | 'removed' | 'changed' | 'moved';

export interface CompareView {
  other: OtherCopy;
  /** The other copy's name without `.handoff.json`, for markers ("added in churn-it"). */
  shortName: string;
  diff: PlanDiff;
  /** Status of the open plan's nodes and flows that differ (absent: the same in both). */
  nodeStatus: ReadonlyMap<string, CompareStatus>;
  edgeStatus: ReadonlyMap<string, CompareStatus>;
  /** Nodes and flows only the other copy has. */
  addedNodes: PlanNode[];
  addedEdges: PlanEdge[];
  /** Ids of the open plan's nodes (where a ghost flow can end). */
  currentNodeIds: ReadonlySet<string>;
}

export const shortNameOf = (name: string): string => (name.endsWith(PLAN_SUFFIX) ? name.slice(0, -PLAN_SUFFIX.length) : name);

function statusOf(change: PlanChange): CompareStatus {
  if (change.kind === 'changed') return change.minor ? 'moved' : 'changed';
  return change.kind;
}

export function buildCompareView(current: Plan, other: OtherCopy): CompareView {
  const diff = diffPlans(current, other.plan);
  const nodeStatus = new Map<string, CompareStatus>();
  const edgeStatus = new Map<string, CompareStatus>();
  const addedNodeIds = new Set<string>();
  const addedEdgeIds = new Set<string>();
  for (const change of diff.changes) {
    if (change.entity === 'node') {
      if (change.kind === 'added') addedNodeIds.add(change.id);
      else if (nodeStatus.get(change.id) !== 'changed') nodeStatus.set(change.id, statusOf(change));
    } else if (change.entity === 'edge') {
      if (change.kind === 'added') addedEdgeIds.add(change.id);
      else edgeStatus.set(change.id, statusOf(change));
    }
  }
  // A node whose checklist or requirements differ is changed too (unless it is only on one side).
  for (const change of diff.changes) {
    if ((change.entity === 'checklist-item' || change.entity === 'requirement') && change.nodeId !== undefined) {
      const status = nodeStatus.get(change.nodeId);
      if (!addedNodeIds.has(change.nodeId) && status !== 'removed') nodeStatus.set(change.nodeId, 'changed');
    }
  }
  return {
    other,
    shortName: shortNameOf(other.name),
    diff,
    nodeStatus,
    edgeStatus,
    addedNodes: (other.plan.nodes ?? []).filter((n) => addedNodeIds.has(n.id)),
    addedEdges: (other.plan.edges ?? []).filter((e) => addedEdgeIds.has(e.id)),
    currentNodeIds: new Set((current.nodes ?? []).map((n) => n.id)),
  };
}

// One view shared by every reader (canvas overlay, change list), so the diff runs
// once per plan change, not once per reader. The diff of a large plan takes a
// noticeable moment (about 0.25 s at 1,000 nodes), so while the person types or
// drags the last view stays up and the new one is computed once they pause.
const RECOMPUTE_DELAY_MS = 250;

interface ViewState {
  view: CompareView | null;
  /** The plan the view was computed from. */
  plan: Plan | null;
}

const useViewState = create<ViewState>()(() => ({ view: null, plan: null }));
let timer: ReturnType<typeof setTimeout> | undefined;

function recompute(): void {
  clearTimeout(timer);
  timer = undefined;
  const other = useCompareStore.getState().compare;
  const plan = useDocumentStore.getState().plan;
  if (!other || !plan) {
    if (useViewState.getState().view) useViewState.setState({ view: null, plan: null });
    return;
  }
  const state = useViewState.getState();
  if (state.plan === plan && state.view?.other === other) return;
  useViewState.setState({ view: buildCompareView(plan, other), plan });
}

function scheduleRecompute(): void {
  const { view } = useViewState.getState();
  const other = useCompareStore.getState().compare;
  // Entering or leaving compare mode (or another copy) shows at once; edits wait for a pause.
  if (!view || !other || view.other !== other) return recompute();
  clearTimeout(timer);
  timer = setTimeout(recompute, RECOMPUTE_DELAY_MS);
}

useCompareStore.subscribe((s, previous) => {
  if (s.compare !== previous.compare) scheduleRecompute();
});
useDocumentStore.subscribe((s, previous) => {
  if (s.plan !== previous.plan && useCompareStore.getState().compare) scheduleRecompute();
});

/** The compare view, or null when compare mode is off (then nothing is computed). */
export function useCompareView(): CompareView | null {
  return useViewState((s) => s.view);
}
