// The "Comments" region of the inspector: the threads on the selected node or edge, or
// on the plan when nothing is selected (with sticky notes, and the comments whose
// node or edge is gone, listed as detached rather than lost). Each thread shows its
// author, time and replies, and can be resolved and reopened.
import { useId, useState } from 'react';
import { commentsOf, isDetached, type CommentTarget, type PlanComment } from '../../../shared/model/facilitation';
import { formatDateTime, useT } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { postComment, reply, setResolved } from './commentActions';

function When({ iso }: { iso: string }) {
  useT(); // redraws in a new language
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return (
    <time className="comment__time" dateTime={iso}>
      {formatDateTime(date)}
    </time>
  );
}

function TextEntry({ label, button, onPost, disabled }: { label: string; button: string; onPost(text: string): void; disabled: boolean }) {
  const id = useId();
  const [text, setText] = useState('');
  const post = () => {
    const trimmed = text.trim();
    if (!trimmed) return;
    onPost(trimmed);
    setText('');
  };
  return (
    <div className="comment-entry">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={id}
        rows={2}
        value={text}
        placeholder={label}
        disabled={disabled}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            post();
          }
        }}
      />
      <button type="button" className="btn btn--sm" onClick={post} disabled={disabled || !text.trim()}>
        {button}
      </button>
    </div>
  );
}

function Thread({ comment, where, readOnly }: { comment: PlanComment; where?: string; readOnly: boolean }) {
  const t = useT();
  const [replying, setReplying] = useState(false);
  const authorOf = (name: string) => name || t('ui.facilitation.comments.anonymous');
  return (
    <article className={`comment${comment.resolved ? ' is-resolved' : ''}`} aria-label={t('ui.facilitation.comments.commentBy', { author: authorOf(comment.author) })}>
      <header className="comment__head">
        <span className="comment__author">{authorOf(comment.author)}</span>
        <When iso={comment.createdAt} />
        {comment.sticky && <span className="comment__tag">{t('ui.facilitation.comments.stickyNote')}</span>}
        {where && <span className="comment__tag comment__tag--detached">{where}</span>}
      </header>
      <p className="comment__text">{comment.text}</p>
      {(comment.replies ?? []).map((r) => (
        <div key={r.id} className="comment__reply">
          <span className="comment__author">{authorOf(r.author)}</span> <When iso={r.createdAt} />
          <p className="comment__text">{r.text}</p>
        </div>
      ))}
      {comment.resolved && <p className="comment__resolved">{comment.resolvedBy ? t('ui.facilitation.comments.resolvedBy', { name: comment.resolvedBy }) : t('ui.facilitation.comments.resolved')}</p>}
      {!readOnly && (
        <div className="comment__actions">
          <button type="button" className="button-link" onClick={() => setResolved(comment.id, !comment.resolved)}>
            {comment.resolved ? t('ui.facilitation.comments.reopen') : t('ui.facilitation.comments.resolve')}
          </button>
          {!comment.resolved && (
            <button type="button" className="button-link" aria-expanded={replying} onClick={() => setReplying((r) => !r)}>
              {t('ui.facilitation.comments.reply')}
            </button>
          )}
        </div>
      )}
      {replying && !comment.resolved && (
        <TextEntry
          label={t('ui.facilitation.comments.writeReply')}
          button={t('ui.facilitation.comments.postReply')}
          disabled={readOnly}
          onPost={(text) => {
            reply(comment.id, text);
            setReplying(false);
          }}
        />
      )}
    </article>
  );
}

const sameTarget = (a: CommentTarget, b: CommentTarget) => a.kind === b.kind && (a.kind === 'plan' || a.id === b.id);

export function Comments({ target }: { target: CommentTarget }) {
  const plan = useDocumentStore((s) => s.plan);
  const readOnly = useDocumentStore((s) => Boolean(s.doc?.readOnlyReason));
  const t = useT();
  if (!plan) return null;
  const all = commentsOf(plan);
  const threads = all.filter((c) => sameTarget(c.target, target));
  const detached = target.kind === 'plan' ? all.filter((c) => isDetached(plan, c)) : [];
  const open = threads.filter((c) => !c.resolved).length;
  return (
    <section className="comments" role="region" aria-label={t('ui.facilitation.comments.title')}>
      <h3 className="comments__title">
        {t('ui.facilitation.comments.title')} {open > 0 && <span className="section-count">{open}</span>}
      </h3>
      {threads.length === 0 && detached.length === 0 && <p className="comments__empty">{t('ui.facilitation.comments.empty')}</p>}
      {threads.map((c) => (
        <Thread key={c.id} comment={c} readOnly={readOnly} />
      ))}
      {detached.length > 0 && (
        <>
          <h4 className="comments__subtitle">{t('ui.facilitation.comments.detachedHeading', { kinds: detached.some((c) => c.target.kind === 'edge') ? 'edge' : 'node' })}</h4>
          {detached.map((c) => (
            <Thread key={c.id} comment={c} readOnly={readOnly} where={t('ui.facilitation.comments.detachedFrom', { kind: c.target.kind, id: c.target.id ?? '' })} />
          ))}
        </>
      )}
      <TextEntry label={t('ui.facilitation.comments.addComment')} button={t('ui.facilitation.comments.postComment')} disabled={readOnly} onPost={(text) => postComment(target, text)} />
    </section>
  );
}
