// What facilitation adds under the inspector's fields: the facilitator's "Lock node",
// a vote for the selected connection while a round is open (nodes have theirs on the
// canvas), and the "Comments" region, which stays open under locks.
import type { CommentTarget } from '../../../shared/model/facilitation';
import type { Plan } from '../../../shared/model/types';
import { useT } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { Comments } from './Comments';
import { setNodeLocked } from './locks';
import { useRoom } from './room';
import { useRoomState } from './roomState';
import { castVote, targetKey, useBallot } from './voting';

function LockNode({ nodeId }: { nodeId: string }) {
  const t = useT();
  const locked = useRoomState((s) => s.locks.nodes.has(nodeId));
  return (
    <div className="facilitation__row inspector-extra">
      <button type="button" className="btn btn--sm" aria-pressed={locked} onClick={() => setNodeLocked(nodeId, !locked)}>
        {locked ? t('ui.facilitation.inspector.unlockNode') : t('ui.facilitation.inspector.lockNode')}
      </button>
      {locked && <span className="hint">{t('ui.facilitation.inspector.lockedHint')}</span>}
    </div>
  );
}

const titleOf = (plan: Plan | null, id: string | undefined): string => plan?.nodes?.find((n) => n.id === id)?.title ?? id ?? '';

function EdgeVote({ edgeId }: { edgeId: string }) {
  const t = useT();
  const edge = useDocumentStore((s) => s.plan?.edges?.find((e) => e.id === edgeId));
  const source = useDocumentStore((s) => titleOf(s.plan, edge?.source));
  const sink = useDocumentStore((s) => titleOf(s.plan, edge?.target));
  const name = edge ? t('ui.facilitation.roomDock.connection', { source, target: sink }) : edgeId;
  const target: CommentTarget = { kind: 'edge', id: edgeId };
  const dots = useBallot((s) => s.ballot?.dots.get(targetKey(target)) ?? 0);
  const left = useBallot((s) => (s.ballot ? s.ballot.left : null));
  return (
    <div className="facilitation__row inspector-extra">
      <button type="button" className="btn btn--sm" onClick={() => castVote(target, true)} disabled={left === 0}>
        {t('ui.facilitation.nodeMarks.voteFor', { title: name })}
      </button>
      {dots > 0 && (
        <button type="button" className="btn btn--sm" onClick={() => castVote(target, false)}>
          {t('ui.facilitation.inspector.takeBackCount', { count: dots })}
        </button>
      )}
    </div>
  );
}

export function InspectorExtras({ target }: { target: CommentTarget }) {
  const role = useRoom((s) => s.room?.role);
  const voting = useRoomState((s) => s.vote !== null);
  return (
    <>
      {role === 'facilitator' && target.kind === 'node' && target.id && <LockNode nodeId={target.id} />}
      {voting && role && role !== 'viewer' && target.kind === 'edge' && target.id && <EdgeVote edgeId={target.id} />}
      <Comments target={target} />
    </>
  );
}
