// Live readiness: the shared rule set's findings grouped by severity, each one
// taking you to its entity; whether the plan may pass its next phase gate and
// what blocks it; checklist progress per phase.
import { useMemo, useState } from 'react';
import { SEVERITIES, phaseIndex, type RuleId, type Severity } from '../../../shared/model/vocabulary';
import { summarizeReadiness, type ReadinessSummary } from '../../../shared/rules/index';
import type { Finding } from '../../../shared/rules/finding';
import type { Plan } from '../../../shared/model/types';
import { useT } from '../i18n';
import { FindingList, SeverityIcon } from './FindingList';
import { keepDeleteKeysInPanel } from './Inspector';
import { MlTestScoreSummary } from './MlTestScoreSummary';
import { GateStatus } from './PlanInspector';
import { usePlan, usePlanFindings } from './planHooks';
import './panels.css';

export function ReadinessPanel() {
  const plan = usePlan();
  const findings = usePlanFindings();
  const summary = useMemo(() => (plan ? summarizeReadiness(plan, findings) : null), [plan, findings]);
  const t = useT();
  return (
    <section aria-label={t('ui.panels.readiness.title')} className="panel readiness" onKeyDown={keepDeleteKeysInPanel}>
      {!plan || !summary ? (
        <p className="panel-empty">{t('ui.panels.noPlan')}</p>
      ) : (
        <div className="readiness-layout">
          <div className="readiness-findings">
            <header className="readiness-header">
              <h2>{t('ui.panels.readiness.title')}</h2>
              <span className="readiness-counts" role="img" aria-label={t('common.counts', summary.counts)}>
                {SEVERITIES.map((s) => (
                  <span key={s} className={`count-pill count-${s}`} aria-hidden="true">
                    <SeverityIcon severity={s} />
                    {summary.counts[s]}
                  </span>
                ))}
              </span>
            </header>
            {findings.length === 0 ? (
              <p className="findings-empty all-clear">{t('ui.panels.readiness.allClear')}</p>
            ) : (
              SEVERITIES.map((severity) => <SeverityGroup key={severity} severity={severity} findings={findings} />)
            )}
          </div>
          <GateColumn plan={plan} summary={summary} />
        </div>
      )}
    </section>
  );
}

function SeverityGroup({ severity, findings }: { severity: Severity; findings: readonly Finding[] }) {
  const [collapsed, setCollapsed] = useState(severity === 'info');
  const group = useMemo(() => findings.filter((f) => f.severity === severity), [findings, severity]);
  const t = useT();
  if (group.length === 0) return null;
  return (
    <div className={`severity-group group-${severity}`}>
      <h3 className="group-header">
        <button type="button" aria-expanded={!collapsed} onClick={() => setCollapsed((c) => !c)}>
          <span className="section-chevron" aria-hidden="true" />
          <SeverityIcon severity={severity} />
          {t('ui.panels.readiness.group', { severity, count: group.length })} <span className="section-count">{group.length}</span>
        </button>
      </h3>
      {!collapsed && <FindingList findings={group} />}
    </div>
  );
}

function GateColumn({ plan, summary }: { plan: Plan; summary: ReadinessSummary }) {
  const current = phaseIndex(plan.phase);
  const t = useT();
  const blockerCounts = new Map<RuleId, number>();
  for (const b of summary.blockers) blockerCounts.set(b.ruleId, (blockerCounts.get(b.ruleId) ?? 0) + 1);
  return (
    <aside className="readiness-gate" aria-label={t('ui.panels.readiness.phaseGate')} tabIndex={0}>
      <p className="gate-phase">
        {t('ui.panels.readiness.phase')} <strong>{t(`vocab.phase.${plan.phase}`)}</strong>
      </p>
      <GateStatus ready={summary.readyForNextPhase} nextPhase={summary.nextPhase} blockers={summary.blockers.length} />
      {blockerCounts.size > 0 && (
        <p className="gate-blockers">
          {/* The gap before the list is the message's own: a space in English, none after Chinese "：". */}
          {t('ui.panels.readiness.blockedBy')}
          {[...blockerCounts].map(([ruleId, count], index) => (
            <span key={ruleId}>
              {index > 0 && t('common.list.separator')}
              <strong>{t(`ui.panels.ruleTitle.${ruleId}`)}</strong>
              {count > 1 ? ` ×${count}` : ''}
            </span>
          ))}
        </p>
      )}
      <ol className="phase-progress" aria-label={t('ui.panels.readiness.progress')}>
        {summary.checklistByPhase.map((p, index) => {
          const ratio = p.total === 0 ? 0 : p.done / p.total;
          const state = index < current ? 'past' : index === current ? 'current' : 'future';
          return (
            <li key={p.phase} className={`phase-${state}`}>
              <span className="phase-name">{t(`vocab.phase.${p.phase}`)}</span>
              <span className="progress-bar" aria-hidden="true">
                <span style={{ width: `${Math.round(ratio * 100)}%` }} />
              </span>
              <span className="phase-count">{p.total === 0 ? '–' : `${p.done}/${p.total}`}</span>
            </li>
          );
        })}
      </ol>
      <MlTestScoreSummary plan={plan} />
    </aside>
  );
}
