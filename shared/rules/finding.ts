// The shape of a readiness finding, as the spec's "Findings as data" section fixes
// it, plus the message's catalog key and parameters (docs/format-extensions.md):
// `message` is the English text scripts read; `messageKey` and `params` let a
// reader show the finding in its own language.
import type { CatalogKey, MessageParams } from '../i18n/index.js';
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
  /** The catalog key `message` is written from; absent on findings that are not the rules' (workshop problems). */
  messageKey?: CatalogKey;
  /** The values interpolated into the message (names in the language it was evaluated in). */
  params?: MessageParams;
}
