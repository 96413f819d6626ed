// The ML Test Score against hand-computed examples of the paper's rules: ½ point
// per test run by hand with documentation, 1 per automated test, summed per
// section, the score the lowest section total.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/model/types.js';
import type { TestMode } from '../../shared/model/vocabulary.js';
import { computeMlTestScore, scoreLevel } from '../../shared/score/index.js';
import { ML_TEST_SCORE_CHECKLIST, ML_TEST_SCORE_SECTIONS } from '../../shared/templates/index.js';
import { loadSample } from './support/sample-plan.js';

const tests = (section: string) => ML_TEST_SCORE_CHECKLIST.items.filter((i) => i.category === section);

/** The sample with the given tests of each section (by index) on the model node, in the given mode. */
function withTests(modes: Record<string, (TestMode | null)[]>, nodeId = 'n-model'): Plan {
  const plan = loadSample();
  const node = plan.nodes!.find((n) => n.id === nodeId)!;
  let n = 0;
  for (const [section, list] of Object.entries(modes)) {
    list.forEach((mode, i) => {
      const t = tests(section)[i];
      node.checklist = [...(node.checklist ?? []), { id: `t-${n++}`, text: t.text, done: mode !== null, category: t.category, ...(mode ? { testing: mode } : {}) }];
    });
  }
  return plan;
}

const [DATA, MODEL, INFRA, MONITOR] = ML_TEST_SCORE_SECTIONS;

describe('computeMlTestScore', () => {
  it('is 0 for a plan without the tests: a research project', () => {
    const score = computeMlTestScore(loadSample());
    expect(score.score).toBe(0);
    expect(score.testsInPlan).toBe(0);
    expect(score.sections.map((s) => s.points)).toEqual([0, 0, 0, 0]);
    expect(score.level).toMatch(/research project/);
  });

  it('scores ½ per manual and 1 per automated test; the weakest section decides', () => {
    // Data: 3 automated + 2 manual = 4; Model: 2 automated + 1 manual = 2.5;
    // Infrastructure: 4 automated = 4; Monitoring: 1 automated + 1 manual + 1 listed but not done = 1.5.
    const plan = withTests({
      [DATA]: ['automated', 'automated', 'automated', 'manual', 'manual'],
      [MODEL]: ['automated', 'automated', 'manual'],
      [INFRA]: ['automated', 'automated', 'automated', 'automated'],
      [MONITOR]: ['automated', 'manual', null],
    });
    const score = computeMlTestScore(plan);
    expect(score.sections.map((s) => [s.section, s.points])).toEqual([
      [DATA, 4],
      [MODEL, 2.5],
      [INFRA, 4],
      [MONITOR, 1.5],
    ]);
    expect(score.score).toBe(1.5);
    expect(score.level).toBe(scoreLevel(1.5));
    expect(score.level).toMatch(/first pass at basic productionization/);
    expect(score.testsInPlan).toBe(15);
    // Only Monitoring holds the score down: its first test not done yet is the next step.
    expect(score.next).toEqual([{ section: MONITOR, test: tests(MONITOR)[2].text, action: 'document', gain: 0.5 }]);
  });

  it('takes the best mode when a test is on several nodes, and matches texts with other spacing', () => {
    const plan = withTests({ [DATA]: ['manual'] });
    const monitor = plan.nodes!.find((n) => n.id === 'n-monitor')!;
    monitor.checklist = [...(monitor.checklist ?? []), { id: 'x', text: `  ${tests(DATA)[0].text.replace(/ /g, '  ')} `, done: true, testing: 'automated' }];
    expect(computeMlTestScore(plan).sections[0].points).toBe(1);
  });

  it('reads the levels as the paper does', () => {
    expect([0, 0.5, 1, 1.5, 2, 3, 4.5, 5, 5.5, 7].map(scoreLevel).map((l) => l.split(' ')[0])).toEqual([
      'More', 'Not', 'Not', 'A', 'A', 'Reasonably', 'Strong', 'Strong', 'Exceptional', 'Exceptional',
    ]);
  });

  it('a perfect plan scores 7 in every section; ties name a step for each weakest section', () => {
    const all = (mode: TestMode) => Object.fromEntries(ML_TEST_SCORE_SECTIONS.map((s) => [s, Array(7).fill(mode)]));
    expect(computeMlTestScore(withTests(all('automated'))).score).toBe(7);
    const manual = computeMlTestScore(withTests(all('manual')));
    expect(manual.score).toBe(3.5);
    expect(manual.next.map((n) => [n.section, n.action, n.gain])).toEqual(ML_TEST_SCORE_SECTIONS.map((s) => [s, 'automate', 0.5]));
  });
});
