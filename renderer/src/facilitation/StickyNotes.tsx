// Sticky notes on the canvas, in flow coordinates (inside a ViewportPortal): the plan's
// open sticky comments, and this person's private brainstorm notes, marked as such.
import { commentsOf } from '../../../shared/model/facilitation';
import { useT } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { usePrivateNotes } from './brainstorm';

export function StickyNotes() {
  const t = useT();
  const plan = useDocumentStore((s) => s.plan);
  const mine = usePrivateNotes((s) => s.notes);
  const shared = plan ? commentsOf(plan).filter((c) => c.sticky && !c.resolved) : [];
  if (shared.length === 0 && mine.length === 0) return null;
  return (
    <div className="sticky-notes">
      {shared.map((c) => (
        <div key={c.id} className="sticky-note" style={{ transform: `translate(${c.sticky!.x}px, ${c.sticky!.y}px)` }} role="note" aria-label={t('ui.facilitation.stickyNotes.note', { text: c.text })}>
          <p>{c.text}</p>
          {c.author && <span className="sticky-note__author">{c.author}</span>}
        </div>
      ))}
      {mine.map((n) => (
        <div key={n.id} className="sticky-note is-private" style={{ transform: `translate(${n.x}px, ${n.y}px)` }} role="note" aria-label={t('ui.facilitation.stickyNotes.privateNote', { text: n.text })}>
          <p>{n.text}</p>
          <span className="sticky-note__author">{t('ui.facilitation.stickyNotes.onlyYou')}</span>
        </div>
      ))}
    </div>
  );
}
