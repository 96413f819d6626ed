// The bottom of the canvas, for everyone: the open vote (its question, one's dots left,
// "Reveal votes" for the facilitator), the ranked results of a revealed round, a
// running private brainstorm, and "Add sticky note".
import { Panel } from '@xyflow/react';
import { useT } from '../i18n';
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

type Translate = ReturnType<typeof useT>;

function targetName(t: Translate, plan: Plan, target: CommentTarget): string {
  if (target.kind === 'node') return plan.nodes?.find((n) => n.id === target.id)?.title ?? t('ui.facilitation.roomDock.deletedNode', { id: target.id ?? '' });
  const edge = plan.edges?.find((e) => e.id === target.id);
  if (!edge) return t('ui.facilitation.roomDock.deletedConnection', { id: target.id ?? '' });
  const title = (id: string) => plan.nodes?.find((n) => n.id === id)?.title ?? id;
  const label = edgeLabelText(edge);
  const ends = { source: title(edge.source), target: title(edge.target) };
  return label ? t('ui.facilitation.roomDock.labelledConnection', { ...ends, label }) : t('ui.facilitation.roomDock.connection', ends);
}

function OpenVote() {
  const t = useT();
  const vote = useRoomState((s) => s.vote);
  const ballot = useBallot((s) => s.ballot);
  const role = useRoom((s) => s.room?.role);
  if (!vote) return null;
  const left = ballot?.roundId === vote.roundId ? ballot.left : null;
  return (
    <section className="room-dock__card vote-card" role="region" aria-label={t('ui.facilitation.roomDock.vote')}>
      <p className="vote-card__question">{vote.question || t('ui.facilitation.roomDock.dotVote')}</p>
      <p className="vote-card__rules">
        {vote.maxPerTarget
          ? t('ui.facilitation.roomDock.rulesWithMax', { votes: vote.votesPerPerson, max: vote.maxPerTarget })
          : t('ui.facilitation.roomDock.rules', { votes: vote.votesPerPerson })}
      </p>
      {role !== 'viewer' && (
        <p className="vote-card__left" role="status">
          {left === null ? t('ui.facilitation.roomDock.counting') : t('ui.facilitation.roomDock.left', { count: left })}
        </p>
      )}
      {role === 'facilitator' && (
        <button type="button" className="btn btn--sm btn--primary" onClick={revealVotes}>
          {t('ui.facilitation.roomDock.revealVotes')}
        </button>
      )}
    </section>
  );
}

function Results() {
  const t = useT();
  const plan = useDocumentStore((s) => s.plan);
  const shownId = useFacilitationView((s) => s.shownRoundId);
  const round = shownRound(plan, shownId);
  if (!plan || !round) return null;
  return (
    <section className="room-dock__card results-card" role="region" aria-label={t('ui.facilitation.roomDock.results')}>
      <header className="results-card__head">
        <p className="vote-card__question">{round.question || t('ui.facilitation.roomDock.dotVote')}</p>
        <button type="button" className="icon-button" aria-label={t('ui.facilitation.roomDock.hideResults')} title={t('ui.facilitation.roomDock.hideResults')} onClick={() => showRound(null)}>
          ×
        </button>
      </header>
      <p className="vote-card__rules">{t('ui.facilitation.roomDock.voted', { voters: round.voters, votes: round.votesPerPerson })}</p>
      {round.totals.length === 0 ? (
        <p>{t('ui.facilitation.roomDock.noVotes')}</p>
      ) : (
        <ol className="results-list">
          {round.totals.map((total) => (
            <li key={`${total.target.kind}:${total.target.id ?? ''}`}>
              <span className="results-list__name">{targetName(t, plan, total.target)}</span>
              <span className="results-list__count">{total.count}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Brainstorming() {
  const t = useT();
  const active = useRoomState((s) => s.brainstorm.active);
  const live = useRoom((s) => s.room !== null);
  const mine = usePrivateNotes((s) => s.notes.length);
  if (!live || !active) return null;
  return (
    <p className="room-dock__card brainstorm-card" role="status">
      {t('ui.facilitation.roomDock.brainstorming', { count: mine })}
    </p>
  );
}

export function RoomDock() {
  const t = useT();
  const role = useRoom((s) => s.room?.role);
  const tools = useToolsShown();
  const readOnly = useDocumentStore((s) => Boolean(s.doc?.readOnlyReason));
  const canNote = !readOnly && (role === 'participant' || role === 'facilitator' || tools);
  const add = async () => {
    const text = await promptText({
      title: t('ui.facilitation.roomDock.addDialogTitle'),
      label: t('ui.facilitation.roomDock.noteLabel'),
      defaultValue: '',
      confirmLabel: t('ui.facilitation.roomDock.addNote'),
      validate: (v) => (v.trim() ? null : t('ui.facilitation.roomDock.writeSomething')),
    });
    if (text?.trim()) addStickyNote(text.trim());
  };
  return (
    <Panel position="bottom-center" className="room-dock nowheel">
      <Results />
      <OpenVote />
      <Brainstorming />
      {canNote && (
        <button type="button" className="btn btn--sm room-dock__note" onClick={() => void add()}>
          {t('ui.facilitation.roomDock.addStickyNote')}
        </button>
      )}
    </Panel>
  );
}
