// Every panel edit as one named operation from shared/ops, applied through the
// document store so it lands in the undo history. Text fields pass a coalesce
// key per field: a burst of typing in one field becomes one undo step. Undo labels
// are in the interface language of the moment the edit was made.
import { collectIds, createId } from '../../../shared/model/ids';
import type { Business, ChecklistItem, Milestone, Person, PlanEdge, PlanNode, Question, Requirement, Team } from '../../../shared/model/types';
import type { Phase, SignOffRole } from '../../../shared/model/vocabulary';
import * as ops from '../../../shared/ops/index';
import type { Patch, PlanFieldsPatch } from '../../../shared/ops/index';
import type { Plan } from '../../../shared/model/types';
import { uiT } from '../i18n';
import { useDocumentStore } from '../store/documentStore';

function apply(label: string, operation: (plan: Plan) => Plan, coalesceKey?: string): void {
  useDocumentStore.getState().apply(label, operation, coalesceKey === undefined ? undefined : { coalesceKey });
}

/** A fresh id for a new entity, unique in the plan as it is now. */
function newId(prefix: string, plan: Plan): string {
  const taken = collectIds(plan);
  return createId(prefix, (id) => taken.has(id));
}

/**
 * Nested objects (RACI, handoff, data) without their cleared fields, and absent
 * when nothing is left, so the plan in memory matches the file it will become.
 */
function tidy<T extends object>(value: T | undefined): T | undefined {
  if (value === undefined) return undefined;
  const kept = Object.entries(value).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0));
  return kept.length === 0 ? undefined : (Object.fromEntries(kept) as T);
}

function tidyPatch<T extends { raci?: unknown; handoff?: unknown; data?: unknown }>(patch: T): T {
  const out = { ...patch };
  for (const key of ['raci', 'handoff', 'data'] as const) {
    if (key in out) (out as Record<string, unknown>)[key] = tidy(out[key] as object | undefined);
  }
  return out;
}

/** The declared fields of an entity, without the loose schema's index signature (which swallows `Omit`). */
type Known<T> = { [K in keyof T as string extends K ? never : K]: T[K] };
type New<T, Exclude extends string = 'id'> = Omit<Known<T>, Exclude>;
type NewChecklistItem = New<ChecklistItem, 'id' | 'done'>;

export const edits = {
  nodeFields(nodeId: string, patch: Patch<PlanNode>, coalesceKey?: string) {
    apply(uiT('ui.inspector.undo.editNode'), (plan) => ops.updateNode(plan, nodeId, tidyPatch(patch)), coalesceKey);
  },

  addChecklistItem(nodeId: string, item: NewChecklistItem) {
    apply(uiT('ui.inspector.undo.addChecklistItem'), (plan) => ops.addChecklistItem(plan, nodeId, { ...item, id: newId('c', plan), done: false }));
  },
  addChecklistItems(nodeId: string, items: NewChecklistItem[]) {
    apply(uiT('ui.inspector.undo.addChecklistItems'), (plan) =>
      items.reduce((next, item) => ops.addChecklistItem(next, nodeId, { ...item, id: newId('c', next), done: false }), plan),
    );
  },
  updateChecklistItem(_nodeId: string, itemId: string, patch: Patch<ChecklistItem>, coalesceKey?: string) {
    apply(uiT('ui.inspector.undo.editChecklistItem'), (plan) => ops.updateChecklistItem(plan, itemId, patch), coalesceKey);
  },
  toggleChecklistItem(_nodeId: string, itemId: string) {
    apply(uiT('ui.inspector.undo.checkChecklistItem'), (plan) => ops.toggleChecklistItem(plan, itemId));
  },
  moveChecklistItem(_nodeId: string, itemId: string, toIndex: number) {
    apply(uiT('ui.inspector.undo.reorderChecklist'), (plan) => ops.moveChecklistItem(plan, itemId, toIndex));
  },
  removeChecklistItem(_nodeId: string, itemId: string) {
    apply(uiT('ui.inspector.undo.deleteChecklistItem'), (plan) => ops.removeChecklistItem(plan, itemId));
  },

  /** Returns the new requirement's id, so a quick fix can focus it. */
  addRequirement(nodeId: string, requirement: New<Requirement>, label = uiT('ui.inspector.undo.addRequirement')): string | undefined {
    let id: string | undefined;
    apply(label, (plan) => ops.addRequirement(plan, nodeId, { ...requirement, id: (id = newId('r', plan)) }));
    return id;
  },
  updateRequirement(_nodeId: string, requirementId: string, patch: Patch<Requirement>, coalesceKey?: string) {
    apply(uiT('ui.inspector.undo.editRequirement'), (plan) => ops.updateRequirement(plan, requirementId, patch), coalesceKey);
  },
  removeRequirement(_nodeId: string, requirementId: string) {
    apply(uiT('ui.inspector.undo.removeRequirement'), (plan) => ops.removeRequirement(plan, requirementId));
  },

  edgeFields(edgeId: string, patch: Patch<PlanEdge>, coalesceKey?: string) {
    apply(uiT('ui.inspector.undo.editConnection'), (plan) => ops.updateEdge(plan, edgeId, tidyPatch(patch)), coalesceKey);
  },

  planFields(patch: PlanFieldsPatch, coalesceKey?: string) {
    apply(uiT('ui.inspector.undo.editPlan'), (plan) => ops.updatePlanFields(plan, patch), coalesceKey);
  },
  business(patch: Patch<Business>, coalesceKey?: string) {
    apply(uiT('ui.inspector.undo.editBusiness'), (plan) => ops.updateBusiness(plan, patch), coalesceKey);
  },
  setPhase(phase: Phase) {
    apply(uiT('ui.inspector.undo.changePhase'), (plan) => ops.setPhase(plan, phase));
  },
  milestone(phase: Phase, patch: Patch<Omit<Milestone, 'phase'>>, coalesceKey?: string) {
    apply(uiT('ui.inspector.undo.editMilestone'), (plan) => ops.setMilestone(plan, phase, patch), coalesceKey);
  },

  addTeam(team: New<Team>) {
    apply(uiT('ui.inspector.undo.addTeam'), (plan) => ops.addTeam(plan, { ...team, id: newId('team', plan) }));
  },
  updateTeam(teamId: string, patch: Patch<Team>, coalesceKey?: string) {
    apply(uiT('ui.inspector.undo.editTeam'), (plan) => ops.updateTeam(plan, teamId, patch), coalesceKey);
  },
  removeTeam(teamId: string) {
    apply(uiT('ui.inspector.undo.removeTeam'), (plan) => ops.removeTeam(plan, teamId));
  },
  addPerson(person: New<Person>) {
    apply(uiT('ui.inspector.undo.addPerson'), (plan) => ops.addPerson(plan, { ...person, id: newId('p', plan) }));
  },
  updatePerson(personId: string, patch: Patch<Person>, coalesceKey?: string) {
    apply(uiT('ui.inspector.undo.editPerson'), (plan) => ops.updatePerson(plan, personId, patch), coalesceKey);
  },
  removePerson(personId: string) {
    apply(uiT('ui.inspector.undo.removePerson'), (plan) => ops.removePerson(plan, personId));
  },

  addQuestion(question: New<Question>) {
    apply(uiT('ui.inspector.undo.addQuestion'), (plan) => ops.addQuestion(plan, { ...question, id: newId('q', plan) }));
  },
  updateQuestion(questionId: string, patch: Patch<Question>, coalesceKey?: string) {
    apply(uiT('ui.inspector.undo.editQuestion'), (plan) => ops.updateQuestion(plan, questionId, patch), coalesceKey);
  },
  removeQuestion(questionId: string) {
    apply(uiT('ui.inspector.undo.removeQuestion'), (plan) => ops.removeQuestion(plan, questionId));
  },

  bulkOwner(nodeIds: readonly string[], ownerTeamId: string | undefined) {
    apply(uiT('ui.inspector.undo.setOwnerTeam'), (plan) => nodeIds.reduce((next, id) => ops.updateNode(next, id, { ownerTeamId }), plan));
  },
  signOffNode(nodeId: string, personId: string, role: SignOffRole) {
    apply(uiT('ui.inspector.undo.signOff'), (plan) => ops.signOff(plan, { id: newId('so', plan), personId, role, date: new Date().toISOString(), nodeId }));
  },
  /** Signs the gate out of `gate`: the plan's content as it is now. */
  signOffGate(gate: Phase, personId: string, role: SignOffRole) {
    apply(uiT('ui.inspector.undo.signOffGate'), (plan) => ops.signOff(plan, { id: newId('so', plan), personId, role, date: new Date().toISOString(), gate }));
  },
  removeSelection(nodeIds: readonly string[], edgeIds: readonly string[]) {
    apply(uiT('ui.inspector.undo.delete'), (plan) => ops.removeNodes(ops.removeEdges(plan, edgeIds), nodeIds));
  },
};
