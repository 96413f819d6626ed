// The checklist libraries a person can pick items from, as data.
import { HANDOFF_CHECKLIST } from './handoff.js';
import { ML_TEST_SCORE_CHECKLIST } from './ml-test-score.js';
import { PRIVACY_SECURITY_CHECKLIST } from './privacy-security.js';
import type { ChecklistLibrary } from './types.js';

export type { ChecklistLibrary, ChecklistLibraryItem } from './types.js';
export { ML_TEST_SCORE_SECTIONS, type MlTestScoreSection } from './ml-test-score.js';
export { HANDOFF_CHECKLIST, ML_TEST_SCORE_CHECKLIST, PRIVACY_SECURITY_CHECKLIST };

export const CHECKLIST_LIBRARIES: readonly ChecklistLibrary[] = [HANDOFF_CHECKLIST, ML_TEST_SCORE_CHECKLIST, PRIVACY_SECURITY_CHECKLIST];
