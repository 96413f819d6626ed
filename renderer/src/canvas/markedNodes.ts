// Which nodes carry marks from a workshop (a colleague's selection or typing) or from
// facilitation (vote buttons while a vote is open, a revealed total, open comments).
// A node mounts its PeerMarks and NodeMarks only when it has one: those listen to six
// stores between them, and 5,000 nodes each listening to all six took a sixth of the
// time a 5,000-node plan needs to open (bench/editor.ts). Here the six are listened
// to once, and a node asks one question of one store.
import { create } from 'zustand';
import { openCommentCounts } from '../facilitation/commentActions';
import { useRoom } from '../facilitation/room';
import { useRoomState } from '../facilitation/roomState';
import { useFacilitationView } from '../facilitation/view';
import { shownRound, totalsOf } from '../facilitation/voting';
import { useDocumentStore } from '../store/documentStore';
import { usePresence } from '../workshop/presence';

interface MarkedNodes {
  /** Every node has facilitation marks (the vote buttons while a vote is open). */
  allFacilitation: boolean;
  /** Nodes with a revealed vote total or open comments. */
  facilitation: ReadonlySet<string>;
  /** Nodes a colleague has selected or is editing. */
  peers: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();
const useMarkedNodes = create<MarkedNodes>()(() => ({ allFacilitation: false, facilitation: NONE, peers: NONE }));

function nodeIdsOf(keys: Iterable<[string, number]>): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const [key, count] of keys) if (count > 0 && key.startsWith('node:')) ids.add(key.slice('node:'.length));
  return ids.size ? ids : NONE;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

function recompute(): void {
  const plan = useDocumentStore.getState().plan;
  const room = useRoom.getState().room;
  const allFacilitation = useRoomState.getState().vote !== null && room !== null && room.role !== 'viewer';
  const round = shownRound(plan, useFacilitationView.getState().shownRoundId);
  const totals = round && useRoomState.getState().vote === null ? nodeIdsOf(totalsOf(round)) : NONE;
  const comments = nodeIdsOf(openCommentCounts(plan));
  const facilitation = totals.size === 0 ? comments : comments.size === 0 ? totals : new Set([...totals, ...comments]);
  const peers = usePresence.getState().marks.size ? new Set(usePresence.getState().marks.keys()) : NONE;
  const current = useMarkedNodes.getState();
  const sameFacilitation = sameSet(current.facilitation, facilitation);
  const samePeers = sameSet(current.peers, peers);
  // Nothing set when nothing differs: most store changes (an edit, a selection) touch no mark,
  // and a set would still run every node's selector.
  if (sameFacilitation && samePeers && current.allFacilitation === allFacilitation) return;
  useMarkedNodes.setState({
    allFacilitation,
    facilitation: sameFacilitation ? current.facilitation : facilitation,
    peers: samePeers ? current.peers : peers,
  });
}

let listening = false;
function listen(): void {
  if (listening) return;
  listening = true;
  for (const store of [useDocumentStore, useRoom, useRoomState, useFacilitationView, usePresence] as { subscribe: (listener: () => void) => unknown }[]) {
    store.subscribe(recompute);
  }
  recompute();
}

export const FACILITATION_MARKS = 1;
export const PEER_MARKS = 2;

/** Which marks this node shows: FACILITATION_MARKS and PEER_MARKS as bits (one listener per node). */
export function useNodeMarks(nodeId: string): number {
  listen();
  return useMarkedNodes((s) => (s.allFacilitation || s.facilitation.has(nodeId) ? FACILITATION_MARKS : 0) | (s.peers.has(nodeId) ? PEER_MARKS : 0));
}
