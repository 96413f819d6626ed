// Comments and sticky notes are plan content (docs/facilitation.md): every change is a
// named operation through the document store, so they work in a plain editor (author =
// the name in Settings) as in a workshop (author = the name one joined under), undo
// and merge alike.
import { commentsOf, type CommentTarget, type PlanComment } from '../../../shared/model/facilitation';
import { createId } from '../../../shared/model/ids';
import type { Plan } from '../../../shared/model/types';
import { addComment, removeComment, replyToComment, setCommentResolved } from '../../../shared/ops/index';
import { uiT } from '../i18n';
import { authorName } from '../settings/settingsStore';
import { useDocumentStore } from '../store/documentStore';
import { currentRoom } from './room';

/** Who is writing: the workshop name, else Settings' author name. */
export function commentAuthor(): string {
  return currentRoom()?.name ?? (authorName() || uiT('ui.facilitation.commentOps.someone'));
}

function newCommentId(plan: Plan, prefix: string): string {
  const taken = new Set(commentsOf(plan).flatMap((c) => [c.id, ...(c.replies ?? []).map((r) => r.id)]));
  return createId(prefix, (id) => taken.has(id));
}

const apply = (label: string, operation: (plan: Plan) => Plan) => useDocumentStore.getState().apply(label, operation);

export function postComment(target: CommentTarget, text: string, extra?: Pick<PlanComment, 'sticky'> & { author?: string }): void {
  const plan = useDocumentStore.getState().plan;
  if (!plan) return;
  const comment: PlanComment = {
    id: newCommentId(plan, 'c'),
    target: target.kind === 'plan' ? { kind: 'plan' } : { kind: target.kind, id: target.id },
    author: extra?.author ?? commentAuthor(),
    createdAt: new Date().toISOString(),
    text,
    ...(extra?.sticky ? { sticky: extra.sticky } : {}),
  };
  apply(extra?.sticky ? uiT('ui.facilitation.commentOps.addStickyNote') : uiT('ui.facilitation.commentOps.addComment'), (p) => addComment(p, comment));
}

export function reply(commentId: string, text: string): void {
  const plan = useDocumentStore.getState().plan;
  if (!plan) return;
  const id = newCommentId(plan, 'r');
  apply(uiT('ui.facilitation.commentOps.reply'), (p) => replyToComment(p, commentId, { id, author: commentAuthor(), createdAt: new Date().toISOString(), text }));
}

export function setResolved(commentId: string, resolved: boolean): void {
  apply(resolved ? uiT('ui.facilitation.commentOps.resolve') : uiT('ui.facilitation.commentOps.reopen'), (p) => setCommentResolved(p, commentId, resolved, commentAuthor(), new Date().toISOString()));
}

export function deleteComment(commentId: string): void {
  apply(uiT('ui.facilitation.commentOps.delete'), (p) => removeComment(p, commentId));
}

const openCounts = new WeakMap<PlanComment[], ReadonlyMap<string, number>>();
const NONE: PlanComment[] = [];

/** Open (unresolved) comments per "node:<id>" / "edge:<id>", cached per comments list. */
export function openCommentCounts(plan: Plan | null): ReadonlyMap<string, number> {
  const comments = plan ? commentsOf(plan) : NONE;
  let counts = openCounts.get(comments);
  if (!counts) {
    const next = new Map<string, number>();
    for (const c of comments) {
      if (c.resolved || c.target.kind === 'plan') continue;
      const key = `${c.target.kind}:${c.target.id ?? ''}`;
      next.set(key, (next.get(key) ?? 0) + 1);
    }
    openCounts.set(comments, (counts = next));
  }
  return counts;
}
