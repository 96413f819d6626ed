// The one rule set, in the order of the spec's table: findings are reported in
// this order (then in the order of the entities in the plan).
import { brokenReference } from './checks/broken-reference.js';
import { integrationContract, handoffTerms } from './checks/integration.js';
import { isolatedNode } from './checks/isolated-node.js';
import { modelMonitoring } from './checks/model-monitoring.js';
import { phaseGate } from './checks/phase-gate.js';
import { businessContext } from './checks/plan-context.js';
import { privacyReview } from './checks/privacy-review.js';
import { missingAccountable, missingOwner } from './checks/responsibility.js';
import { gateSignoff, staleSignoff } from './checks/signoffs.js';
import type { Rule, RuleInfo } from './rule.js';

export const RULE_SET: readonly Rule[] = [
  brokenReference,
  businessContext,
  missingOwner,
  missingAccountable,
  privacyReview,
  integrationContract,
  handoffTerms,
  modelMonitoring,
  phaseGate,
  isolatedNode,
  // Extensions of the spec's table (docs/format-extensions.md).
  staleSignoff,
  gateSignoff,
];

/** What each rule is, for legends, help and export appendices. */
export const RULES: readonly RuleInfo[] = RULE_SET.map(({ id, severity, title, description }) => ({
  id,
  severity,
  title,
  description,
}));
