// What compare mode shows, derived once per (current plan, other copy): the diff
// from the open plan to the other copy, and per node and flow of the canvas how
// it differs. "Added" means only the other copy has it (drawn as a ghost at the
// other copy's position), "removed" that only the open plan has it.
import { diffPlans, type PlanChange, type PlanDiff } from '../../../shared/merge/index';
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

export const PLAN_SUFFIX = '.handoff.json';
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

// One view shared by every component that asks (canvas overlay, change list), so
// the diff runs once per plan change, not once per reader.
let last: { plan: Plan; other: OtherCopy; view: CompareView } | null = null;

export function compareViewOf(plan: Plan, other: OtherCopy): CompareView {
  if (last && last.plan === plan && last.other === other) return last.view;
  const view = buildCompareView(plan, other);
  last = { plan, other, view };
  return view;
}

/** The compare view, or null when compare mode is off (then nothing is computed). */
export function useCompareView(): CompareView | null {
  const other = useCompareStore((s) => s.compare);
  const plan = useDocumentStore((s) => (other ? s.plan : null));
  if (!other || !plan) return null;
  return compareViewOf(plan, other);
}
