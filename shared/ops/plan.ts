// Operations on the plan's own fields: phase, title and summary, business context, milestones.
import type { Business, Milestone, Plan } from '../model/types.js';
import { phaseIndex, type Phase } from '../model/vocabulary.js';
import { applyPatch, listOf, withList, type Patch } from './shared.js';

export function setPhase(plan: Plan, phase: Phase): Plan {
  return plan.phase === phase ? plan : { ...plan, phase };
}

/** The plan fields a person edits directly (its id, format and version are not among them). */
export type PlanFieldsPatch = Patch<Pick<Plan, 'title' | 'summary' | 'meta'>>;

export function updatePlanFields(plan: Plan, patch: PlanFieldsPatch): Plan {
  const { title, summary, meta } = patch;
  const allowed: PlanFieldsPatch = {};
  if ('title' in patch) allowed.title = title;
  if ('summary' in patch) allowed.summary = summary;
  if ('meta' in patch) allowed.meta = meta;
  return applyPatch(plan, allowed as Partial<Plan>);
}

/** Change the business context (problem, objective, customer impact, KPIs). */
export function updateBusiness(plan: Plan, patch: Patch<Business>): Plan {
  const current = plan.business ?? {};
  const business = applyPatch(current, patch);
  return business === current ? plan : { ...plan, business };
}

/**
 * Set a phase's milestone fields (target date, done, notes), creating it when
 * missing; `null` removes it. Milestones are kept in phase order.
 */
export function setMilestone(plan: Plan, phase: Phase, patch: Patch<Omit<Milestone, 'phase'>> | null): Plan {
  const milestones = listOf(plan, 'milestones');
  const existing = milestones.find((m) => m.phase === phase);
  if (patch === null) return existing ? withList(plan, 'milestones', milestones.filter((m) => m !== existing)) : plan;
  if (existing) {
    const updated = applyPatch(existing, patch as Partial<Milestone>);
    return updated === existing ? plan : withList(plan, 'milestones', milestones.map((m) => (m === existing ? updated : m)));
  }
  const created = applyPatch({ phase } as Milestone, patch as Partial<Milestone>);
  const at = milestones.findIndex((m) => phaseIndex(m.phase) > phaseIndex(phase));
  const next = milestones.slice();
  next.splice(at < 0 ? next.length : at, 0, created);
  return withList(plan, 'milestones', next);
}
