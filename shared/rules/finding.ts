// The shape of a readiness finding, as the spec's "Findings as data" section fixes it.
import type { RuleId, Severity, TargetKind } from '../model/vocabulary.js';

export interface FindingTarget {
  kind: TargetKind;
  /** Absent when kind is "plan". */
  id?: string;
}

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  target: FindingTarget;
  message: string;
}
