// The document's "ML Test Score" section and its line in document control. The
// rubric's sections and tests are library text, shown in the document's language.
import type { Translator } from '../i18n/index.js';
import { formatPoints, scoreLevelIndex, type MlTestScore } from '../score/ml-test-score.js';
import type { Block, Cell } from './model.js';

const level = (score: MlTestScore, tr: Translator) => tr.t(`document.score.level.${scoreLevelIndex(score.score)}`);

export function mlTestScoreFact(score: MlTestScore, tr: Translator): { label: string; value: Cell } {
  return {
    label: tr.t('document.sections.ml-test-score'),
    value: { text: tr.t('document.score.fact', { points: formatPoints(score.score), level: level(score, tr) }), tone: score.score >= 3 ? 'ok' : score.score > 0 ? 'info' : 'warning' },
  };
}

export function mlTestScoreSection(score: MlTestScore, tr: Translator): Block[] {
  const blocks: Block[] = [
    { kind: 'paragraph', text: tr.t('document.score.intro') },
    {
      kind: 'facts',
      items: [
        { label: tr.t('document.score.score'), value: { text: tr.t('document.score.value', { points: formatPoints(score.score) }), tone: score.score >= 3 ? 'ok' : 'warning' } },
        { label: tr.t('document.score.reading'), value: { text: level(score, tr) } },
        { label: tr.t('document.score.testsOnPlan'), value: { text: tr.t('document.score.testsOf', { count: score.testsInPlan }) } },
      ],
    },
    {
      kind: 'table',
      columns: (['section', 'points', 'automated', 'manual', 'notYet'] as const).map((c) => tr.t(`document.score.${c}`)),
      rows: score.sections.map((s) => {
        const count = (pred: (m: string | undefined) => boolean) => String(s.tests.filter((t) => pred(t.mode)).length);
        const weakest = s.points === score.score;
        return [
          { text: tr.content(s.section), ...(weakest ? { detail: tr.t('document.score.lowest') } : {}) },
          { text: formatPoints(s.points), ...(weakest ? { tone: 'warning' as const } : {}) },
          { text: count((m) => m === 'automated') },
          { text: count((m) => m === 'manual') },
          { text: count((m) => m === undefined) },
        ];
      }),
      empty: '',
    },
  ];
  if (score.next.length) {
    blocks.push(
      { kind: 'heading', text: tr.t('document.score.next') },
      {
        kind: 'table',
        columns: (['section', 'test', 'step', 'points'] as const).map((c) => tr.t(`document.score.${c}`)),
        rows: score.next.map((n) => [
          { text: tr.content(n.section) },
          { text: tr.content(n.test) },
          { text: tr.t(n.action === 'document' ? 'document.score.runIt' : 'document.score.automateIt') },
          { text: tr.t('document.score.gain', { points: formatPoints(n.gain) }) },
        ]),
        empty: '',
      },
    );
  }
  return blocks;
}
