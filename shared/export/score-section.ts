// The document's "ML Test Score" section and its line in document control.
import { formatPoints, type MlTestScore } from '../score/ml-test-score.js';
import { TEST_MODE_LABELS } from '../model/vocabulary.js';
import type { Block, Cell } from './model.js';

export function mlTestScoreFact(score: MlTestScore): { label: string; value: Cell } {
  return { label: 'ML Test Score', value: { text: `${formatPoints(score.score)} — ${score.level}`, tone: score.score >= 3 ? 'ok' : score.score > 0 ? 'info' : 'warning' } };
}

export function mlTestScoreSection(score: MlTestScore): Block[] {
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: 'Breck et al.’s rubric (“The ML Test Score”, IEEE Big Data 2017): each of its 28 tests scores half a point when run by hand with documented results and one point when automated; each section adds up its points, and the score is the lowest section total.',
    },
    {
      kind: 'facts',
      items: [
        { label: 'Score', value: { text: `ML Test Score ${formatPoints(score.score)}`, tone: score.score >= 3 ? 'ok' : 'warning' } },
        { label: 'Reading', value: { text: score.level } },
        { label: 'Tests on the plan', value: { text: `${score.testsInPlan} of 28` } },
      ],
    },
    {
      kind: 'table',
      columns: ['Section', 'Points', 'Automated', 'Manual', 'Not yet'],
      rows: score.sections.map((s) => {
        const count = (pred: (m: string | undefined) => boolean) => String(s.tests.filter((t) => pred(t.mode)).length);
        const weakest = s.points === score.score;
        return [
          { text: s.section, ...(weakest ? { detail: 'lowest: decides the score' } : {}) },
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
      { kind: 'heading', text: 'What would raise the score next' },
      {
        kind: 'table',
        columns: ['Section', 'Test', 'Step', 'Points'],
        rows: score.next.map((n) => [
          { text: n.section },
          { text: n.test },
          { text: n.action === 'document' ? `Run it: ${TEST_MODE_LABELS.manual.toLowerCase()}` : 'Automate it' },
          { text: `+${formatPoints(n.gain)}` },
        ]),
        empty: '',
      },
    );
  }
  return blocks;
}
