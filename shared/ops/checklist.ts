// Operations on a node's checklist: what must be done, by whom, by which phase gate.
import type { ChecklistItem, Plan } from '../model/types.js';
import { addNodeItem, mapNodeItem, moveNodeItem, removeNodeItem, updateNodeItem } from './node-items.js';
import type { Patch } from './shared.js';

/** Add an item to a node's checklist (at `index`, or last). */
export function addChecklistItem(plan: Plan, nodeId: string, item: ChecklistItem, index?: number): Plan {
  return addNodeItem(plan, 'checklist', nodeId, item, index);
}

/** Change fields of a checklist item, found by its id on whichever node holds it. */
export function updateChecklistItem(plan: Plan, itemId: string, patch: Patch<ChecklistItem>): Plan {
  return updateNodeItem(plan, 'checklist', itemId, patch);
}

/** Tick or untick an item; `done` sets it explicitly (idempotent for sync), otherwise it flips. */
export function toggleChecklistItem(plan: Plan, itemId: string, done?: boolean): Plan {
  return mapNodeItem(plan, 'checklist', itemId, (item) => {
    const next = done ?? !item.done;
    return next === item.done ? item : { ...item, done: next };
  });
}

/** Move an item to another position in its node's checklist. */
export function moveChecklistItem(plan: Plan, itemId: string, toIndex: number): Plan {
  return moveNodeItem(plan, 'checklist', itemId, toIndex);
}

export function removeChecklistItem(plan: Plan, itemId: string): Plan {
  return removeNodeItem(plan, 'checklist', itemId);
}
