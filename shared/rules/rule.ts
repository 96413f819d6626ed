// The shape of one readiness rule. Metadata (id, severity, title, description) is
// what the editor's legend and the exports show; `check` produces the findings.
import type { CatalogKey, MessageParams } from '../i18n/index.js';
import type { RuleId, Severity, TargetKind } from '../model/vocabulary.js';
import type { RuleContext } from './context.js';
import type { Finding } from './finding.js';

export interface RuleInfo {
  id: RuleId;
  severity: Severity;
  /** A short name, e.g. "Privacy review". */
  title: string;
  /** When the rule fires, in a sentence. */
  description: string;
}

export interface Rule extends RuleInfo {
  check(context: RuleContext): Finding[];
}

/** Records one finding about an entity as a catalog message; `id` is left out for the plan itself. */
export type Emit = (kind: TargetKind, id: string | undefined, messageKey: CatalogKey, params: MessageParams) => void;

/**
 * A rule whose check reports findings through `emit`, stamped with the rule's id
 * and severity; the message is written from the catalog in the context's language.
 */
export function defineRule(info: RuleInfo, check: (context: RuleContext, emit: Emit) => void): Rule {
  return {
    ...info,
    check(context) {
      const findings: Finding[] = [];
      check(context, (kind, id, messageKey, params) => {
        findings.push({
          ruleId: info.id,
          severity: info.severity,
          target: kind === 'plan' || id === undefined ? { kind } : { kind, id },
          message: context.tr.t(messageKey, params),
          messageKey,
          params,
        });
      });
      return findings;
    },
  };
}
