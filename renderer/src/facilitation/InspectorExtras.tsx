// What facilitation adds under the inspector's fields: the facilitator's "Lock node",
// a vote for the selected connection while a round is open (nodes have theirs on the
// canvas), and the "Comments" region, which stays open under locks.
import type { CommentTarget } from '../../../shared/model/facilitation';
import { useDocumentStore } from '../store/documentStore';
import { Comments } from './Comments';
import { setNodeLocked } from './locks';
import { useRoom } from './room';
import { useRoomState } from './roomState';
import { castVote, targetKey, useBallot } from './voting';

function LockNode({ nodeId }: { nodeId: string }) {
  const locked = useRoomState((s) => s.locks.nodes.has(nodeId));
  return (
    <div className="facilitation__row inspector-extra">
      <button type="button" className="btn btn--sm" aria-pressed={locked} onClick={() => setNodeLocked(nodeId, !locked)}>
        {locked ? 'Unlock node' : 'Lock node'}
      </button>
      {locked && <span className="hint">Participants cannot change this node.</span>}
    </div>
  );
}

function EdgeVote({ edgeId }: { edgeId: string }) {
  const name = useDocumentStore((s) => {
    const edge = s.plan?.edges?.find((e) => e.id === edgeId);
    const title = (id?: string) => s.plan?.nodes?.find((n) => n.id === id)?.title ?? id;
    return edge ? `${title(edge.source)} → ${title(edge.target)}` : edgeId;
  });
  const target: CommentTarget = { kind: 'edge', id: edgeId };
  const dots = useBallot((s) => s.ballot?.dots.get(targetKey(target)) ?? 0);
  const left = useBallot((s) => (s.ballot ? s.ballot.left : null));
  return (
    <div className="facilitation__row inspector-extra">
      <button type="button" className="btn btn--sm" onClick={() => castVote(target, true)} disabled={left === 0}>
        Vote for {name}
      </button>
      {dots > 0 && (
        <button type="button" className="btn btn--sm" onClick={() => castVote(target, false)}>
          Take back a vote ({dots})
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
