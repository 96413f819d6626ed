// The document's "Workshop record" section (docs/facilitation.md): each ended
// workshop with its date, duration, attendees, vote rounds and their results, the
// decisions taken and the comments opened and resolved, plus the discussion still open.
import { commentsOf, isDetached, voteRoundsOf, workshopRecordsOf, type CommentTarget } from '../model/facilitation.js';
import type { Plan } from '../model/types.js';
import type { Block, Cell } from './model.js';
import type { NameLookup } from './names.js';

const day = (iso: string): string => iso.slice(0, 10);

function targetName(target: CommentTarget, plan: Plan, names: NameLookup): string {
  if (target.kind === 'plan') return 'The plan';
  if (target.kind === 'node') return names.node(target.id);
  const edge = (plan.edges ?? []).find((e) => e.id === target.id);
  return edge ? names.edge(edge) : `Flow ${target.id ?? ''} (removed)`;
}

export function workshopRecordSection(plan: Plan, names: NameLookup): Block[] {
  const records = workshopRecordsOf(plan);
  const rounds = voteRoundsOf(plan);
  const blocks: Block[] = [
    {
      kind: 'table',
      columns: ['Date', 'Duration', 'Attended', 'Votes', 'Decisions', 'Comments opened', 'Comments resolved'],
      rows: records.map((r): Cell[] => [
        { text: day(r.startedAt) },
        { text: `${r.durationMinutes} min` },
        { text: r.attendees.map((a) => (a.role === 'participant' ? a.name : `${a.name} (${a.role})`)).join(', ') || '—' },
        { text: String(r.voteRoundIds.length) },
        { text: String(r.decisionIds.length) },
        { text: String(r.commentsOpened) },
        { text: String(r.commentsResolved) },
      ]),
      empty: 'No workshop has been recorded for this plan.',
    },
  ];
  if (rounds.length > 0) {
    blocks.push({ kind: 'heading', text: 'Votes' });
    for (const round of rounds) {
      blocks.push({
        kind: 'table',
        columns: [`${round.question || 'Vote'} (${day(round.revealedAt)}, ${round.voters} voters)`, 'Votes'],
        rows: round.totals.map((t): Cell[] => [{ text: targetName(t.target, plan, names) }, { text: String(t.count) }]),
        empty: 'No votes were cast.',
      });
    }
  }
  const decisions = new Set(records.flatMap((r) => r.decisionIds));
  const decided = (plan.questions ?? []).filter((q) => decisions.has(q.id));
  if (decided.length > 0) {
    blocks.push({ kind: 'heading', text: 'Decisions taken in workshops' });
    blocks.push({ kind: 'tasks', items: decided.map((q) => ({ text: q.text, done: true, details: [] })), empty: '' });
  }
  const open = commentsOf(plan).filter((c) => !c.resolved);
  if (open.length > 0) {
    blocks.push({ kind: 'heading', text: 'Open comments' });
    blocks.push({
      kind: 'table',
      columns: ['On', 'Comment', 'By', 'Replies'],
      rows: open.map((c): Cell[] => [
        { text: isDetached(plan, c) ? `${targetName(c.target, plan, names)} (detached)` : targetName(c.target, plan, names) },
        { text: c.text },
        { text: c.author || '—' },
        { text: String(c.replies?.length ?? 0) },
      ]),
      empty: '',
    });
  }
  return blocks;
}
