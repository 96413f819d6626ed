// The inspector when nothing is selected: the plan itself — what it is for, the
// phase it is in and whether it may pass the next gate, milestones, the gates'
// sign-offs, the teams and people, and the open questions, risks and decisions.
import { useMemo, useState } from 'react';
import type { Milestone, Plan } from '../../../shared/model/types';
import { PHASES, type Phase } from '../../../shared/model/vocabulary';
import { summarizeReadiness } from '../../../shared/rules/index';
import { useT } from '../i18n';
import { edits } from './edit';
import { AddInput, CheckboxField, IconButton, Section, SelectField, TextField } from './fields';
import { FindingList } from './FindingList';
import { usePhaseOptions, usePlan, usePlanFindings } from './planHooks';
import { QuestionsEditor } from './QuestionsEditor';
import { GateSignOffs } from './SignOffs';
import { PeopleEditor, TeamsEditor } from './TeamsPeopleEditor';

type Translate = ReturnType<typeof useT>;

export function PlanInspector() {
  const plan = usePlan();
  const t = useT();
  if (!plan) return <p className="panel-empty">{t('ui.panels.noPlan')}</p>;
  return (
    <div className="inspector-body">
      <header className="inspector-heading">
        <span className="type-badge">{t('ui.panels.planInspector.badge')}</span>
        <h2 className="inspector-title">{plan.title}</h2>
      </header>
      <PlanFindings />
      <Section id="plan-general" title={t('ui.panels.planInspector.overview')}>
        <TextField label={t('ui.panels.planInspector.title')} value={plan.title} required onCommit={(title) => edits.planFields({ title }, 'plan:title')} />
        <TextField
          label={t('ui.panels.planInspector.summary')}
          multiline
          rows={3}
          value={plan.summary}
          placeholder={t('ui.panels.planInspector.summaryPlaceholder')}
          onCommit={(summary) => edits.planFields({ summary }, 'plan:summary')}
        />
      </Section>
      <BusinessSection plan={plan} />
      <PhaseSection plan={plan} />
      <Section id="plan-teams" title={t('ui.panels.planInspector.teams')} count={plan.teams?.length || undefined}>
        <TeamsEditor />
      </Section>
      <Section id="plan-people" title={t('ui.panels.planInspector.people')} count={plan.people?.length || undefined}>
        <PeopleEditor />
      </Section>
      <Section id="plan-questions" title={t('ui.panels.planInspector.questions')} count={openCount(plan, t)}>
        <QuestionsEditor />
      </Section>
    </div>
  );
}

function openCount(plan: Plan, t: Translate): string | undefined {
  const questions = plan.questions ?? [];
  if (questions.length === 0) return undefined;
  const open = questions.filter((q) => q.status === 'open').length;
  return t('ui.panels.planInspector.openCount', { count: open });
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
  const t = useT();
  return (
    <Section id="plan-business" title={t('ui.panels.planInspector.business')}>
      <TextField label={t('ui.panels.planInspector.problem')} multiline rows={2} value={business.problem} onCommit={(problem) => edits.business({ problem }, 'business:problem')} />
      <TextField label={t('ui.panels.planInspector.objective')} multiline rows={2} value={business.objective} onCommit={(objective) => edits.business({ objective }, 'business:objective')} />
      <TextField
        label={t('ui.panels.planInspector.customerImpact')}
        multiline
        rows={2}
        value={business.customerImpact}
        placeholder={t('ui.panels.planInspector.customerImpactPlaceholder')}
        onCommit={(customerImpact) => edits.business({ customerImpact }, 'business:impact')}
      />
      <h4 className="subheading">{t('ui.panels.planInspector.kpis')}</h4>
      {kpis.length > 0 && (
        <ul className="kpi-list" role="none">
          {kpis.map((kpi, index) => (
            <li key={index} className="kpi-row" role="group" aria-label={t('ui.panels.planInspector.kpi', { number: index + 1 })}>
              <TextField
                label={t('ui.panels.planInspector.kpiName')}
                hideLabel
                value={kpi.name}
                onCommit={(name) => edits.business({ kpis: kpis.map((k, i) => (i === index ? { ...k, name } : k)) }, `business:kpi:${index}:name`)}
              />
              <TextField
                label={t('ui.panels.planInspector.kpiTarget')}
                hideLabel
                value={kpi.target}
                placeholder={t('ui.panels.planInspector.kpiTargetPlaceholder')}
                onCommit={(target) =>
                  edits.business({ kpis: kpis.map((k, i) => (i === index ? { ...k, target: target || undefined } : k)) }, `business:kpi:${index}:target`)
                }
              />
              <IconButton label={t('ui.panels.planInspector.removeKpi', { name: kpi.name || index + 1 })} className="danger" onClick={() => edits.business({ kpis: kpis.filter((_, i) => i !== index) })}>
                ×
              </IconButton>
            </li>
          ))}
        </ul>
      )}
      <AddInput label={t('ui.panels.planInspector.newKpi')} addLabel={t('ui.panels.planInspector.addKpi')} placeholder={t('ui.panels.planInspector.newKpiPlaceholder')} onAdd={(name) => edits.business({ kpis: [...kpis, { name }] })} />
    </Section>
  );
}

function PhaseSection({ plan }: { plan: Plan }) {
  const findings = usePlanFindings();
  const summary = useMemo(() => summarizeReadiness(plan, findings), [plan, findings]);
  const milestones = plan.milestones ?? [];
  const milestoneOf = (phase: Phase): Milestone => milestones.find((m) => m.phase === phase) ?? { phase };
  const currentIndex = PHASES.indexOf(plan.phase);
  const t = useT();
  const phaseOptions = usePhaseOptions();
  return (
    <Section id="plan-phase" title={t('ui.panels.planInspector.phaseAndMilestones')}>
      <SelectField label={t('ui.panels.planInspector.phase')} value={plan.phase} options={phaseOptions} onCommit={(phase) => phase && edits.setPhase(phase as Phase)} />
      <GateStatus ready={summary.readyForNextPhase} nextPhase={summary.nextPhase} blockers={summary.blockers.length} />
      <table className="milestones">
        <caption className="visually-hidden">{t('ui.panels.planInspector.milestonesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ui.panels.planInspector.phase')}</th>
            <th scope="col">{t('ui.panels.planInspector.targetDate')}</th>
            <th scope="col">{t('ui.panels.planInspector.done')}</th>
          </tr>
        </thead>
        <tbody>
          {PHASES.map((phase, index) => {
            const m = milestoneOf(phase);
            const label = t(`vocab.phase.${phase}`);
            const progress = summary.checklistByPhase.find((p) => p.phase === phase);
            return (
              <tr key={phase} className={index === currentIndex ? 'is-current' : index < currentIndex ? 'is-past' : undefined}>
                <th scope="row">
                  {label}
                  {progress && progress.total > 0 && (
                    <span className="milestone-progress" title={t('ui.panels.planInspector.dueByGate')}>
                      {progress.done}/{progress.total}
                    </span>
                  )}
                </th>
                <td>
                  <TextField
                    label={t('ui.panels.planInspector.targetDateFor', { phase: label })}
                    hideLabel
                    type="date"
                    value={m.targetDate}
                    onCommit={(targetDate) => edits.milestone(phase, { targetDate: targetDate || undefined }, `milestone:${phase}:date`)}
                  />
                </td>
                <td>
                  <CheckboxField label={t('ui.panels.planInspector.phaseDone', { phase: label })} className="hide-label" checked={m.done === true} onCommit={(done) => edits.milestone(phase, { done: done || undefined })} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <MilestoneNotes plan={plan} />
      <h4 className="subheading">{t('ui.panels.planInspector.gateSignOffs')}</h4>
      <GateSignOffs phase={plan.phase} />
    </Section>
  );
}

/** Notes of one phase's milestone at a time; the current phase first. */
function MilestoneNotes({ plan }: { plan: Plan }) {
  const [phase, setPhase] = useState<Phase>(plan.phase);
  const milestones = plan.milestones ?? [];
  const notes = milestones.find((m) => m.phase === phase)?.notes;
  const t = useT();
  const phaseName = (p: Phase) => t(`vocab.phase.${p}`);
  const options = usePhaseOptions().map((o) => ({
    ...o,
    label: milestones.some((m) => m.phase === o.value && m.notes) ? t('ui.panels.planInspector.phaseWithNotes', { phase: o.label }) : o.label,
  }));
  return (
    <div className="milestone-notes">
      <SelectField label={t('ui.panels.planInspector.notesFor')} value={phase} options={options} onCommit={(p) => p && setPhase(p as Phase)} />
      <TextField
        key={phase}
        label={t('ui.panels.planInspector.notesOf', { phase: phaseName(phase) })}
        hideLabel
        multiline
        rows={2}
        value={notes}
        placeholder={t('ui.panels.planInspector.notesPlaceholder')}
        onCommit={(next) => edits.milestone(phase, { notes: next || undefined }, `milestone:${phase}:notes`)}
      />
    </div>
  );
}

export function GateStatus({ ready, nextPhase, blockers }: { ready: boolean; nextPhase: Phase | null; blockers: number }) {
  const t = useT();
  if (nextPhase === null) {
    return <p className="gate gate-final">{ready ? t('ui.panels.gate.finalClear') : t('ui.panels.gate.finalBlocked', { count: blockers })}</p>;
  }
  const phase = t(`vocab.phase.${nextPhase}`);
  return ready ? (
    <p className="gate gate-ready" role="status">
      <span className="gate-icon" aria-hidden="true">
        ✓
      </span>{' '}
      {t('ui.panels.gate.ready', { phase })}
    </p>
  ) : (
    <p className="gate gate-blocked" role="status">
      <span className="gate-icon" aria-hidden="true">
        !
      </span>{' '}
      {t('ui.panels.gate.notReady', { phase, count: blockers })}
    </p>
  );
}
