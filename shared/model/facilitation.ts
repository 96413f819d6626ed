// The plan format's workshop extensions (docs/facilitation.md): comments and sticky
// notes, revealed vote rounds and workshop records. Optional top-level lists of the
// plan schema (schema.ts), so a reader that does not know them keeps them as unknown fields.
import { z } from 'zod';
import type { Plan } from './types.js';

const id = z.string().min(1);
const FlowPoint = z.looseObject({ x: z.number().finite(), y: z.number().finite() });

export const CommentTargetSchema = z.looseObject({
  kind: z.enum(['plan', 'node', 'edge'], { error: (i) => `${JSON.stringify(i.input)} is not a comment target (plan, node or edge)` }),
  id: z.string().optional(),
});

export const CommentReplySchema = z.looseObject({ id, author: z.string(), createdAt: z.string(), text: z.string() });

export const CommentSchema = z.looseObject({
  id,
  target: CommentTargetSchema,
  author: z.string(),
  createdAt: z.string(),
  text: z.string(),
  resolved: z.boolean().optional(),
  resolvedBy: z.string().optional(),
  resolvedAt: z.string().optional(),
  replies: z.array(CommentReplySchema).optional(),
  sticky: FlowPoint.optional(),
});

export const VoteTotalSchema = z.looseObject({ target: CommentTargetSchema, count: z.number().int().nonnegative() });

export const VoteRoundSchema = z.looseObject({
  id,
  question: z.string(),
  startedAt: z.string(),
  revealedAt: z.string(),
  votesPerPerson: z.number().int().positive(),
  maxPerTarget: z.number().int().positive().optional(),
  voters: z.number().int().nonnegative(),
  totals: z.array(VoteTotalSchema),
});

export const WorkshopRecordSchema = z.looseObject({
  id,
  startedAt: z.string(),
  endedAt: z.string(),
  durationMinutes: z.number().nonnegative(),
  attendees: z.array(z.looseObject({ name: z.string(), role: z.string() })),
  voteRoundIds: z.array(z.string()),
  decisionIds: z.array(z.string()),
  commentsOpened: z.number().int().nonnegative(),
  commentsResolved: z.number().int().nonnegative(),
});

export type CommentTarget = z.infer<typeof CommentTargetSchema>;
export type CommentReply = z.infer<typeof CommentReplySchema>;
export type PlanComment = z.infer<typeof CommentSchema>;
export type VoteRound = z.infer<typeof VoteRoundSchema>;
export type WorkshopRecord = z.infer<typeof WorkshopRecordSchema>;

export const commentsOf = (plan: Plan): PlanComment[] => plan.comments ?? [];
export const voteRoundsOf = (plan: Plan): VoteRound[] => plan.votes ?? [];
export const workshopRecordsOf = (plan: Plan): WorkshopRecord[] => plan.workshops ?? [];

/** Whether a comment's node or edge is still in the plan (a detached comment is kept, and shown as such). */
export function isDetached(plan: Plan, comment: PlanComment): boolean {
  const { kind, id: targetId } = comment.target;
  if (kind === 'node') return !(plan.nodes ?? []).some((n) => n.id === targetId);
  if (kind === 'edge') return !(plan.edges ?? []).some((e) => e.id === targetId);
  return false;
}
