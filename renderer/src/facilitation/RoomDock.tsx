// The bottom of the canvas, for everyone: the open vote (its question, one's dots left,
// "Reveal votes" for the facilitator), the ranked results of a revealed round, a
// running private brainstorm, and "Add sticky note".
import { Panel } from '@xyflow/react';
import { useDocumentStore } from '../store/documentStore';
import { promptText } from '../ui/dialogs';
import { edgeLabelText } from '../canvas/flowModel';
import { addStickyNote, usePrivateNotes } from './brainstorm';
import { useRoom } from './room';
import { useRoomState } from './roomState';
import { showRound, useFacilitationView, useToolsShown } from './view';
import { revealVotes, shownRound, useBallot } from './voting';
import type { CommentTarget } from '../../../shared/model/facilitation';
import type { Plan } from '../../../shared/model/types';

function targetName(plan: Plan, target: CommentTarget): string {
  if (target.kind === 'node') return plan.nodes?.find((n) => n.id === target.id)?.title ?? `Deleted node ${target.id ?? ''}`;
  const edge = plan.edges?.find((e) => e.id === target.id);
  if (!edge) return `Deleted connection ${target.id ?? ''}`;
  const title = (id: string) => plan.nodes?.find((n) => n.id === id)?.title ?? id;
  const label = edgeLabelText(edge);
  return `${title(edge.source)} → ${title(edge.target)}${label ? ` (${label})` : ''}`;
}

function OpenVote() {
  const vote = useRoomState((s) => s.vote);
  const ballot = useBallot((s) => s.ballot);
  const role = useRoom((s) => s.room?.role);
  if (!vote) return null;
  const left = ballot?.roundId === vote.roundId ? ballot.left : null;
  return (
    <section className="room-dock__card vote-card" role="region" aria-label="Vote">
      <p className="vote-card__question">{vote.question || 'Dot vote'}</p>
      <p className="vote-card__rules">
        {vote.votesPerPerson} votes each{vote.maxPerTarget ? `, at most ${vote.maxPerTarget} per item` : ''}. Only you see your dots until the reveal.
      </p>
      {role !== 'viewer' && (
        <p className="vote-card__left" role="status">
          {left === null ? 'Counting your votes…' : `${left} left`}
        </p>
      )}
      {role === 'facilitator' && (
        <button type="button" className="btn btn--sm btn--primary" onClick={revealVotes}>
          Reveal votes
        </button>
      )}
    </section>
  );
}

function Results() {
  const plan = useDocumentStore((s) => s.plan);
  const shownId = useFacilitationView((s) => s.shownRoundId);
  const round = shownRound(plan, shownId);
  if (!plan || !round) return null;
  return (
    <section className="room-dock__card results-card" role="region" aria-label="Vote results">
      <header className="results-card__head">
        <p className="vote-card__question">{round.question || 'Dot vote'}</p>
        <button type="button" className="icon-button" aria-label="Hide vote results" title="Hide vote results" onClick={() => showRound(null)}>
          ×
        </button>
      </header>
      <p className="vote-card__rules">
        {round.voters} {round.voters === 1 ? 'person' : 'people'} voted, {round.votesPerPerson} votes each.
      </p>
      {round.totals.length === 0 ? (
        <p>No votes were cast.</p>
      ) : (
        <ol className="results-list">
          {round.totals.map((t) => (
            <li key={`${t.target.kind}:${t.target.id ?? ''}`}>
              <span className="results-list__name">{targetName(plan, t.target)}</span>
              <span className="results-list__count">{t.count}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Brainstorming() {
  const active = useRoomState((s) => s.brainstorm.active);
  const live = useRoom((s) => s.room !== null);
  const mine = usePrivateNotes((s) => s.notes.length);
  if (!live || !active) return null;
  return (
    <p className="room-dock__card brainstorm-card" role="status">
      Private brainstorm: your new sticky notes stay on this machine until the facilitator reveals them ({mine} so far).
    </p>
  );
}

export function RoomDock() {
  const role = useRoom((s) => s.room?.role);
  const tools = useToolsShown();
  const readOnly = useDocumentStore((s) => Boolean(s.doc?.readOnlyReason));
  const canNote = !readOnly && (role === 'participant' || role === 'facilitator' || tools);
  const add = async () => {
    const text = await promptText({ title: 'Add a sticky note', label: 'Note', defaultValue: '', confirmLabel: 'Add note', validate: (v) => (v.trim() ? null : 'Write something on the note.') });
    if (text?.trim()) addStickyNote(text.trim());
  };
  return (
    <Panel position="bottom-center" className="room-dock nowheel">
      <Results />
      <OpenVote />
      <Brainstorming />
      {canNote && (
        <button type="button" className="btn btn--sm room-dock__note" onClick={() => void add()}>
          Add sticky note
        </button>
      )}
    </Panel>
  );
}
