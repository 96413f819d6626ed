// The readiness rules: one rule set for the editor, the command line and the exports.
import { english, type Translator } from '../i18n/index.js';
import type { Plan } from '../model/types.js';
import { buildRuleContext } from './context.js';
import type { Finding } from './finding.js';
import { RULE_SET } from './registry.js';

/**
 * Every finding for the plan, in the spec table's rule order, then in the order of
 * the entities in the plan. Messages are English (the spec's JSON) unless a
 * translator of another language is passed, for people reading that language.
 */
export function evaluatePlan(plan: Plan, tr: Translator = english()): Finding[] {
  const context = buildRuleContext(plan, tr);
  return RULE_SET.flatMap((rule) => rule.check(context));
}

export type { Finding, FindingTarget } from './finding.js';
export type { RuleInfo } from './rule.js';
export { RULES } from './registry.js';
export { summarizeReadiness, isBlocker, type ReadinessSummary, type PhaseChecklistProgress } from './summary.js';
export { crossesTeamBoundary, isHandoffPoint, reachableFrom, outgoingAdjacency } from './graph.js';
export { nodeLabel, nodeLabelById, edgeLabel, teamLabelById, personLabelById, checklistItemLabel, labelLookup } from './labels.js';
export { needsPrivacyReview, hasPrivacyRequirement } from './checks/privacy-review.js';
