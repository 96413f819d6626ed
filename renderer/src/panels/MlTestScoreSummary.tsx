// The ML Test Score in the readiness panel: the score (the lowest section), each
// section's points, and what would raise the minimum next.
import { useMemo } from 'react';
import type { Plan } from '../../../shared/model/types';
import { computeMlTestScore, formatPoints } from '../../../shared/score/index';

export function MlTestScoreSummary({ plan }: { plan: Plan }) {
  const score = useMemo(() => computeMlTestScore(plan), [plan]);
  return (
    <section className="ml-test-score" aria-label="ML Test Score">
      <h3 className="ml-score-title">
        ML Test Score <strong className="ml-score-value">{formatPoints(score.score)}</strong>
      </h3>
      <p className="hint">{score.level}.</p>
      <ul className="ml-score-sections">
        {score.sections.map((s) => (
          <li key={s.section} className={s.points === score.score ? 'is-weakest' : undefined}>
            <span>{s.section}</span>
            <span className="ml-score-points">{formatPoints(s.points)} / 7</span>
          </li>
        ))}
      </ul>
      {score.testsInPlan === 0 ? (
        <p className="hint">Add the ML Test Score tests to nodes from the checklist library, then say for each how it is carried out.</p>
      ) : (
        score.next.length > 0 && (
          <div className="ml-score-next">
            <p className="hint">To raise the score next:</p>
            <ul>
              {score.next.map((n) => (
                <li key={n.section}>
                  {n.action === 'document' ? 'Run by hand and document' : 'Automate'}: “{n.test}” ({n.section}, +{formatPoints(n.gain)})
                </li>
              ))}
            </ul>
          </div>
        )
      )}
    </section>
  );
}
