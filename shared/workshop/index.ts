// Live workshops: the plan as a shared Yjs document (spec: workshop.md).
export * from './doc-shape.js';
export { seedDoc, isDocEmpty, writePlanChange, planFields } from './write-plan.js';
export { PlanMirror, formatProblem, type WorkshopProblem, type MirrorState } from './plan-mirror.js';
