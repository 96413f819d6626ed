// The ML Test Score in the readiness panel: the score (the lowest section), each
// section's points, and what would raise the minimum next. The rubric's sections
// and tests are library text, shown in the interface language.
import { useMemo } from 'react';
import type { Plan } from '../../../shared/model/types';
import { computeMlTestScore, formatPoints } from '../../../shared/score/index';
import { scoreLevelIndex } from '../../../shared/score/ml-test-score';
import { useTranslator } from '../i18n';

export function MlTestScoreSummary({ plan }: { plan: Plan }) {
  const score = useMemo(() => computeMlTestScore(plan), [plan]);
  const { t, content } = useTranslator();
  return (
    <section className="ml-test-score" aria-label={t('document.sections.ml-test-score')}>
      <h3 className="ml-score-title">
        {t('document.sections.ml-test-score')} <strong className="ml-score-value">{formatPoints(score.score)}</strong>
      </h3>
      <p className="hint">{t('ui.panels.mlTestScore.level', { level: t(`document.score.level.${scoreLevelIndex(score.score)}`) })}</p>
      <ul className="ml-score-sections">
        {score.sections.map((s) => (
          <li key={s.section} className={s.points === score.score ? 'is-weakest' : undefined}>
            <span>{content(s.section)}</span>
            <span className="ml-score-points">{t('ui.panels.mlTestScore.points', { points: formatPoints(s.points) })}</span>
          </li>
        ))}
      </ul>
      {score.testsInPlan === 0 ? (
        <p className="hint">{t('ui.panels.mlTestScore.noTests')}</p>
      ) : (
        score.next.length > 0 && (
          <div className="ml-score-next">
            <p className="hint">{t('ui.panels.mlTestScore.next')}</p>
            <ul>
              {score.next.map((n) => (
                <li key={n.section}>
                  {t('ui.panels.mlTestScore.step', { action: n.action, test: content(n.test), section: content(n.section), gain: formatPoints(n.gain) })}
                </li>
              ))}
            </ul>
          </div>
        )
      )}
    </section>
  );
}
