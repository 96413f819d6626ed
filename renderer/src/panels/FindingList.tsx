// A list of readiness findings; each one is a button that takes you to its entity.
import { memo, useState } from 'react';
import type { Finding } from '../../../shared/rules/finding';
import { RULES } from '../../../shared/rules/index';
import type { Severity } from '../../../shared/model/vocabulary';
import { revealTarget } from './reveal';

export const SEVERITY_WORDS: Record<Severity, { one: string; many: string }> = {
  error: { one: 'Error', many: 'Errors' },
  warning: { one: 'Warning', many: 'Warnings' },
  info: { one: 'Info', many: 'Info' },
};

const RULE_TITLES = new Map(RULES.map((r) => [r.id, r.title]));
/** The rule's name for people ("Privacy review"); its id stays in `data-rule-id` and the tooltip. */
export const ruleTitle = (ruleId: string): string => RULE_TITLES.get(ruleId as Finding['ruleId']) ?? ruleId;

export function SeverityIcon({ severity }: { severity: Severity }) {
  return <span className={`severity-icon severity-${severity}`} aria-hidden="true" />;
}

/**
 * How many findings a list shows before "Show more": a 1,000-node plan can have
 * over a thousand, and rendering them all costs more than the canvas itself.
 */
const PAGE_SIZE = 100;

export const FindingList = memo(function FindingList({ findings, emptyText }: { findings: readonly Finding[]; emptyText?: string }) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  if (findings.length === 0) return emptyText ? <p className="findings-empty">{emptyText}</p> : null;
  const hidden = findings.length - limit;
  return (
    <ul className="finding-list">
      {findings.slice(0, limit).map((f, index) => (
        <li key={`${f.ruleId}:${f.target.kind}:${f.target.id ?? ''}:${index}`}>
          <button
            type="button"
            className={`finding finding-${f.severity}`}
            data-rule-id={f.ruleId}
            onClick={() => revealTarget(f.target)}
          >
            <SeverityIcon severity={f.severity} />
            <span className="finding-message">
              <span className="visually-hidden">{SEVERITY_WORDS[f.severity].one}: </span>
              {f.message}
            </span>
            <span className="finding-rule" title={`Rule ${f.ruleId}`}>
              {ruleTitle(f.ruleId)}
            </span>
          </button>
        </li>
      ))}
      {hidden > 0 && (
        <li>
          <button type="button" className="finding-more" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
            Show {Math.min(hidden, PAGE_SIZE)} more ({hidden} not shown)
          </button>
        </li>
      )}
    </ul>
  );
});
