// Team and person pickers that create what the plan lacks: their last option,
// "New team…" or "New person…", opens a small form in place, and adding creates
// the team or person and sets the picker to it as one undoable step, so nobody
// has to leave the node for the plan's settings to name an owner.
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { collectIds, createId } from '../../../shared/model/ids';
import type { Plan } from '../../../shared/model/types';
import { TEAM_KINDS, type TeamKind } from '../../../shared/model/vocabulary';
import { addPerson, addTeam } from '../../../shared/ops/index';
import { uiT, useT } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { PeoplePicker, SelectField, type Option } from './fields';
import { usePeopleOptions, useTeamOptions, vocabularyOptions } from './planHooks';

/** What picking the new team or person does: the plan with the picker's field set to `id`. */
export type Assign = (plan: Plan, id: string) => Plan;

function freshId(prefix: string, plan: Plan): string {
  const taken = collectIds(plan);
  return createId(prefix, (id) => taken.has(id));
}

function addTeamAndAssign(name: string, kind: TeamKind, assign: Assign): void {
  useDocumentStore.getState().apply(uiT('ui.inspector.undo.addNamedTeam', { name }), (plan) => {
    const id = freshId('team', plan);
    return assign(addTeam(plan, { id, name, kind }), id);
  });
}

function addPersonAndAssign(name: string, teamId: string | undefined, assign: Assign): void {
  useDocumentStore.getState().apply(uiT('ui.inspector.undo.addNamedPerson', { name }), (plan) => {
    const id = freshId('p', plan);
    return assign(addPerson(plan, { id, name, ...(teamId ? { teamId } : {}) }), id);
  });
}

/** The form in place: a name, one more choice, Add and Cancel (Escape cancels too). */
function InlineNewForm({
  what,
  choiceLabel,
  choice,
  choices,
  emptyChoice,
  onChoice,
  onAdd,
  onCancel,
}: {
  what: 'team' | 'person';
  choiceLabel: string;
  choice: string;
  choices: Option[];
  emptyChoice?: string;
  onChoice(next: string): void;
  onAdd(name: string): void;
  onCancel(): void;
}) {
  const t = useT();
  const nameId = useId();
  const choiceId = useId();
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) onAdd(name.trim());
  };
  const escape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // The form closes; the inspector and the canvas keep their own Escape.
    event.stopPropagation();
    onCancel();
  };
  return (
    <form className="inline-new" aria-label={what === 'team' ? t('ui.inspector.teams.new') : t('ui.inspector.people.new')} onSubmit={submit} onKeyDown={escape}>
      <div className="field">
        <label htmlFor={nameId}>{what === 'team' ? t('ui.inspector.teams.name') : t('ui.inspector.pickers.personName')}</label>
        <input id={nameId} value={name} onChange={(e) => setName(e.target.value)} autoFocus />
      </div>
      <div className="field">
        <label htmlFor={choiceId}>{choiceLabel}</label>
        <select id={choiceId} value={choice} onChange={(e) => onChoice(e.target.value)}>
          {emptyChoice !== undefined && <option value="">{emptyChoice}</option>}
          {choices.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="inline-new__actions">
        <button type="submit" className="button-primary" disabled={!name.trim()}>
          {what === 'team' ? t('ui.inspector.teams.add') : t('ui.inspector.people.add')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('ui.common.cancel')}
        </button>
      </div>
    </form>
  );
}

function NewTeamForm({ assign, onDone }: { assign: Assign; onDone(): void }) {
  const t = useT();
  const [kind, setKind] = useState<TeamKind>('data-science');
  return (
    <InlineNewForm
      what="team"
      choiceLabel={t('ui.inspector.pickers.kind')}
      choice={kind}
      choices={vocabularyOptions(TEAM_KINDS, (k) => t(`vocab.teamKind.${k}`))}
      onChoice={(next) => setKind(next as TeamKind)}
      onAdd={(name) => {
        addTeamAndAssign(name, kind, assign);
        onDone();
      }}
      onCancel={onDone}
    />
  );
}

function NewPersonForm({ assign, defaultTeamId, onDone }: { assign: Assign; defaultTeamId?: string; onDone(): void }) {
  const t = useT();
  const teams = useTeamOptions();
  const [teamId, setTeamId] = useState(defaultTeamId ?? '');
  return (
    <InlineNewForm
      what="person"
      choiceLabel={t('ui.inspector.pickers.theirTeam')}
      choice={teamId}
      choices={teams}
      emptyChoice={t('ui.inspector.teams.noTeam')}
      onChoice={setTeamId}
      onAdd={(name) => {
        addPersonAndAssign(name, teamId || undefined, assign);
        onDone();
      }}
      onCancel={onDone}
    />
  );
}

interface PickerProps {
  label: string;
  value: string | undefined;
  onCommit(next: string | undefined): void;
  emptyLabel?: string;
  assign: Assign;
  hideLabel?: boolean;
  className?: string;
}

/** A team picker whose last option is "New team…". `options` replaces the plan's teams (a "Mixed" entry). */
export function TeamSelect({ options, ...props }: PickerProps & { options?: Option[] }) {
  const t = useT();
  const teams = useTeamOptions();
  const [creating, setCreating] = useState(false);
  return (
    <SelectField {...props} options={options ?? teams} newOption={{ label: t('ui.inspector.pickers.newTeamOption'), onNew: () => setCreating(true) }}>
      {creating && <NewTeamForm assign={props.assign} onDone={() => setCreating(false)} />}
    </SelectField>
  );
}

/** A person picker whose last option is "New person…"; the new person's team starts as `defaultTeamId`. */
export function PersonSelect({ defaultTeamId, ...props }: PickerProps & { defaultTeamId?: string }) {
  const t = useT();
  const people = usePeopleOptions();
  const [creating, setCreating] = useState(false);
  return (
    <SelectField {...props} options={people} newOption={{ label: t('ui.inspector.pickers.newPersonOption'), onNew: () => setCreating(true) }}>
      {creating && <NewPersonForm assign={props.assign} defaultTeamId={defaultTeamId} onDone={() => setCreating(false)} />}
    </SelectField>
  );
}

/** Several people (RACI) with "New person…" among those to add. */
export function PeopleSelect({
  label,
  value,
  onCommit,
  assign,
  defaultTeamId,
}: {
  label: string;
  value: string[] | undefined;
  onCommit(next: string[]): void;
  assign: Assign;
  defaultTeamId?: string;
}) {
  const t = useT();
  const people = usePeopleOptions();
  const [creating, setCreating] = useState(false);
  return (
    <PeoplePicker
      label={label}
      value={value}
      people={people}
      onCommit={onCommit}
      newOption={{ label: t('ui.inspector.pickers.newPersonOption'), onNew: () => setCreating(true) }}
    >
      {creating && <NewPersonForm assign={assign} defaultTeamId={defaultTeamId} onDone={() => setCreating(false)} />}
    </PeoplePicker>
  );
}
