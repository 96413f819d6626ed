// The plan format as zod schemas: the one source for validation, the TypeScript
// types (./types.ts) and the JSON Schema shipped for editors (scripts/write-json-schema.ts).
// Every object is loose so that fields written by a newer app survive a round trip.
import { z } from 'zod';
import { CommentSchema, VoteRoundSchema, WorkshopRecordSchema } from './facilitation.js';
import {
  CLASSIFICATIONS,
  DELIVERABLES,
  EDGE_ROUTES,
  LANE_ORIENTATIONS,
  NODE_TYPES,
  PHASES,
  PLAN_FORMAT,
  PRIORITIES,
  PROTOCOLS,
  QUESTION_KINDS,
  QUESTION_STATUSES,
  REQUIREMENT_CATEGORIES,
  SIGNOFF_ROLES,
  TEAM_KINDS,
  TEST_MODES,
} from './vocabulary.js';

const show = (value: unknown): string => {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return String(value);
};

/** An enum whose error reads `"modle" is not a node type`. */
function oneOf<const T extends readonly [string, ...string[]]>(values: T, noun: string) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined ? 'is required' : `${show(issue.input)} is not ${noun}`,
  });
}

const id = z.string({ error: (i) => (i.input === undefined ? 'is required' : `${show(i.input)} is not a string id`) }).min(1, 'must not be empty');
const text = z.string({ error: (i) => (i.input === undefined ? 'is required' : `expected text, got ${show(i.input)}`) });
// min(1) shows up in the JSON Schema (editors flag an empty title); the refine adds blank-only text.
const requiredText = text.min(1, 'must not be empty').refine((s) => s.length === 0 || s.trim().length > 0, 'must not be empty');
const flag = z.boolean({ error: (i) => (i.input === undefined ? 'is required' : `expected true or false, got ${show(i.input)}`) });
const finite = z.number({ error: (i) => (i.input === undefined ? 'is required' : `expected a number, got ${show(i.input)}`) }).finite();

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T[0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
const isoDate = text.regex(ISO_DATE, { error: (i) => `${show(i.input)} is not an ISO 8601 date (YYYY-MM-DD)` });
const isoTimestamp = isoDate;

export const PhaseSchema = oneOf(PHASES, 'a phase');
export const NodeTypeSchema = oneOf(NODE_TYPES, 'a node type');

export const KpiSchema = z.looseObject({ name: text, target: text.optional() });

export const BusinessSchema = z.looseObject({
  problem: text.optional(),
  objective: text.optional(),
  customerImpact: text.optional(),
  kpis: z.array(KpiSchema).optional(),
});

export const MilestoneSchema = z.looseObject({
  phase: PhaseSchema,
  targetDate: isoDate.optional(),
  done: flag.optional(),
  notes: text.optional(),
});

export const TeamSchema = z.looseObject({
  id,
  name: text,
  kind: oneOf(TEAM_KINDS, 'a team kind'),
});

export const PersonSchema = z.looseObject({
  id,
  name: text,
  teamId: text.optional(),
  role: text.optional(),
  email: text.optional(),
});

export const RaciSchema = z.looseObject({
  responsible: z.array(text).optional(),
  accountable: text.optional(),
  consulted: z.array(text).optional(),
  informed: z.array(text).optional(),
});

export const HandoffSchema = z.looseObject({
  deliverable: oneOf(DELIVERABLES, 'a handoff deliverable').optional(),
  maintainerId: text.optional(),
  acceptance: text.optional(),
});

export const DataInfoSchema = z.looseObject({
  classification: oneOf(CLASSIFICATIONS, 'a data classification').optional(),
  personalData: flag.optional(),
  retention: text.optional(),
  volume: text.optional(),
});

export const ChecklistItemSchema = z.looseObject({
  id,
  text,
  done: flag,
  assigneeId: text.optional(),
  due: isoDate.optional(),
  phase: PhaseSchema.optional(),
  category: text.optional(),
  // Extension: for an ML Test Score test, how it is carried out (docs/format-extensions.md).
  testing: oneOf(TEST_MODES, 'a test mode').optional(),
});

export const RequirementSchema = z.looseObject({
  id,
  category: oneOf(REQUIREMENT_CATEGORIES, 'a requirement category'),
  text,
  priority: oneOf(PRIORITIES, 'a priority'),
  acceptance: text.optional(),
});

export const PositionSchema = z.looseObject({ x: finite, y: finite });

export const NodeSchema = z.looseObject({
  id,
  type: NodeTypeSchema,
  title: requiredText,
  description: text.optional(),
  position: PositionSchema,
  // Extension: the width the user resized the node to; absent, it widens with its title (docs/format-extensions.md).
  size: z.looseObject({ width: finite.positive('must be more than 0') }).optional(),
  ownerTeamId: text.optional(),
  operatorTeamId: text.optional(),
  raci: RaciSchema.optional(),
  handoff: HandoffSchema.optional(),
  data: DataInfoSchema.optional(),
  tech: text.optional(),
  checklist: z.array(ChecklistItemSchema).optional(),
  requirements: z.array(RequirementSchema).optional(),
  notes: text.optional(),
  // Extension: the frame (a titled rectangle on the canvas) the node belongs to (docs/format-extensions.md).
  frameId: text.optional(),
});

export const EdgeSchema = z.looseObject({
  id,
  source: id,
  target: id,
  label: text.optional(),
  protocol: oneOf(PROTOCOLS, 'a protocol').optional(),
  frequency: text.optional(),
  data: DataInfoSchema.optional(),
  contract: text.optional(),
  // Extensions (docs/format-extensions.md): how the canvas draws the flow, and the bend points it passes through in order.
  route: oneOf(EDGE_ROUTES, 'an edge route (straight or curved)').optional(),
  points: z.array(PositionSchema).optional(),
});

export const SizeSchema = z.looseObject({ width: finite.positive('must be more than 0'), height: finite.positive('must be more than 0') });

/**
 * Extension (docs/format-extensions.md): a titled rectangle on the canvas that groups
 * nodes. Membership is the nodes' `frameId`, so putting two nodes into one frame in two
 * copies of a plan touches two different entities and merges without a conflict.
 */
export const FrameSchema = z.looseObject({
  id,
  title: text,
  position: PositionSchema,
  size: SizeSchema,
});

/** Extension (docs/format-extensions.md): plan-level view settings that the exports follow. */
export const LayoutSchema = z.looseObject({
  lanes: oneOf(LANE_ORIENTATIONS, 'a lane orientation (rows or columns)').optional(),
});

export const QuestionSchema = z.looseObject({
  id,
  kind: oneOf(QUESTION_KINDS, 'a question kind'),
  text,
  status: oneOf(QUESTION_STATUSES, 'a question status'),
  ownerId: text.optional(),
  nodeId: text.optional(),
  resolution: text.optional(),
});

/**
 * Extension (docs/format-extensions.md): a person's sign-off of a handoff point
 * (`nodeId`) or a phase gate (`gate`), with the hash of exactly what was signed.
 */
export const SignOffSchema = z
  .looseObject({
    id,
    personId: id,
    role: oneOf(SIGNOFF_ROLES, 'a sign-off role'),
    date: isoTimestamp,
    nodeId: id.optional(),
    gate: PhaseSchema.optional(),
    hash: text.regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hex digest'),
    note: text.optional(),
  })
  .refine((s) => (s.nodeId === undefined) !== (s.gate === undefined), 'names either a node (nodeId) or a phase gate (gate), not both or neither');

export const MetaSchema = z.looseObject({
  createdAt: isoTimestamp.optional(),
  updatedAt: isoTimestamp.optional(),
  app: text.optional(),
});

export const PlanSchema = z.looseObject({
  format: z.literal(PLAN_FORMAT, {
    error: (i) => (i.input === undefined ? 'is required' : `${show(i.input)} is not "${PLAN_FORMAT}"`),
  }),
  version: z
    .number({ error: (i) => (i.input === undefined ? 'is required' : `expected a number, got ${show(i.input)}`) })
    .int('must be a whole number')
    .positive('must be 1 or more'),
  id,
  title: requiredText,
  summary: text.optional(),
  business: BusinessSchema.optional(),
  phase: PhaseSchema,
  milestones: z.array(MilestoneSchema).optional(),
  teams: z.array(TeamSchema).optional(),
  people: z.array(PersonSchema).optional(),
  nodes: z.array(NodeSchema).optional(),
  edges: z.array(EdgeSchema).optional(),
  // Extensions: frames on the canvas and the lane view setting (docs/format-extensions.md).
  frames: z.array(FrameSchema).optional(),
  layout: LayoutSchema.optional(),
  questions: z.array(QuestionSchema).optional(),
  // Extension: sign-offs of handoff points and phase gates, in the order given.
  signoffs: z.array(SignOffSchema).optional(),
  // Extensions: comments and sticky notes, revealed vote rounds, workshop records (docs/facilitation.md).
  comments: z.array(CommentSchema).optional(),
  votes: z.array(VoteRoundSchema).optional(),
  workshops: z.array(WorkshopRecordSchema).optional(),
  meta: MetaSchema.optional(),
});
