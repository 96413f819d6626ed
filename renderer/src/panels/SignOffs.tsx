// The sign-offs of a handoff point: who signed it, in which role and when, and
// whether what they signed still holds (valid) or has changed since (stale); and
// "Sign off as…" to sign it as the plan is now. Stale sign-offs stay listed.
import { useMemo, useState } from 'react';
import type { PlanNode } from '../../../shared/model/types';
import { SIGNOFF_ROLES, SIGNOFF_ROLE_LABELS, type SignOffRole } from '../../../shared/model/vocabulary';
import { nodeSignOffs, signOffStatuses } from '../../../shared/signoff/index';
import { personNamed } from '../settings/author';
import { authorName } from '../settings/settingsStore';
import { edits } from './edit';
import { SelectField } from './fields';
import { usePeople, usePeopleOptions, usePlan, vocabularyOptions } from './planHooks';

const ROLE_OPTIONS = vocabularyOptions(SIGNOFF_ROLES, SIGNOFF_ROLE_LABELS);

export function SignOffs({ node }: { node: PlanNode }) {
  const plan = usePlan();
  const people = usePeopleOptions();
  const statuses = useMemo(() => (plan ? nodeSignOffs(signOffStatuses(plan), node.id) : []), [plan, node.id]);
  const [signing, setSigning] = useState(false);
  const name = (id: string) => people.find((p) => p.value === id)?.label ?? `person "${id}"`;
  return (
    <div className="signoffs">
      {statuses.length === 0 ? (
        <p className="hint">Nobody has signed off this handoff yet.</p>
      ) : (
        <ul className="signoff-list" aria-label="Sign-offs">
          {statuses.map(({ signoff, state, current }) => (
            <li key={signoff.id} className={`signoff signoff-${state} ${current ? '' : 'is-history'}`} data-signoff-state={state}>
              <span className={`meta-chip signoff-state-${state}`}>{state === 'valid' ? 'Valid' : 'Stale'}</span>
              <span className="signoff-who">
                {name(signoff.personId)} · {SIGNOFF_ROLE_LABELS[signoff.role]}
              </span>
              <span className="signoff-date">{signoff.date.slice(0, 10)}</span>
              {state === 'stale' && <span className="signoff-why">{current ? 'Changed since it was signed' : 'Signed again later'}</span>}
            </li>
          ))}
        </ul>
      )}
      {signing ? (
        <SignOffForm node={node} onDone={() => setSigning(false)} />
      ) : (
        <button type="button" className="button-link" onClick={() => setSigning(true)} disabled={people.length === 0}>
          Sign off as…
        </button>
      )}
    </div>
  );
}

/** The role a person most likely signs in: the side whose team they are in. */
function roleFor(node: PlanNode, teamId: string | undefined): SignOffRole {
  if (teamId && teamId === node.operatorTeamId) return 'operator';
  return 'owner';
}

function SignOffForm({ node, onDone }: { node: PlanNode; onDone(): void }) {
  const people = usePeople() ?? [];
  const options = usePeopleOptions();
  const [personId, setPersonId] = useState<string | undefined>(() => personNamed(people, authorName()) ?? options[0]?.value);
  const teamOf = (id: string | undefined) => people.find((p) => p.id === id)?.teamId;
  const [role, setRole] = useState<SignOffRole>(() => roleFor(node, teamOf(personId)));
  return (
    <div className="signoff-form" role="group" aria-label="Sign off">
      <div className="field-row">
        <SelectField
          label="Signed by"
          value={personId}
          options={options}
          onCommit={(id) => {
            setPersonId(id);
            setRole(roleFor(node, teamOf(id)));
          }}
        />
        <SelectField label="Role" value={role} options={ROLE_OPTIONS} onCommit={(r) => r && setRole(r as SignOffRole)} />
      </div>
      <p className="hint">This signs the node as it is now: its fields, checklist, requirements and connections.</p>
      <div className="button-row">
        <button
          type="button"
          className="button-primary"
          disabled={!personId}
          onClick={() => {
            if (personId) edits.signOffNode(node.id, personId, role);
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
