// Operations on teams and people. Removing one clears every reference to it, so
// the plan never holds an id that names nothing because of an edit in the app.
import type { Plan, PlanNode, Person, Raci, Team } from '../model/types.js';
import { applyPatch, dropFromList, idInUse, listOf, mapList, mapNodes, updateInList, withList, withoutUndefined, type Patch } from './shared.js';

export function addTeam(plan: Plan, team: Team): Plan {
  if (idInUse(plan, team.id)) return plan;
  return { ...plan, teams: [...listOf(plan, 'teams'), withoutUndefined(team)] };
}

export function updateTeam(plan: Plan, teamId: string, patch: Patch<Team>): Plan {
  return updateInList(plan, 'teams', teamId, (team) => applyPatch(team, patch));
}

/** Remove a team and clear it as any node's owner or operator and any person's team. */
export function removeTeam(plan: Plan, teamId: string): Plan {
  const teams = dropFromList(listOf(plan, 'teams'), (t) => t.id === teamId);
  if (teams.length === listOf(plan, 'teams').length) return plan;
  let next = withList(plan, 'teams', teams);
  next = mapNodes(next, (node) =>
    applyPatch(node, {
      ...(node.ownerTeamId === teamId ? { ownerTeamId: undefined } : {}),
      ...(node.operatorTeamId === teamId ? { operatorTeamId: undefined } : {}),
    }),
  );
  return withList(next, 'people', mapList(listOf(next, 'people'), (p) => (p.teamId === teamId ? applyPatch(p, { teamId: undefined }) : p)));
}

export function addPerson(plan: Plan, person: Person): Plan {
  if (idInUse(plan, person.id)) return plan;
  return { ...plan, people: [...listOf(plan, 'people'), withoutUndefined(person)] };
}

export function updatePerson(plan: Plan, personId: string, patch: Patch<Person>): Plan {
  return updateInList(plan, 'people', personId, (person) => applyPatch(person, patch));
}

function raciWithout(raci: Raci, personId: string): Raci {
  const filtered = (ids: string[] | undefined) => (ids?.includes(personId) ? ids.filter((id) => id !== personId) : ids);
  return applyPatch(raci, {
    responsible: filtered(raci.responsible),
    accountable: raci.accountable === personId ? undefined : raci.accountable,
    consulted: filtered(raci.consulted),
    informed: filtered(raci.informed),
  });
}

function nodeWithoutPerson(node: PlanNode, personId: string): PlanNode {
  let next = node;
  if (node.raci) next = applyPatch(next, { raci: raciWithout(node.raci, personId) });
  if (node.handoff?.maintainerId === personId) next = applyPatch(next, { handoff: applyPatch(node.handoff, { maintainerId: undefined }) });
  if (node.checklist?.some((c) => c.assigneeId === personId)) {
    next = { ...next, checklist: node.checklist.map((c) => (c.assigneeId === personId ? applyPatch(c, { assigneeId: undefined }) : c)) };
  }
  return next;
}

/** Remove a person and clear them from every RACI, handoff maintainer, checklist assignee and question owner. */
export function removePerson(plan: Plan, personId: string): Plan {
  const people = dropFromList(listOf(plan, 'people'), (p) => p.id === personId);
  if (people.length === listOf(plan, 'people').length) return plan;
  let next = withList(plan, 'people', people);
  next = mapNodes(next, (node) => nodeWithoutPerson(node, personId));
  return withList(
    next,
    'questions',
    mapList(listOf(next, 'questions'), (q) => (q.ownerId === personId ? applyPatch(q, { ownerId: undefined }) : q)),
  );
}
