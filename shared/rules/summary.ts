// The readiness summary shown in the editor's status bar and the document control
// section: counts by severity, whether the plan may pass its next phase gate
// (spec: no errors and no phase-gate warnings) and checklist progress per phase.
import type { Plan } from '../model/types.js';
import { PHASES, phaseIndex, type Phase, type Severity } from '../model/vocabulary.js';
import type { Finding } from './finding.js';

export interface PhaseChecklistProgress {
  phase: Phase;
  done: number;
  total: number;
}

export interface ReadinessSummary {
  counts: Record<Severity, number>;
  readyForNextPhase: boolean;
  /** The phase after the current one; null in the last phase. */
  nextPhase: Phase | null;
  /** The findings that stop the plan from being ready: errors and phase-gate warnings. */
  blockers: Finding[];
  /** Checklist items per phase gate, every phase in order (items without a phase are not counted). */
  checklistByPhase: PhaseChecklistProgress[];
}

export function isBlocker(finding: Finding): boolean {
  return finding.severity === 'error' || finding.ruleId === 'phase-gate';
}

export function summarizeReadiness(plan: Plan, findings: readonly Finding[]): ReadinessSummary {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  const blockers = findings.filter(isBlocker);

  const progress = new Map<Phase, PhaseChecklistProgress>(PHASES.map((phase) => [phase, { phase, done: 0, total: 0 }]));
  for (const node of plan.nodes ?? []) {
    if (node.type === 'note') continue;
    for (const item of node.checklist ?? []) {
      const entry = item.phase && progress.get(item.phase);
      if (!entry) continue;
      entry.total += 1;
      if (item.done) entry.done += 1;
    }
  }

  return {
    counts,
    readyForNextPhase: blockers.length === 0,
    nextPhase: PHASES[phaseIndex(plan.phase) + 1] ?? null,
    blockers,
    checklistByPhase: [...progress.values()],
  };
}
