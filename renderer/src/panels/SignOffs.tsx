// Sign-offs of a handoff point (in the node inspector) and of the phase gates (in
// the plan inspector): who signed, in which role and when, and whether what they
// signed still holds (valid) or has changed since (stale); and "Sign off as…" /
// "Sign off gate…" to sign it as the plan is now. Stale sign-offs stay listed.
import { useMemo, useState, type ReactNode } from 'react';
import type { Person, PlanNode, SignOff } from '../../../shared/model/types';
import { PHASE_LABELS, SIGNOFF_ROLES, SIGNOFF_ROLE_LABELS, type Phase, type SignOffRole } from '../../../shared/model/vocabulary';
import { nodeSignOffs, signOffStatuses, type SignOffStatus } from '../../../shared/signoff/index';
import { personNamed } from '../settings/author';
import { authorName } from '../settings/settingsStore';
import { edits } from './edit';
import { SelectField } from './fields';
import { PHASE_OPTIONS, usePeople, usePeopleOptions, usePlan, vocabularyOptions } from './planHooks';

const ROLE_OPTIONS = vocabularyOptions(SIGNOFF_ROLES, SIGNOFF_ROLE_LABELS);

export function SignOffs({ node }: { node: PlanNode }) {
  const plan = usePlan();
  const statuses = useMemo(() => (plan ? nodeSignOffs(signOffStatuses(plan), node.id) : []), [plan, node.id]);
  return (
    <SignOffPanel
      statuses={statuses}
      listLabel="Sign-offs"
      empty="Nobody has signed off this handoff yet."
      changedWhy="Changed since it was signed"
      action="Sign off as…"
      form={(done) => (
        <SignOffForm
          label="Sign off"
          hint="This signs the node as it is now: its fields, checklist, requirements and connections."
          roleFor={(person) => (person?.teamId && person.teamId === node.operatorTeamId ? 'operator' : 'owner')}
          onSign={(personId, role) => edits.signOffNode(node.id, personId, role)}
          onDone={done}
        />
      )}
    />
  );
}

/** The sign-offs of the phase gates (each the gate out of its phase), newest first, and "Sign off gate…". */
export function GateSignOffs({ phase }: { phase: Phase }) {
  const plan = usePlan();
  const statuses = useMemo(() => (plan ? signOffStatuses(plan).filter((s) => s.signoff.gate !== undefined).reverse() : []), [plan]);
  const teams = plan?.teams;
  // The gate to sign is the one out of the current phase: the next one the plan passes.
  const [gate, setGate] = useState<Phase>(phase);
  return (
    <SignOffPanel
      statuses={statuses}
      listLabel="Gate sign-offs"
      empty="Nobody has signed off a phase gate yet."
      changedWhy="The plan has changed since it was signed"
      what={(s) => gateName(s.signoff)}
      action="Sign off gate…"
      form={(done) => (
        <SignOffForm
          label="Sign off gate"
          hint="This signs the plan's content as it is now; moving to the next phase or marking a milestone done keeps it valid."
          roleFor={(person) => (teams?.find((t) => t.id === person?.teamId)?.kind === 'it' ? 'operator' : 'owner')}
          onSign={(personId, role) => edits.signOffGate(gate, personId, role)}
          onDone={done}
        >
          <SelectField label="Gate" value={gate} options={GATE_OPTIONS} onCommit={(p) => p && setGate(p as Phase)} />
        </SignOffForm>
      )}
    />
  );
}

const GATE_OPTIONS = PHASE_OPTIONS.map((o) => ({ value: o.value, label: `${o.label} gate` }));
const gateName = (s: SignOff) => `${PHASE_LABELS[s.gate as Phase]} gate`;

interface SignOffPanelProps {
  statuses: readonly SignOffStatus[];
  listLabel: string;
  empty: string;
  /** Why a current sign-off is stale. */
  changedWhy: string;
  /** What was signed, where the list holds more than one target. */
  what?(status: SignOffStatus): string;
  action: string;
  form(done: () => void): ReactNode;
}

function SignOffPanel({ statuses, listLabel, empty, changedWhy, what, action, form }: SignOffPanelProps) {
  const people = usePeopleOptions();
  const [signing, setSigning] = useState(false);
  const name = (id: string) => people.find((p) => p.value === id)?.label ?? `person "${id}"`;
  return (
    <div className="signoffs">
      {statuses.length === 0 ? (
        <p className="hint">{empty}</p>
      ) : (
        <ul className="signoff-list" aria-label={listLabel}>
          {statuses.map((status) => {
            const { signoff, state, current } = status;
            return (
              <li key={signoff.id} className={`signoff signoff-${state} ${current ? '' : 'is-history'}`} data-signoff-state={state}>
                <span className={`meta-chip signoff-state-${state}`}>{state === 'valid' ? 'Valid' : 'Stale'}</span>
                {what && <span className="signoff-what">{what(status)}</span>}
                <span className="signoff-who">
                  {name(signoff.personId)} · {SIGNOFF_ROLE_LABELS[signoff.role]}
                </span>
                <span className="signoff-date">{signoff.date.slice(0, 10)}</span>
                {state === 'stale' && <span className="signoff-why">{current ? changedWhy : 'Signed again later'}</span>}
              </li>
            );
          })}
        </ul>
      )}
      {signing ? (
        form(() => setSigning(false))
      ) : (
        <button type="button" className="button-link" onClick={() => setSigning(true)} disabled={people.length === 0}>
          {action}
        </button>
      )}
    </div>
  );
}

interface SignOffFormProps {
  label: string;
  hint: string;
  /** The role a person most likely signs in: the side their team is on. */
  roleFor(person: Person | undefined): SignOffRole;
  onSign(personId: string, role: SignOffRole): void;
  onDone(): void;
  /** Choices before the signer's (the gate). */
  children?: ReactNode;
}

function SignOffForm({ label, hint, roleFor, onSign, onDone, children }: SignOffFormProps) {
  const people = usePeople() ?? [];
  const options = usePeopleOptions();
  const [personId, setPersonId] = useState<string | undefined>(() => personNamed(people, authorName()) ?? options[0]?.value);
  const personOf = (id: string | undefined) => people.find((p) => p.id === id);
  const [role, setRole] = useState<SignOffRole>(() => roleFor(personOf(personId)));
  return (
    <div className="signoff-form" role="group" aria-label={label}>
      {children}
      <div className="field-row">
        <SelectField
          label="Signed by"
          value={personId}
          options={options}
          onCommit={(id) => {
            setPersonId(id);
            setRole(roleFor(personOf(id)));
          }}
        />
        <SelectField label="Role" value={role} options={ROLE_OPTIONS} onCommit={(r) => r && setRole(r as SignOffRole)} />
      </div>
      <p className="hint">{hint}</p>
      <div className="button-row">
        <button
          type="button"
          className="button-primary"
          disabled={!personId}
          onClick={() => {
            if (personId) onSign(personId, role);
            onDone();
          }}
        >
          Sign off
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </div>
  );
}
