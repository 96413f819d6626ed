// The pure core of Handoff Studio: the plan model, the readiness rules and the
// operations that change a plan. Other modules (templates, export, merge) are
// imported from their own folders.
export * from './model/vocabulary.js';
export type * from './model/types.js';
export * from './model/schema.js';
export { parsePlan, validatePlanValue, formatPlanErrors, formatPath, findDuplicateIds, type ParseResult, type PlanError } from './model/parse.js';
export { serializePlan, canonicalizePlan } from './model/serialize.js';
export { createId, collectIds, idPrefix, freshIdsFor } from './model/ids.js';
export * from './rules/index.js';
export * from './ops/index.js';
