// Operations on a node's requirements: what is asked of IT (or anyone) for it.
import type { Plan, Requirement } from '../model/types.js';
import { addNodeItem, moveNodeItem, removeNodeItem, updateNodeItem } from './node-items.js';
import type { Patch } from './shared.js';

/** Add a requirement to a node (at `index`, or last). */
export function addRequirement(plan: Plan, nodeId: string, requirement: Requirement, index?: number): Plan {
  return addNodeItem(plan, 'requirements', nodeId, requirement, index);
}

/** Change fields of a requirement, found by its id on whichever node holds it. */
export function updateRequirement(plan: Plan, requirementId: string, patch: Patch<Requirement>): Plan {
  return updateNodeItem(plan, 'requirements', requirementId, patch);
}

export function moveRequirement(plan: Plan, requirementId: string, toIndex: number): Plan {
  return moveNodeItem(plan, 'requirements', requirementId, toIndex);
}

export function removeRequirement(plan: Plan, requirementId: string): Plan {
  return removeNodeItem(plan, 'requirements', requirementId);
}
