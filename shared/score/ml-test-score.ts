// The ML Test Score (Breck et al., "The ML Test Score: A Rubric for ML Production
// Readiness and Technical Debt Reduction", IEEE Big Data 2017) of a plan. The 28
// tests are the ML Test Score checklist library; a plan holds a test when one of
// its nodes has a checklist item with the library text, and says how the test is
// carried out in the item's `testing` field (an extension). Scoring, as in the
// paper: half a point for a test run by hand with documented results, one point
// when it is automated, summed per section; the score is the lowest section total.
import { LANGUAGES, createTranslator } from '../i18n/index.js';
import type { ChecklistItem, Plan, PlanNode } from '../model/types.js';
import type { TestMode } from '../model/vocabulary.js';
import { ML_TEST_SCORE_CHECKLIST, ML_TEST_SCORE_SECTIONS, type MlTestScoreSection } from '../templates/checklists/ml-test-score.js';

export const TEST_POINTS: Record<TestMode, number> = { manual: 0.5, automated: 1 };

export interface ScoredTest {
  text: string;
  section: MlTestScoreSection;
  /** How the plan says the test is carried out; undefined when not (yet). */
  mode?: TestMode;
  points: number;
  /** The nodes that hold the test as a checklist item. */
  nodes: PlanNode[];
}

export interface SectionScore {
  section: MlTestScoreSection;
  points: number;
  tests: ScoredTest[];
}

export interface MlTestScore {
  sections: SectionScore[];
  /** The lowest section total. */
  score: number;
  /** The paper's reading of the score. */
  level: string;
  /** Tests of the library the plan holds as checklist items (0 when the plan does not use the rubric). */
  testsInPlan: number;
  /** What would raise the score next: for every section at the minimum, its cheapest step up. */
  next: NextStep[];
}

export interface NextStep {
  section: MlTestScoreSection;
  test: string;
  /** What to do: run it by hand and document it, or automate it. */
  action: 'document' | 'automate';
  gain: number;
}

const LEVELS = [
  'More of a research project than a productionized system',
  'Not totally untested, but there may be serious holes in reliability',
  'A first pass at basic productionization; more investment may be needed',
  'Reasonably tested; more of the tests and procedures may be automated',
  'Strong automated testing and monitoring, appropriate for mission-critical systems',
  'Exceptional automated testing and monitoring',
] as const;

/** Which of the paper's six readings (Table V) a score gets: 0 (≤ 0) to 5 (above 5); the catalog words each. */
export function scoreLevelIndex(score: number): 0 | 1 | 2 | 3 | 4 | 5 {
  if (score <= 0) return 0;
  if (score <= 1) return 1;
  if (score <= 2) return 2;
  if (score <= 3) return 3;
  return score <= 5 ? 4 : 5;
}

/** The paper's interpretation of an overall score (Table V), in English. */
export function scoreLevel(score: number): string {
  return LEVELS[scoreLevelIndex(score)];
}

const normal = (text: string) => text.trim().replace(/\s+/g, ' ');
const RANK: Record<TestMode, number> = { manual: 1, automated: 2 };

function better(a: TestMode | undefined, b: TestMode | undefined): TestMode | undefined {
  if (!a) return b;
  if (!b) return a;
  return RANK[b] > RANK[a] ? b : a;
}

/** Points as a person writes them: 0, 0.5, 1, 1.5… */
export const formatPoints = (points: number): string => String(Math.round(points * 2) / 2);

export function computeMlTestScore(plan: Plan): MlTestScore {
  const holders = new Map<string, { node: PlanNode; item: ChecklistItem }[]>();
  for (const node of plan.nodes ?? []) {
    if (node.type === 'note') continue;
    for (const item of node.checklist ?? []) {
      const key = normal(item.text);
      const list = holders.get(key);
      if (list) list.push({ node, item });
      else holders.set(key, [{ node, item }]);
    }
  }
  let testsInPlan = 0;
  const sections: SectionScore[] = ML_TEST_SCORE_SECTIONS.map((section) => {
    const tests = ML_TEST_SCORE_CHECKLIST.items
      .filter((t) => t.category === section)
      .map((t): ScoredTest => {
        // A plan holds the test in the language its checklist was written in.
        const texts = new Set(LANGUAGES.map((lang) => normal(createTranslator(lang).content(t.text))));
        const held = [...texts].flatMap((text) => holders.get(text) ?? []);
        if (held.length) testsInPlan++;
        const mode = held.reduce<TestMode | undefined>((m, h) => better(m, h.item.testing), undefined);
        return {
          text: t.text,
          section,
          ...(mode ? { mode } : {}),
          points: mode ? TEST_POINTS[mode] : 0,
          nodes: [...new Set(held.map((h) => h.node))],
        };
      });
    return { section, points: tests.reduce((sum, t) => sum + t.points, 0), tests };
  });
  const score = Math.min(...sections.map((s) => s.points));
  const next: NextStep[] = [];
  for (const s of sections) {
    if (s.points !== score) continue;
    // The cheapest step: a test not done at all gets documented first (½), else one done by hand gets automated.
    const untested = s.tests.find((t) => !t.mode);
    const manual = s.tests.find((t) => t.mode === 'manual');
    if (untested) next.push({ section: s.section, test: untested.text, action: 'document', gain: TEST_POINTS.manual });
    else if (manual) next.push({ section: s.section, test: manual.text, action: 'automate', gain: TEST_POINTS.automated - TEST_POINTS.manual });
  }
  return { sections, score, level: scoreLevel(score), testsInPlan, next };
}
