// A list of readiness findings; each one is a button that takes you to its entity,
// followed by its quick fix when the finding has an obvious remedy.
import { memo, useState } from 'react';
import type { Finding } from '../../../shared/rules/finding';
import type { Severity } from '../../../shared/model/vocabulary';
import { useT } from '../i18n';
import { usePlan } from './planHooks';
import { quickFixFor } from './quickFixes';
import { revealTarget } from './reveal';

export function SeverityIcon({ severity }: { severity: Severity }) {
  return <span className={`severity-icon severity-${severity}`} aria-hidden="true" />;
}

/**
 * How many findings a list shows before "Show more": a 1,000-node plan can have
 * over a thousand, and rendering them all costs more than the canvas itself.
 */
const PAGE_SIZE = 100;

/**
 * `subject` is the label of the node whose inspector shows the list: its findings
 * name it as "this node" instead of repeating a title the heading already shows.
 */
export const FindingList = memo(function FindingList({
  findings,
  emptyText,
  subject,
}: {
  findings: readonly Finding[];
  emptyText?: string;
  subject?: string;
}) {
  const plan = usePlan();
  const t = useT();
  const [limit, setLimit] = useState(PAGE_SIZE);
  if (findings.length === 0) return emptyText ? <p className="findings-empty">{emptyText}</p> : null;
  const hidden = findings.length - limit;
  return (
    <ul className={`finding-list${subject === undefined ? '' : ' finding-list-compact'}`}>
      {findings.slice(0, limit).map((f, index) => {
        const fix = plan ? quickFixFor(f, plan) : null;
        return (
          <li key={`${f.ruleId}:${f.target.kind}:${f.target.id ?? ''}:${index}`}>
            <button
              type="button"
              className={`finding finding-${f.severity}`}
              data-rule-id={f.ruleId}
              title={subject === undefined ? undefined : f.message}
              onClick={() => revealTarget(f.target)}
            >
              <SeverityIcon severity={f.severity} />
              <span className="finding-message">
                <span className="visually-hidden">{t('ui.panels.findings.severity', { severity: f.severity })} </span>
                {subject === undefined ? f.message : aboutThisNode(f, subject, t)}
              </span>
              {/* The rule's name for people ("Privacy review"); its id stays in `data-rule-id` and the tooltip. */}
              <span className="finding-rule" title={t('ui.panels.findings.rule', { id: f.ruleId })}>
                {t(`ui.panels.ruleTitle.${f.ruleId}`)}
              </span>
            </button>
            {fix && (
              <button type="button" className="button-secondary finding-fix" data-fix-for={f.ruleId} onClick={fix.run}>
                {fix.label}
              </button>
            )}
          </li>
        );
      })}
      {hidden > 0 && (
        <li>
          <button type="button" className="finding-more" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
            {t('ui.panels.findings.showMore', { count: Math.min(hidden, PAGE_SIZE), hidden })}
          </button>
        </li>
      )}
    </ul>
  );
});

/**
 * The message with the node's own label said as "this node": in the label itself
 * (`{node}`) and where it ends another (`"Share the notebook" on {node}`).
 */
function aboutThisNode(finding: Finding, subject: string, t: ReturnType<typeof useT>): string {
  const thisNode = t('ui.panels.findings.thisNode');
  let message = finding.message;
  for (const value of Object.values(finding.params ?? {})) {
    if (typeof value !== 'string' || !value.endsWith(subject)) continue;
    message = message.split(value).join(value.slice(0, value.length - subject.length) + thisNode);
  }
  return message.startsWith(thisNode) ? t('ui.panels.findings.thisNodeStart') + message.slice(thisNode.length) : message;
}
