// The teams and people of a plan. Removing one clears every reference to it
// (owners, RACI, assignees…) after a confirmation that says how many there are.
import type { Plan } from '../../../shared/model/types';
import { updatePerson } from '../../../shared/ops/index';
import { TEAM_KINDS, type TeamKind } from '../../../shared/model/vocabulary';
import { useT } from '../i18n';
import { edits } from './edit';
import { AddInput, ConfirmButton, SelectField, TextField } from './fields';
import { TeamSelect } from './NewEntityPickers';
import { usePeople, usePlan, useTeams, vocabularyOptions } from './planHooks';

export function TeamsEditor() {
  const t = useT();
  const teams = useTeams() ?? [];
  const plan = usePlan();
  return (
    <div className="entity-editor">
      {teams.length > 0 && (
        <ul className="entity-list" role="none">
          {teams.map((team) => {
            const name = team.name.trim() || t('ui.inspector.teams.unnamed');
            const uses = plan ? teamReferences(plan, team.id) : 0;
            return (
              <li key={team.id} className="entity-row" role="group" aria-label={name} data-entity-id={team.id}>
                <span className={`team-swatch team-kind-${team.kind}`} aria-hidden="true" />
                <TextField
                  label={t('ui.inspector.teams.name')}
                  hideLabel
                  value={team.name}
                  onCommit={(n) => edits.updateTeam(team.id, { name: n }, `team:${team.id}:name`)} />
                <SelectField
                  label={t('ui.inspector.teams.kind')}
                  hideLabel
                  value={team.kind}
                  options={vocabularyOptions(TEAM_KINDS, (kind) => t(`vocab.teamKind.${kind}`))}
                  onCommit={(kind) => kind && edits.updateTeam(team.id, { kind: kind as TeamKind })}
                />
                <ConfirmButton
                  label={t('ui.inspector.teams.remove', { name })}
                  confirmLabel={t('ui.inspector.removeAndClear', { count: uses })}
                  onConfirm={() => edits.removeTeam(team.id)}
                />
              </li>
            );
          })}
        </ul>
      )}
      <AddInput
        label={t('ui.inspector.teams.new')}
        addLabel={t('ui.inspector.teams.add')}
        placeholder={t('ui.inspector.teams.newPlaceholder')}
        onAdd={(name) => edits.addTeam({ name, kind: 'data-science' })} />
    </div>
  );
}

export function PeopleEditor() {
  const t = useT();
  const people = usePeople() ?? [];
  const plan = usePlan();
  return (
    <div className="entity-editor">
      {people.length > 0 && (
        <ul className="card-list" role="none">
          {people.map((person) => {
            const name = person.name.trim() || t('ui.inspector.people.unnamed');
            const uses = plan ? personReferences(plan, person.id) : 0;
            const key = (field: string) => `person:${person.id}:${field}`;
            return (
              <li key={person.id} className="card person-card" role="group" aria-label={name} data-entity-id={person.id}>
                <div className="card-header">
                  <span className="avatar" aria-hidden="true">
                    {initials(name)}
                  </span>
                  <TextField
                    label={t('ui.inspector.people.name')}
                    hideLabel
                    value={person.name}
                    placeholder={t('ui.inspector.people.name')}
                    onCommit={(n) => edits.updatePerson(person.id, { name: n }, key('name'))} />
                  <TextField
                    label={t('ui.inspector.people.role')}
                    hideLabel
                    value={person.role}
                    placeholder={t('ui.inspector.people.role')}
                    onCommit={(role) => edits.updatePerson(person.id, { role }, key('role'))} />
                  <ConfirmButton
                    label={t('ui.inspector.people.remove', { name })}
                    confirmLabel={t('ui.inspector.removeAndClear', { count: uses })}
                    onConfirm={() => edits.removePerson(person.id)}
                  />
                </div>
                <div className="card-row indent">
                  <TeamSelect
                    label={t('ui.inspector.people.team')}
                    hideLabel
                    value={person.teamId}
                    emptyLabel={t('ui.inspector.teams.noTeam')}
                    onCommit={(teamId) => edits.updatePerson(person.id, { teamId }, key('team'))}
                    assign={(plan, teamId) => updatePerson(plan, person.id, { teamId })}
                  />
                  <TextField
                    label={t('ui.inspector.people.email')}
                    hideLabel
                    type="email"
                    value={person.email}
                    placeholder={t('ui.inspector.people.email')}
                    onCommit={(email) => edits.updatePerson(person.id, { email }, key('email'))} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <AddInput
        label={t('ui.inspector.people.new')}
        addLabel={t('ui.inspector.people.add')}
        placeholder={t('ui.inspector.people.newPlaceholder')}
        onAdd={(name) => edits.addPerson({ name })} />
    </div>
  );
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1][0] ?? '') : '')).toUpperCase() || '?';
}

/** How many fields name this team: owners and operators of nodes, people's teams. */
export function teamReferences(plan: Plan, teamId: string): number {
  let count = 0;
  for (const node of plan.nodes ?? []) {
    if (node.ownerTeamId === teamId) count += 1;
    if (node.operatorTeamId === teamId) count += 1;
  }
  for (const person of plan.people ?? []) if (person.teamId === teamId) count += 1;
  return count;
}

/** How many fields name this person: RACI, maintainers, checklist assignees, question owners. */
export function personReferences(plan: Plan, personId: string): number {
  let count = 0;
  for (const node of plan.nodes ?? []) {
    const raci = node.raci;
    if (raci?.accountable === personId) count += 1;
    for (const list of [raci?.responsible, raci?.consulted, raci?.informed]) if (list?.includes(personId)) count += 1;
    if (node.handoff?.maintainerId === personId) count += 1;
    for (const item of node.checklist ?? []) if (item.assigneeId === personId) count += 1;
  }
  for (const q of plan.questions ?? []) if (q.ownerId === personId) count += 1;
  return count;
}
