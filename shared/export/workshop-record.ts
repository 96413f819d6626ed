// The document's "Workshop record" section (docs/facilitation.md): each ended
// workshop with its date, duration, attendees, vote rounds and their results, the
// decisions taken and the comments opened and resolved, plus the discussion still open.
import type { Translator } from '../i18n/index.js';
import { commentsOf, isDetached, voteRoundsOf, workshopRecordsOf, type CommentTarget } from '../model/facilitation.js';
import type { Plan } from '../model/types.js';
import type { Block, Cell } from './model.js';
import type { NameLookup } from './names.js';

const day = (iso: string): string => iso.slice(0, 10);

function targetName(target: CommentTarget, plan: Plan, names: NameLookup, tr: Translator): string {
  if (target.kind === 'plan') return tr.t('labels.thePlan');
  if (target.kind === 'node') return names.node(target.id);
  const edge = (plan.edges ?? []).find((e) => e.id === target.id);
  return edge ? names.edge(edge) : tr.t('document.workshop.removedFlow', { id: target.id ?? '' });
}

export function workshopRecordSection(plan: Plan, names: NameLookup, tr: Translator): Block[] {
  const records = workshopRecordsOf(plan);
  const rounds = voteRoundsOf(plan);
  const w = (key: 'duration' | 'attended' | 'votes' | 'decisions' | 'opened' | 'resolvedCount') => tr.t(`document.workshop.${key}`);
  const blocks: Block[] = [
    {
      kind: 'table',
      columns: [tr.t('document.signoffs.date'), w('duration'), w('attended'), w('votes'), w('decisions'), w('opened'), w('resolvedCount')],
      rows: records.map((r): Cell[] => [
        { text: day(r.startedAt) },
        { text: tr.t('document.workshop.minutes', { minutes: r.durationMinutes }) },
        { text: r.attendees.map((a) => (a.role === 'participant' ? a.name : tr.t('document.workshop.attendee', { name: a.name, role: a.role }))).join(', ') || '—' },
        { text: String(r.voteRoundIds.length) },
        { text: String(r.decisionIds.length) },
        { text: String(r.commentsOpened) },
        { text: String(r.commentsResolved) },
      ]),
      empty: tr.t('document.workshop.empty'),
    },
  ];
  if (rounds.length > 0) {
    blocks.push({ kind: 'heading', text: w('votes') });
    for (const round of rounds) {
      blocks.push({
        kind: 'table',
        columns: [tr.t('document.workshop.round', { question: round.question || tr.t('document.workshop.vote'), date: day(round.revealedAt), voters: round.voters }), w('votes')],
        rows: round.totals.map((t): Cell[] => [{ text: targetName(t.target, plan, names, tr) }, { text: String(t.count) }]),
        empty: tr.t('document.workshop.noVotes'),
      });
    }
  }
  const decisions = new Set(records.flatMap((r) => r.decisionIds));
  const decided = (plan.questions ?? []).filter((q) => decisions.has(q.id));
  if (decided.length > 0) {
    blocks.push({ kind: 'heading', text: tr.t('document.workshop.decided') });
    blocks.push({ kind: 'tasks', items: decided.map((q) => ({ text: q.text, done: true, details: [] })), empty: '' });
  }
  const open = commentsOf(plan).filter((c) => !c.resolved);
  if (open.length > 0) {
    blocks.push({ kind: 'heading', text: tr.t('document.workshop.openComments') });
    blocks.push({
      kind: 'table',
      columns: [tr.t('document.workshop.on'), tr.t('document.workshop.comment'), tr.t('document.signoffs.by'), tr.t('document.workshop.replies')],
      rows: open.map((c): Cell[] => {
        const on = targetName(c.target, plan, names, tr);
        return [
          { text: isDetached(plan, c) ? tr.t('document.workshop.detached', { target: on }) : on },
          { text: c.text },
          { text: c.author || '—' },
          { text: String(c.replies?.length ?? 0) },
        ];
      }),
      empty: '',
    });
  }
  return blocks;
}
