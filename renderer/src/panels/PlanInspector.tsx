// The inspector when nothing is selected: the plan itself — what it is for, the
// phase it is in and whether it may pass the next gate, milestones, the gates'
// sign-offs, the teams and people, and the open questions, risks and decisions.
import { useMemo, useState } from 'react';
import type { Milestone, Plan } from '../../../shared/model/types';
import { PHASES, PHASE_LABELS, type Phase } from '../../../shared/model/vocabulary';
import { summarizeReadiness } from '../../../shared/rules/index';
import { edits } from './edit';
import { AddInput, CheckboxField, IconButton, Section, SelectField, TextField } from './fields';
import { FindingList } from './FindingList';
import { PHASE_OPTIONS, usePlan, usePlanFindings } from './planHooks';
import { QuestionsEditor } from './QuestionsEditor';
import { GateSignOffs } from './SignOffs';
import { PeopleEditor, TeamsEditor } from './TeamsPeopleEditor';

export function PlanInspector() {
  const plan = usePlan();
  if (!plan) return <p className="panel-empty">No plan is open.</p>;
  return (
    <div className="inspector-body">
      <header className="inspector-heading">
        <span className="type-badge">Plan</span>
        <h2 className="inspector-title">{plan.title}</h2>
      </header>
      <PlanFindings />
      <Section id="plan-general" title="Overview">
        <TextField label="Title" value={plan.title} required onCommit={(title) => edits.planFields({ title }, 'plan:title')} />
        <TextField
          label="Summary"
          multiline
          rows={3}
          value={plan.summary}
          placeholder="One paragraph: what the model does"
          onCommit={(summary) => edits.planFields({ summary }, 'plan:summary')}
        />
      </Section>
      <BusinessSection plan={plan} />
      <PhaseSection plan={plan} />
      <Section id="plan-teams" title="Teams" count={plan.teams?.length || undefined}>
        <TeamsEditor />
      </Section>
      <Section id="plan-people" title="People" count={plan.people?.length || undefined}>
        <PeopleEditor />
      </Section>
      <Section id="plan-questions" title="Questions, risks and decisions" count={openCount(plan)}>
        <QuestionsEditor />
      </Section>
    </div>
  );
}

function openCount(plan: Plan): string | undefined {
  const questions = plan.questions ?? [];
  if (questions.length === 0) return undefined;
  const open = questions.filter((q) => q.status === 'open').length;
  return `${open} open`;
}

/** Findings about the plan as a whole (business context, monitoring) and its questions, people and teams. */
function PlanFindings() {
  const findings = usePlanFindings();
  const planLevel = useMemo(() => findings.filter((f) => ['plan', 'question', 'person', 'team'].includes(f.target.kind)), [findings]);
  return <FindingList findings={planLevel} />;
}

function BusinessSection({ plan }: { plan: Plan }) {
  const business = plan.business ?? {};
  const kpis = business.kpis ?? [];
  return (
    <Section id="plan-business" title="Business context">
      <TextField label="Problem" multiline rows={2} value={business.problem} onCommit={(problem) => edits.business({ problem }, 'business:problem')} />
      <TextField label="Objective" multiline rows={2} value={business.objective} onCommit={(objective) => edits.business({ objective }, 'business:objective')} />
      <TextField
        label="Customer impact"
        multiline
        rows={2}
        value={business.customerImpact}
        placeholder="How customers or users feel the result"
        onCommit={(customerImpact) => edits.business({ customerImpact }, 'business:impact')}
      />
      <h4 className="subheading">KPIs</h4>
      {kpis.length > 0 && (
        <ul className="kpi-list" role="none">
          {kpis.map((kpi, index) => (
            <li key={index} className="kpi-row" role="group" aria-label={`KPI ${index + 1}`}>
              <TextField
                label="KPI name"
                hideLabel
                value={kpi.name}
                onCommit={(name) => edits.business({ kpis: kpis.map((k, i) => (i === index ? { ...k, name } : k)) }, `business:kpi:${index}:name`)}
              />
              <TextField
                label="KPI target"
                hideLabel
                value={kpi.target}
                placeholder="Target"
                onCommit={(target) =>
                  edits.business({ kpis: kpis.map((k, i) => (i === index ? { ...k, target: target || undefined } : k)) }, `business:kpi:${index}:target`)
                }
              />
              <IconButton label={`Remove KPI ${kpi.name || index + 1}`} className="danger" onClick={() => edits.business({ kpis: kpis.filter((_, i) => i !== index) })}>
                ×
              </IconButton>
            </li>
          ))}
        </ul>
      )}
      <AddInput label="New KPI" placeholder="Add a KPI…" onAdd={(name) => edits.business({ kpis: [...kpis, { name }] })} />
    </Section>
  );
}

function PhaseSection({ plan }: { plan: Plan }) {
  const findings = usePlanFindings();
  const summary = useMemo(() => summarizeReadiness(plan, findings), [plan, findings]);
  const milestones = plan.milestones ?? [];
  const milestoneOf = (phase: Phase): Milestone => milestones.find((m) => m.phase === phase) ?? { phase };
  const currentIndex = PHASES.indexOf(plan.phase);
  return (
    <Section id="plan-phase" title="Phase and milestones">
      <SelectField label="Phase" value={plan.phase} options={PHASE_OPTIONS} onCommit={(phase) => phase && edits.setPhase(phase as Phase)} />
      <GateStatus ready={summary.readyForNextPhase} nextPhase={summary.nextPhase} blockers={summary.blockers.length} />
      <table className="milestones">
        <caption className="visually-hidden">Milestones per phase</caption>
        <thead>
          <tr>
            <th scope="col">Phase</th>
            <th scope="col">Target date</th>
            <th scope="col">Done</th>
          </tr>
        </thead>
        <tbody>
          {PHASES.map((phase, index) => {
            const m = milestoneOf(phase);
            const label = PHASE_LABELS[phase];
            const progress = summary.checklistByPhase.find((p) => p.phase === phase);
            return (
              <tr key={phase} className={index === currentIndex ? 'is-current' : index < currentIndex ? 'is-past' : undefined}>
                <th scope="row">
                  {label}
                  {progress && progress.total > 0 && (
                    <span className="milestone-progress" title="Checklist items due by this gate">
                      {progress.done}/{progress.total}
                    </span>
                  )}
                </th>
                <td>
                  <TextField
                    label={`Target date for ${label}`}
                    hideLabel
                    type="date"
                    value={m.targetDate}
                    onCommit={(targetDate) => edits.milestone(phase, { targetDate: targetDate || undefined }, `milestone:${phase}:date`)}
                  />
                </td>
                <td>
                  <CheckboxField label={`${label} done`} className="hide-label" checked={m.done === true} onCommit={(done) => edits.milestone(phase, { done: done || undefined })} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <MilestoneNotes plan={plan} />
      <h4 className="subheading">Gate sign-offs</h4>
      <GateSignOffs phase={plan.phase} />
    </Section>
  );
}

/** Notes of one phase's milestone at a time; the current phase first. */
function MilestoneNotes({ plan }: { plan: Plan }) {
  const [phase, setPhase] = useState<Phase>(plan.phase);
  const milestones = plan.milestones ?? [];
  const notes = milestones.find((m) => m.phase === phase)?.notes;
  const options = PHASES.map((p) => ({
    value: p,
    label: `${PHASE_LABELS[p]}${milestones.some((m) => m.phase === p && m.notes) ? ' •' : ''}`,
  }));
  return (
    <div className="milestone-notes">
      <SelectField label="Milestone notes for" value={phase} options={options} onCommit={(p) => p && setPhase(p as Phase)} />
      <TextField
        key={phase}
        label={`Notes for ${PHASE_LABELS[phase]}`}
        hideLabel
        multiline
        rows={2}
        value={notes}
        placeholder="What this phase must deliver, agreements, dates"
        onCommit={(next) => edits.milestone(phase, { notes: next || undefined }, `milestone:${phase}:notes`)}
      />
    </div>
  );
}

export function GateStatus({ ready, nextPhase, blockers }: { ready: boolean; nextPhase: Phase | null; blockers: number }) {
  if (nextPhase === null) {
    return <p className="gate gate-final">Final phase: {ready ? 'no blockers.' : `${blockers} blocker${blockers === 1 ? '' : 's'} open.`}</p>;
  }
  return ready ? (
    <p className="gate gate-ready" role="status">
      <span className="gate-icon" aria-hidden="true">
        ✓
      </span>{' '}
      Ready for {PHASE_LABELS[nextPhase]}
    </p>
  ) : (
    <p className="gate gate-blocked" role="status">
      <span className="gate-icon" aria-hidden="true">
        !
      </span>{' '}
      Not ready for {PHASE_LABELS[nextPhase]}: {blockers} blocker{blockers === 1 ? '' : 's'}
    </p>
  );
}
