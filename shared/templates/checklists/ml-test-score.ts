// The 28 tests of the ML Test Score (Breck et al., "The ML Test Score: A Rubric
// for ML Production Readiness and Technical Debt Reduction", IEEE Big Data 2017),
// in four sections of seven, restated in our own words. The category of each item
// is its section, so the editor and the exports can group and score them.
import type { ChecklistLibrary, ChecklistLibraryItem } from './types.js';

export const ML_TEST_SCORE_SECTIONS = ['Data and features', 'Model development', 'ML infrastructure', 'Monitoring'] as const;
export type MlTestScoreSection = (typeof ML_TEST_SCORE_SECTIONS)[number];

const data = (text: string, phase: ChecklistLibraryItem['phase']): ChecklistLibraryItem => ({ text, phase, category: 'Data and features' });
const model = (text: string, phase: ChecklistLibraryItem['phase']): ChecklistLibraryItem => ({ text, phase, category: 'Model development' });
const infra = (text: string, phase: ChecklistLibraryItem['phase']): ChecklistLibraryItem => ({ text, phase, category: 'ML infrastructure' });
const monitor = (text: string, phase: ChecklistLibraryItem['phase']): ChecklistLibraryItem => ({ text, phase, category: 'Monitoring' });

export const ML_TEST_SCORE_CHECKLIST: ChecklistLibrary = {
  id: 'ml-test-score',
  name: 'ML Test Score (28 tests)',
  description:
    'Production-readiness tests in four sections of seven. Score half a point for a test run by hand with documented results and a full point when it is automated; add up each section; the overall score is the lowest section total (0 is a research project, above 5 is exceptional).',
  items: [
    data('Expected values and ranges of every feature are written down as a schema and checked', 'model-development'),
    data('Every feature has been shown to improve the model enough to keep it', 'model-development'),
    data('No feature costs more in latency, compute, dependencies or upkeep than it adds', 'model-development'),
    data('Every feature meets the organisation’s rules on which data may be used and how', 'model-development'),
    data('The data pipeline has privacy controls appropriate to the data it moves', 'model-development'),
    data('A new feature can be added, tested and shipped quickly', 'productionization'),
    data('All code that computes features is covered by tests', 'productionization'),

    model('Every model specification is reviewed and kept in version control', 'model-development'),
    model('Offline metrics have been shown to move with the business impact seen online', 'productionization'),
    model('Hyperparameters have been tuned rather than left at defaults', 'model-development'),
    model('How fast quality decays as the model ages is measured and known', 'model-development'),
    model('A simpler model, such as a baseline, was tried and is not better', 'model-development'),
    model('Quality is good enough on every important slice of the data, not just on average', 'model-development'),
    model('The model has been checked for unfair differences between groups of people', 'model-development'),

    infra('Training is reproducible: the same data and code give an equivalent model', 'model-development'),
    infra('The code that defines the model is unit tested', 'productionization'),
    infra('The whole pipeline, from raw data to served prediction, is integration tested', 'productionization'),
    infra('A model’s quality is checked automatically before it may serve', 'productionization'),
    infra('One example can be followed step by step through training and serving to debug it', 'productionization'),
    infra('A new model serves a small share of traffic (canary) before it serves everyone', 'productionization'),
    infra('A model can be rolled back to the previous version quickly and safely', 'productionization'),

    monitor('Changes in upstream data or services the model depends on raise a notification', 'productionization'),
    monitor('Invariants of the input data are checked in both training and serving', 'productionization'),
    monitor('Training and serving compute the same values for the same feature', 'productionization'),
    monitor('The age of the serving model is watched, and an old model raises an alert', 'launch-and-maintenance'),
    monitor('The model is watched for numerical trouble such as NaN or infinite values', 'productionization'),
    monitor('Training time, serving latency, throughput and memory are tracked for regressions', 'launch-and-maintenance'),
    monitor('Prediction quality on live data is tracked for regressions', 'launch-and-maintenance'),
  ],
};
