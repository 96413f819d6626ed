// What facilitation adds to a node on the canvas: while a vote is open, "Vote for
// <title>" and one's own dots (from the host's ballot, never the document); after a
// reveal, the total as a badge; and the count of open comments. Each node reads only
// its own numbers, so a vote elsewhere re-renders nothing here.
import { memo } from 'react';
import { useT } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { openCommentCounts } from './commentActions';
import { useRoom } from './room';
import { useRoomState } from './roomState';
import { useFacilitationView } from './view';
import { castVote, shownRound, totalsOf, useBallot } from './voting';

export const NodeMarks = memo(function NodeMarks({ nodeId, title }: { nodeId: string; title: string }) {
  const t = useT();
  const key = `node:${nodeId}`;
  const voting = useRoomState((s) => s.vote !== null);
  const canVote = useRoom((s) => s.room !== null && s.room.role !== 'viewer');
  const dots = useBallot((s) => s.ballot?.dots.get(key) ?? 0);
  const left = useBallot((s) => (s.ballot ? s.ballot.left : null));
  const shownId = useFacilitationView((s) => s.shownRoundId);
  const total = useDocumentStore((s) => {
    const round = shownRound(s.plan, shownId);
    return round ? (totalsOf(round).get(key) ?? 0) : null;
  });
  const comments = useDocumentStore((s) => openCommentCounts(s.plan).get(key) ?? 0);
  const target = { kind: 'node' as const, id: nodeId };
  return (
    <>
      {voting && canVote && (
        <div className="node-vote nodrag">
          <span className="node-vote__dots" aria-label={t('ui.facilitation.nodeMarks.yourVotes', { count: dots })}>
            {Array.from({ length: dots }, (_, i) => (
              <span key={i} className="vote-dot" />
            ))}
          </span>
          {dots > 0 && (
            <button type="button" className="node-vote__button" aria-label={t('ui.facilitation.nodeMarks.takeBackFor', { title })} title={t('ui.facilitation.nodeMarks.takeBack')} onClick={() => castVote(target, false)}>
              −
            </button>
          )}
          <button type="button" className="node-vote__button" aria-label={t('ui.facilitation.nodeMarks.voteFor', { title })} title={left === 0 ? t('ui.facilitation.nodeMarks.noVotesLeft') : t('ui.facilitation.nodeMarks.vote')} disabled={left === 0} onClick={() => castVote(target, true)}>
            +
          </button>
        </div>
      )}
      {total !== null && total > 0 && !voting && (
        <span className="node-total" aria-label={t('ui.facilitation.nodeMarks.total', { count: total })}>
          {total}
        </span>
      )}
      {comments > 0 && (
        <span className="node-comments" aria-label={t('ui.facilitation.nodeMarks.openComments', { count: comments })} title={t('ui.facilitation.nodeMarks.openComments', { count: comments })}>
          {comments}
        </span>
      )}
    </>
  );
});
