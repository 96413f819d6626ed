// Compare and merge plans (issue 5). Pure: no Node, no DOM. Rules in docs/merge.md.
export { diffPlans, formatDiffText, diffToJson, summarizeDiff } from './diff.js';
export type { PlanDiff, PlanChange, FieldChange, DiffSummary } from './diff.js';
export { mergePlans, mergeTwoWay, resolveConflicts, conflictKey, MergeResolutionError } from './merge.js';
export type { Conflict, ConflictReason, ConflictChoice, ConflictChoices, MergeResult } from './merge.js';
export { formatConflictsText, conflictsToJson } from './report.js';
export type { ConflictJson } from './report.js';
export { withBase, baseOf, baseHashOf, commonBaseOf, planHash, withoutBase } from './base.js';
export type { BaseRecord } from './base.js';
export type { EntityKind } from './entities.js';
export { ENTITY_KINDS } from './entities.js';
