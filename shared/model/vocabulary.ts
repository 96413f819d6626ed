// The closed lists of the plan format (spec: docs/plan-format.md) and
// the words a person sees for them. One place, so the schema, the editor and the
// exports can never disagree on a name.

export const PHASES = [
  'exploration',
  'active-research',
  'model-development',
  'productionization',
  'launch-and-maintenance',
] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_LABELS: Record<Phase, string> = {
  exploration: 'Exploration',
  'active-research': 'Active research',
  'model-development': 'Model development',
  productionization: 'Productionization',
  'launch-and-maintenance': 'Launch & maintenance',
};

/** Position of a phase in the project's order; earlier phases compare lower. */
export function phaseIndex(phase: Phase): number {
  return PHASES.indexOf(phase);
}

export const NODE_TYPES = [
  'data-source',
  'dataset',
  'pipeline',
  'notebook',
  'training',
  'model',
  'evaluation',
  'service',
  'batch-job',
  'application',
  'dashboard',
  'monitoring',
  'infrastructure',
  'note',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const NODE_TYPE_LABELS: Record<NodeType, string> = {
  'data-source': 'Data source',
  dataset: 'Dataset',
  pipeline: 'Pipeline',
  notebook: 'Notebook',
  training: 'Training',
  model: 'Model',
  evaluation: 'Evaluation',
  service: 'Service',
  'batch-job': 'Batch job',
  application: 'Application',
  dashboard: 'Dashboard',
  monitoring: 'Monitoring',
  infrastructure: 'Infrastructure',
  note: 'Note',
};

export const NODE_TYPE_DESCRIPTIONS: Record<NodeType, string> = {
  'data-source': 'An operational database, event stream or third-party feed',
  dataset: 'A curated dataset, feature table or data mart',
  pipeline: 'An ETL or feature-engineering job',
  notebook: 'A research notebook or prototype',
  training: 'A training job',
  model: 'A trained model or registry entry',
  evaluation: 'Validation, QA or testing of a model',
  service: 'An online prediction API or endpoint',
  'batch-job': 'Batch scoring',
  application: 'A downstream system that uses predictions',
  dashboard: 'A report or dashboard',
  monitoring: 'Drift and performance monitoring, alerting',
  infrastructure: 'A compute platform, cluster or environment',
  note: 'A sticky note on the canvas',
};

export const TEAM_KINDS = ['data-science', 'it', 'business', 'external'] as const;
export type TeamKind = (typeof TEAM_KINDS)[number];
export const TEAM_KIND_LABELS: Record<TeamKind, string> = {
  'data-science': 'Data science',
  it: 'IT',
  business: 'Business',
  external: 'External',
};

export const DELIVERABLES = ['prototype', 'production-code', 'co-developed', 'managed-service'] as const;
export type Deliverable = (typeof DELIVERABLES)[number];
export const DELIVERABLE_LABELS: Record<Deliverable, string> = {
  prototype: 'Prototype',
  'production-code': 'Production code',
  'co-developed': 'Co-developed',
  'managed-service': 'Managed service',
};

export const CLASSIFICATIONS = ['public', 'internal', 'confidential', 'restricted'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];
export const CLASSIFICATION_LABELS: Record<Classification, string> = {
  public: 'Public',
  internal: 'Internal',
  confidential: 'Confidential',
  restricted: 'Restricted',
};

export const REQUIREMENT_CATEGORIES = [
  'functional',
  'performance',
  'availability',
  'security',
  'privacy',
  'compliance',
  'data',
  'operations',
  'cost',
] as const;
export type RequirementCategory = (typeof REQUIREMENT_CATEGORIES)[number];
export const REQUIREMENT_CATEGORY_LABELS: Record<RequirementCategory, string> = {
  functional: 'Functional',
  performance: 'Performance',
  availability: 'Availability',
  security: 'Security',
  privacy: 'Privacy',
  compliance: 'Compliance',
  data: 'Data',
  operations: 'Operations',
  cost: 'Cost',
};

export const PRIORITIES = ['must', 'should', 'could'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PRIORITY_LABELS: Record<Priority, string> = { must: 'Must', should: 'Should', could: 'Could' };

export const PROTOCOLS = ['rest', 'grpc', 'batch-file', 'stream', 'database', 'manual', 'other'] as const;
export type Protocol = (typeof PROTOCOLS)[number];
export const PROTOCOL_LABELS: Record<Protocol, string> = {
  rest: 'REST',
  grpc: 'gRPC',
  'batch-file': 'Batch file',
  stream: 'Stream',
  database: 'Database',
  manual: 'Manual',
  other: 'Other',
};

export const QUESTION_KINDS = ['question', 'risk', 'decision'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  question: 'Question',
  risk: 'Risk',
  decision: 'Decision',
};

export const QUESTION_STATUSES = ['open', 'resolved'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const TARGET_KINDS = ['plan', 'node', 'edge', 'checklist-item', 'question', 'person', 'team'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export const RULE_IDS = [
  'broken-reference',
  'business-context',
  'missing-owner',
  'missing-accountable',
  'privacy-review',
  'integration-contract',
  'handoff-terms',
  'model-monitoring',
  'phase-gate',
  'isolated-node',
  // Extensions of the spec's table (docs/format-extensions.md):
  'stale-signoff',
  'gate-signoff',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** The side a person signs a handoff point or phase gate for (an extension: docs/format-extensions.md). */
export const SIGNOFF_ROLES = ['owner', 'operator', 'business', 'security'] as const;
export type SignOffRole = (typeof SIGNOFF_ROLES)[number];
export const SIGNOFF_ROLE_LABELS: Record<SignOffRole, string> = {
  owner: 'Owner side',
  operator: 'Operator side',
  business: 'Business',
  security: 'Security',
};

/** How an ML Test Score test is carried out (an extension): by hand with documented results (½ point) or automated (1 point). */
export const TEST_MODES = ['manual', 'automated'] as const;
export type TestMode = (typeof TEST_MODES)[number];
export const TEST_MODE_LABELS: Record<TestMode, string> = {
  manual: 'Manually, documented',
  automated: 'Automated',
};

/** Extension (docs/format-extensions.md): how the canvas draws a flow; absent means right angles. */
export const EDGE_ROUTES = ['straight', 'curved'] as const;
export type EdgeRoute = (typeof EDGE_ROUTES)[number];

/** Extension (docs/format-extensions.md): the lane view's swimlanes by owner team, as rows or as columns. */
export const LANE_ORIENTATIONS = ['rows', 'columns'] as const;
export type LaneOrientation = (typeof LANE_ORIENTATIONS)[number];

export const PLAN_FORMAT = 'handoff-plan' as const;
/** The newest format version this app reads and writes. */
export const CURRENT_FORMAT_VERSION = 1;
