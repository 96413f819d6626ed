// The workshop-only roots of the room's document (docs/facilitation.md: timer, vote,
// agenda, locks, brainstorm), read defensively into a store the tools render from,
// and written by the facilitator in one transaction each. Outside a workshop the
// roots live in this window's local document (room.ts).
import * as Y from 'yjs';
import { create } from 'zustand';
import { stateDoc, useRoom } from './room';

export type TimerStatus = 'stopped' | 'running' | 'paused';

export interface TimerState {
  status: TimerStatus;
  durationMs: number;
  /** Host clock, while running. */
  endsAt?: number;
  /** While paused. */
  remainingMs?: number;
}

export interface OpenVote {
  roundId: string;
  question: string;
  votesPerPerson: number;
  maxPerTarget?: number;
}

export interface Frame {
  id: string;
  title: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Locks {
  canvas: boolean;
  nodes: ReadonlySet<string>;
}

export interface Brainstorm {
  active: boolean;
  anonymous: boolean;
}

interface RoomState {
  timer: TimerState;
  vote: OpenVote | null;
  frames: Frame[];
  /** The index of the frame being presented, or null. */
  presenting: number | null;
  locks: Locks;
  brainstorm: Brainstorm;
}

const NO_LOCKS: Locks = { canvas: false, nodes: new Set() };
const STOPPED: TimerState = { status: 'stopped', durationMs: 0 };
const INITIAL: RoomState = { timer: STOPPED, vote: null, frames: [], presenting: null, locks: NO_LOCKS, brainstorm: { active: false, anonymous: false } };

export const useRoomState = create<RoomState>()(() => INITIAL);

const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function readTimer(map: Y.Map<unknown>): TimerState {
  const status = map.get('status');
  if (status !== 'running' && status !== 'paused') return STOPPED;
  const durationMs = num(map.get('durationMs')) ?? 0;
  if (status === 'running') {
    const endsAt = num(map.get('endsAt'));
    return endsAt === undefined ? STOPPED : { status, durationMs, endsAt };
  }
  return { status, durationMs, remainingMs: Math.max(0, num(map.get('remainingMs')) ?? 0) };
}

function readVote(map: Y.Map<unknown>): OpenVote | null {
  const roundId = map.get('roundId');
  if (typeof roundId !== 'string' || !roundId || map.get('status') !== 'open') return null;
  const votesPerPerson = num(map.get('votesPerPerson')) ?? 3;
  const maxPerTarget = num(map.get('maxPerTarget'));
  return { roundId, question: str(map.get('question')), votesPerPerson, ...(maxPerTarget ? { maxPerTarget } : {}) };
}

function readFrames(map: Y.Map<unknown>): Frame[] {
  const frames = map.get('frames');
  if (!(frames instanceof Y.Array)) return [];
  const out: Frame[] = [];
  for (const raw of frames.toJSON() as unknown[]) {
    if (typeof raw !== 'object' || raw === null) continue;
    const f = raw as Record<string, unknown>;
    const [x, y, width, height] = [num(f.x), num(f.y), num(f.width), num(f.height)];
    if (typeof f.id !== 'string' || x === undefined || y === undefined || !width || !height) continue;
    out.push({ id: f.id, title: str(f.title), x, y, width, height });
  }
  return out;
}

function readLocks(map: Y.Map<unknown>): Locks {
  const nodes = new Set<string>();
  for (const [key, value] of map.entries()) if (key.startsWith('node:') && value === true) nodes.add(key.slice(5));
  const canvas = map.get('canvas') === true;
  return !canvas && nodes.size === 0 ? NO_LOCKS : { canvas, nodes };
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a, (_k, v: unknown) => (v instanceof Set ? [...v].sort() : v)) === JSON.stringify(b, (_k, v: unknown) => (v instanceof Set ? [...v].sort() : v));

function read(doc: Y.Doc): void {
  const agenda = doc.getMap('agenda');
  const frames = readFrames(agenda);
  const presenting = num(agenda.get('presenting'));
  const brainstorm = doc.getMap('brainstorm');
  const next: RoomState = {
    timer: readTimer(doc.getMap('timer')),
    vote: readVote(doc.getMap('vote')),
    frames,
    presenting: presenting !== undefined && presenting >= 0 && presenting < frames.length ? presenting : null,
    locks: readLocks(doc.getMap('locks')),
    brainstorm: { active: brainstorm.get('active') === true, anonymous: brainstorm.get('anonymous') === true },
  };
  // Keep the identity of what did not change, so a tick of one root re-renders only its readers.
  const current = useRoomState.getState();
  const patch: Partial<RoomState> = {};
  for (const key of Object.keys(next) as (keyof RoomState)[]) {
    if (!sameJson(current[key], next[key])) (patch as Record<string, unknown>)[key] = next[key];
  }
  if (Object.keys(patch).length > 0) useRoomState.setState(patch);
}

const ROOTS = ['timer', 'vote', 'agenda', 'locks', 'brainstorm'] as const;

/** Follows the room's document (the live one, or the local stand-in); returns the stop function. */
export function trackRoomState(): () => void {
  let detach = () => {};
  const attach = () => {
    detach();
    const doc = stateDoc();
    const onChange = () => read(doc);
    const types = ROOTS.map((root) => doc.getMap(root));
    for (const type of types) type.observeDeep(onChange);
    read(doc);
    detach = () => {
      for (const type of types) type.unobserveDeep(onChange);
    };
  };
  attach();
  const unsubscribe = useRoom.subscribe((state, previous) => {
    if (state.room !== previous.room) attach();
  });
  return () => {
    unsubscribe();
    detach();
  };
}

/** Writes workshop state (facilitator only: the host refuses it from anyone else). */
export function writeRoot(root: (typeof ROOTS)[number], write: (map: Y.Map<unknown>) => void): void {
  const doc = stateDoc();
  doc.transact(() => write(doc.getMap(root)));
}
