// Operations on several nodes at once (a multi-selection in the editor): each is
// one operation, so one undo step restores every node's own previous value.
import type { DataInfo, Plan, PlanNode } from '../model/types.js';
import type { Classification, Phase } from '../model/vocabulary.js';
import { applyPatch, mapList, mapNodes, withoutUndefined, type Patch } from './shared.js';

/** The same change on every node of `nodeIds`; the same plan when none changes. */
export function updateNodes(plan: Plan, nodeIds: readonly string[], patch: Patch<PlanNode>): Plan {
  const ids = new Set(nodeIds);
  return mapNodes(plan, (node) => (ids.has(node.id) ? applyPatch(node, patch) : node));
}

/**
 * One data classification for every node of `nodeIds`, keeping each node's other
 * data fields; `undefined` clears it, and a `data` left empty is removed.
 */
export function setDataClassification(plan: Plan, nodeIds: readonly string[], classification: Classification | undefined): Plan {
  const ids = new Set(nodeIds);
  return mapNodes(plan, (node) => {
    if (!ids.has(node.id) || node.data?.classification === classification) return node;
    const data: DataInfo = withoutUndefined({ ...node.data, classification });
    return applyPatch(node, { data: Object.keys(data).length === 0 ? undefined : data });
  });
}

/** One phase gate for every checklist item of the nodes of `nodeIds`; `undefined` clears it. */
export function setChecklistPhase(plan: Plan, nodeIds: readonly string[], phase: Phase | undefined): Plan {
  const ids = new Set(nodeIds);
  return mapNodes(plan, (node) => {
    if (!ids.has(node.id) || !node.checklist) return node;
    const checklist = mapList(node.checklist, (item) => applyPatch(item, { phase }));
    return checklist === node.checklist ? node : { ...node, checklist };
  });
}
