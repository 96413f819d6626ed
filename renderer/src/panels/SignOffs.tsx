// Sign-offs of a handoff point (in the node inspector) and of the phase gates (in
// the plan inspector): who signed, in which role and when, and whether what they
// signed still holds (valid) or has changed since (stale); and "Sign off as…" /
// "Sign off gate…" to sign it as the plan is now. Stale sign-offs stay listed.
// A quick fix may open either form, prefilled (reveal.ts: requestSignOff).
import { useMemo, useState, type ReactNode } from 'react';
import type { Person, PlanNode } from '../../../shared/model/types';
import { SIGNOFF_ROLES, type Phase, type SignOffRole } from '../../../shared/model/vocabulary';
import { nodeSignOffs, signOffStatuses, type SignOffStatus } from '../../../shared/signoff/index';
import { formatDateTime, useT } from '../i18n';
import { personNamed } from '../settings/author';
import { authorName } from '../settings/settingsStore';
import { edits } from './edit';
import { SelectField } from './fields';
import { PersonSelect } from './NewEntityPickers';
import { usePeople, usePeopleOptions, usePhaseOptions, usePlan } from './planHooks';
import { useSignOffRequest, type SignOffRequest } from './reveal';

export function SignOffs({ node }: { node: PlanNode }) {
  const plan = usePlan();
  const statuses = useMemo(() => (plan ? nodeSignOffs(signOffStatuses(plan), node.id) : []), [plan, node.id]);
  const t = useT();
  return (
    <SignOffPanel
      statuses={statuses}
      listLabel={t('ui.panels.signOffs.list')}
      empty={t('ui.panels.signOffs.empty')}
      changedWhy={t('ui.panels.signOffs.changedSince')}
      action={t('ui.panels.signOffs.signOffAs')}
      accepts={(request) => request.nodeId === node.id}
      form={(done, preset) => (
        <SignOffForm
          preset={preset}
          label={t('ui.panels.signOffs.signOff')}
          hint={t('ui.panels.signOffs.nodeHint')}
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
  const t = useT();
  const phases = usePhaseOptions();
  const gateName = (p: Phase) => t('ui.panels.signOffs.gateOf', { phase: t(`vocab.phase.${p}`) });
  const gateOptions = phases.map((o) => ({ value: o.value, label: t('ui.panels.signOffs.gateOf', { phase: o.label }) }));
  return (
    <SignOffPanel
      statuses={statuses}
      listLabel={t('ui.panels.signOffs.gateList')}
      empty={t('ui.panels.signOffs.gateEmpty')}
      changedWhy={t('ui.panels.signOffs.planChangedSince')}
      what={(s) => gateName(s.signoff.gate as Phase)}
      action={t('ui.panels.signOffs.signOffGateAction')}
      accepts={(request) => {
        if (request.gate === undefined || request.nodeId !== undefined) return false;
        setGate(request.gate);
        return true;
      }}
      form={(done, preset) => (
        <SignOffForm
          preset={preset}
          label={t('ui.panels.signOffs.signOffGate')}
          hint={t('ui.panels.signOffs.gateHint')}
          roleFor={(person) => (teams?.find((t) => t.id === person?.teamId)?.kind === 'it' ? 'operator' : 'owner')}
          onSign={(personId, role) => edits.signOffGate(gate, personId, role)}
          onDone={done}
        >
          <SelectField label={t('ui.panels.signOffs.gateField')} value={gate} options={gateOptions} onCommit={(p) => p && setGate(p as Phase)} />
        </SignOffForm>
      )}
    />
  );
}

/** The day of a sign-off as people of the interface language write it; a date without a time is that day in every time zone. */
const signedOn = (date: string) => formatDateTime(date, { dateStyle: 'medium', ...(/^\d{4}-\d{2}-\d{2}$/.test(date) ? { timeZone: 'UTC' } : {}) });

interface SignOffPanelProps {
  statuses: readonly SignOffStatus[];
  listLabel: string;
  empty: string;
  /** Why a current sign-off is stale. */
  changedWhy: string;
  /** What was signed, where the list holds more than one target. */
  what?(status: SignOffStatus): string;
  action: string;
  /** Whether a quick fix's request is for this panel (and takes what it needs from it). */
  accepts(request: SignOffRequest): boolean;
  form(done: () => void, preset: SignOffRequest | undefined): ReactNode;
}

function SignOffPanel({ statuses, listLabel, empty, changedWhy, what, action, accepts, form }: SignOffPanelProps) {
  const people = usePeopleOptions();
  const [signing, setSigning] = useState(false);
  // Each request opens a fresh form (its key), so an open form takes the new preset too.
  const [preset, setPreset] = useState<{ request: SignOffRequest; serial: number }>();
  useSignOffRequest(accepts, (request) => {
    setPreset((previous) => ({ request, serial: (previous?.serial ?? 0) + 1 }));
    setSigning(true);
  });
  const t = useT();
  const name = (id: string) => people.find((p) => p.value === id)?.label ?? t('ui.panels.signOffs.missingPerson', { id });
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
                <span className={`meta-chip signoff-state-${state}`}>{state === 'valid' ? t('ui.panels.signOffs.valid') : t('ui.panels.signOffs.stale')}</span>
                {what && <span className="signoff-what">{what(status)}</span>}
                <span className="signoff-who">
                  {name(signoff.personId)} · {t(`vocab.signoffRole.${signoff.role}`)}
                </span>
                <time className="signoff-date" dateTime={signoff.date}>
                  {signedOn(signoff.date)}
                </time>
                {state === 'stale' && <span className="signoff-why">{current ? changedWhy : t('ui.panels.signOffs.signedAgain')}</span>}
              </li>
            );
          })}
        </ul>
      )}
      {signing ? (
        <div key={preset?.serial}>
          {form(() => {
            setSigning(false);
            setPreset(undefined);
          }, preset?.request)}
        </div>
      ) : (
        <button type="button" className="button-link" onClick={() => setSigning(true)}>
          {action}
        </button>
      )}
    </div>
  );
}

interface SignOffFormProps {
  /** The signer and role a quick fix asks for. */
  preset?: SignOffRequest;
  label: string;
  hint: string;
  /** The role a person most likely signs in: the side their team is on. */
  roleFor(person: Person | undefined): SignOffRole;
  onSign(personId: string, role: SignOffRole): void;
  onDone(): void;
  /** Choices before the signer's (the gate). */
  children?: ReactNode;
}

function SignOffForm({ preset, label, hint, roleFor, onSign, onDone, children }: SignOffFormProps) {
  const people = usePeople() ?? [];
  const options = usePeopleOptions();
  const [personId, setPersonId] = useState<string | undefined>(() => preset?.personId ?? personNamed(people, authorName()) ?? options[0]?.value);
  const personOf = (id: string | undefined) => people.find((p) => p.id === id);
  const [role, setRole] = useState<SignOffRole>(() => preset?.role ?? roleFor(personOf(personId)));
  const t = useT();
  const roleOptions = SIGNOFF_ROLES.map((r) => ({ value: r, label: t(`vocab.signoffRole.${r}`) }));
  return (
    <div className="signoff-form" role="group" aria-label={label}>
      {children}
      <div className="field-row">
        <PersonSelect
          label={t('ui.panels.signOffs.signedBy')}
          value={personId}
          emptyLabel={personId ? undefined : t('ui.panels.signOffs.choosePerson')}
          onCommit={(id) => {
            setPersonId(id);
            setRole(roleFor(personOf(id)));
          }}
          // A person made here only joins the plan's people; signing stays the Sign off button's.
          assign={(plan, id) => {
            setPersonId(id);
            setRole(roleFor(plan.people?.find((p) => p.id === id)));
            return plan;
          }}
        />
        <SelectField label={t('ui.panels.signOffs.role')} value={role} options={roleOptions} onCommit={(r) => r && setRole(r as SignOffRole)} />
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
          {t('ui.panels.signOffs.signOff')}
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          {t('ui.common.cancel')}
        </button>
      </div>
    </div>
  );
}
