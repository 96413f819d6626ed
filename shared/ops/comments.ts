// Comments and sticky notes (docs/facilitation.md): named operations like every other
// change to a plan, so undo, workshops and merge treat them alike.
import { commentsOf, voteRoundsOf, workshopRecordsOf, type CommentReply, type PlanComment, type VoteRound, type WorkshopRecord } from '../model/facilitation.js';
import type { Plan } from '../model/types.js';
import { applyPatch, withoutUndefined, type Patch } from './shared.js';

function withComments(plan: Plan, comments: PlanComment[]): Plan {
  return comments === commentsOf(plan) ? plan : { ...plan, comments };
}

function updateComment(plan: Plan, commentId: string, fn: (comment: PlanComment) => PlanComment): Plan {
  const list = commentsOf(plan);
  let changed = false;
  const next = list.map((comment) => {
    if (comment.id !== commentId) return comment;
    const updated = fn(comment);
    changed ||= updated !== comment;
    return updated;
  });
  return changed ? withComments(plan, next) : plan;
}

export function addComment(plan: Plan, comment: PlanComment): Plan {
  if (commentsOf(plan).some((c) => c.id === comment.id)) return plan;
  return withComments(plan, [...commentsOf(plan), withoutUndefined(comment)]);
}

export function editComment(plan: Plan, commentId: string, patch: Patch<PlanComment>): Plan {
  return updateComment(plan, commentId, (comment) => applyPatch(comment, patch));
}

export function replyToComment(plan: Plan, commentId: string, reply: CommentReply): Plan {
  return updateComment(plan, commentId, (comment) =>
    (comment.replies ?? []).some((r) => r.id === reply.id) ? comment : { ...comment, replies: [...(comment.replies ?? []), reply] },
  );
}

/** Resolves a thread (`by` and `at` say who and when) or, with `resolved: false`, reopens it. */
export function setCommentResolved(plan: Plan, commentId: string, resolved: boolean, by?: string, at?: string): Plan {
  return updateComment(plan, commentId, (comment) =>
    applyPatch(comment, resolved ? { resolved: true, resolvedBy: by, resolvedAt: at } : { resolved: undefined, resolvedBy: undefined, resolvedAt: undefined }),
  );
}

export function removeComment(plan: Plan, commentId: string): Plan {
  const list = commentsOf(plan);
  const next = list.filter((c) => c.id !== commentId);
  return next.length === list.length ? plan : withComments(plan, next);
}

export function addVoteRound(plan: Plan, round: VoteRound): Plan {
  if (voteRoundsOf(plan).some((r) => r.id === round.id)) return plan;
  return { ...plan, votes: [...voteRoundsOf(plan), round] };
}

export function addWorkshopRecord(plan: Plan, record: WorkshopRecord): Plan {
  if (workshopRecordsOf(plan).some((r) => r.id === record.id)) return plan;
  return { ...plan, workshops: [...workshopRecordsOf(plan), record] };
}
