// Dot voting from this client's side. The host holds the ballots (docs/facilitation.md):
// one's own dots and how many are left come only from the host's `ballot` answers,
// never from the shared document, which holds only the open round and, after the
// reveal, the totals (the plan's `votes`).
import { create } from 'zustand';
import { voteRoundsOf, type CommentTarget, type VoteRound } from '../../../shared/model/facilitation';
import type { Plan } from '../../../shared/model/types';
import { uiT } from '../i18n';
import { showToast } from '../store/viewStore';
import { useDocumentStore } from '../store/documentStore';
import { currentRoom, onHostMessage, voterId } from './room';
import { useRoomState } from './roomState';
import { showRound } from './view';

export interface Ballot {
  roundId: string;
  /** "node:<id>" / "edge:<id>" → this person's dots on it. */
  dots: ReadonlyMap<string, number>;
  left: number;
}

export const useBallot = create<{ ballot: Ballot | null }>()(() => ({ ballot: null }));

export const targetKey = (target: CommentTarget): string => `${target.kind}:${target.id ?? ''}`;

function voterFields(): { voter: string; name?: string } {
  const planId = useDocumentStore.getState().plan?.id ?? '';
  return { voter: voterId(planId), name: currentRoom()?.name };
}

export function castVote(target: CommentTarget, add: boolean): void {
  const room = currentRoom();
  const vote = useRoomState.getState().vote;
  if (!room || !vote) return;
  room.send({ type: 'vote', roundId: vote.roundId, target: { kind: target.kind, id: target.id }, add, ...voterFields() });
}

export function startVote(question: string, votesPerPerson: number, maxPerTarget?: number): void {
  currentRoom()?.send({ type: 'vote-start', question, votesPerPerson, ...(maxPerTarget ? { maxPerTarget } : {}), ...voterFields() });
}

export function revealVotes(): void {
  currentRoom()?.send({ type: 'vote-reveal', ...voterFields() });
}

function readBallot(message: Record<string, unknown>): Ballot | null {
  if (typeof message.roundId !== 'string' || !Array.isArray(message.mine)) return null;
  const dots = new Map<string, number>();
  for (const raw of message.mine as unknown[]) {
    const target = raw as CommentTarget | null;
    if (!target || (target.kind !== 'node' && target.kind !== 'edge') || typeof target.id !== 'string') continue;
    const key = targetKey(target);
    dots.set(key, (dots.get(key) ?? 0) + 1);
  }
  return { roundId: message.roundId, dots, left: typeof message.left === 'number' ? message.left : 0 };
}

/** Follows the host's ballot answers and the open round; returns the stop function. */
export function trackVoting(): () => void {
  const offBallot = onHostMessage('ballot', (message) => {
    const ballot = readBallot(message);
    if (ballot && ballot.roundId === useRoomState.getState().vote?.roundId) useBallot.setState({ ballot });
  });
  const offRefused = onHostMessage('ballot-refused', (message) => {
    showToast(typeof message.reason === 'string' ? uiT('ui.facilitation.voting.notCounted', { reason: message.reason }) : uiT('ui.facilitation.voting.notCountedRefused'), 'error');
  });
  const offRevealed = onHostMessage('vote-revealed', (message) => {
    if (typeof message.roundId === 'string') showRound(message.roundId);
  });
  // A round opens (or is known after a reconnect): ask the host for one's ballot in it.
  const ask = (roundId: string | undefined) => {
    const room = currentRoom();
    if (!roundId) return useBallot.setState({ ballot: null });
    if (useBallot.getState().ballot?.roundId !== roundId) useBallot.setState({ ballot: null });
    if (room && room.role !== 'viewer') room.send({ type: 'ballot', roundId, ...voterFields() });
    showRound(null);
  };
  ask(useRoomState.getState().vote?.roundId);
  const unsubscribe = useRoomState.subscribe((state, previous) => {
    if (state.vote?.roundId !== previous.vote?.roundId) ask(state.vote?.roundId);
  });
  return () => {
    offBallot();
    offRefused();
    offRevealed();
    unsubscribe();
    useBallot.setState({ ballot: null });
  };
}

const totalsCache = new WeakMap<VoteRound, ReadonlyMap<string, number>>();

/** The revealed round shown on the canvas, if it is in the plan. */
export function shownRound(plan: Plan | null, roundId: string | null): VoteRound | undefined {
  return roundId && plan ? voteRoundsOf(plan).find((r) => r.id === roundId) : undefined;
}

/** A round's totals by target key. */
export function totalsOf(round: VoteRound): ReadonlyMap<string, number> {
  let totals = totalsCache.get(round);
  if (!totals) {
    totals = new Map(round.totals.map((t) => [targetKey(t.target), t.count]));
    totalsCache.set(round, totals);
  }
  return totals;
}
