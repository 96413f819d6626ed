// The sample plan the spec's examples are written against, read as a user's file would be.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '../../../shared/model/parse.js';
import type { Plan } from '../../../shared/model/types.js';

export const SAMPLE_PATH = fileURLToPath(new URL('../../../examples/churn-scoring.handoff.json', import.meta.url));
export const SAMPLE_TEXT = readFileSync(SAMPLE_PATH, 'utf8');

/** A fresh copy of the sample plan (tests may mutate what they get). */
export function loadSample(): Plan {
  const result = parsePlan(SAMPLE_TEXT);
  if (!result.ok) throw new Error(`sample plan does not parse: ${JSON.stringify(result.errors)}`);
  return result.plan;
}
