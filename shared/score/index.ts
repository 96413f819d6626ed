// The ML Test Score of a plan (issue 13).
export { computeMlTestScore, scoreLevel, formatPoints, TEST_POINTS } from './ml-test-score.js';
export type { MlTestScore, SectionScore, ScoredTest, NextStep } from './ml-test-score.js';
