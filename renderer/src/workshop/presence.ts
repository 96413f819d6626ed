// Presence: the others' awareness states turned into what the editor draws, and
// this person's own state published as it changes. Kept out of the document store
// and split by how often it changes: pointers move many times a second and only the
// pointer layer reads them; selections, typing and drags change per action and each
// node reads only its own entry, which keeps its identity while it does not change,
// so a colleague's pointer never re-renders a node.
import type { Awareness } from 'y-protocols/awareness';
import { create } from 'zustand';
import type { WorkshopRole } from '../../../shared/host/contract';
import { MAX_SHARED_IDS, readPresence, type PresenceState, type PresenceUser, type XY } from './awareness';

export interface Participant {
  clientId: number;
  name: string;
  color: string;
  role: WorkshopRole;
  away: boolean;
  self: boolean;
}

export interface Peer {
  name: string;
  color: string;
}

/** Who has a node selected and who is typing in it (never this person). */
export interface NodeMark {
  selectedBy: Peer[];
  editingBy: Peer[];
}

export interface RemotePointer extends Peer, XY {
  clientId: number;
}

interface PresenceView {
  people: Participant[];
  marks: ReadonlyMap<string, NodeMark>;
  /** Nodes a colleague is dragging, where they are now. */
  drags: ReadonlyMap<string, XY>;
}

const NO_MARKS: ReadonlyMap<string, NodeMark> = new Map();
const NO_DRAGS: ReadonlyMap<string, XY> = new Map();

export const usePresence = create<PresenceView>()(() => ({ people: [], marks: NO_MARKS, drags: NO_DRAGS }));
export const usePointers = create<{ pointers: RemotePointer[] }>()(() => ({ pointers: [] }));

const samePeers = (a: readonly Peer[], b: readonly Peer[]): boolean =>
  a.length === b.length && a.every((peer, i) => peer.name === b[i].name && peer.color === b[i].color);

function buildMarks(states: PresenceState[], previous: ReadonlyMap<string, NodeMark>): ReadonlyMap<string, NodeMark> {
  const next = new Map<string, NodeMark>();
  const entry = (id: string) => {
    let mark = next.get(id);
    if (!mark) next.set(id, (mark = { selectedBy: [], editingBy: [] }));
    return mark;
  };
  for (const { user, selection, editing } of states) {
    const peer = { name: user.name, color: user.color };
    for (const id of selection.nodeIds) entry(id).selectedBy.push(peer);
    if (editing) entry(editing).editingBy.push(peer);
  }
  let unchanged = next.size === previous.size;
  for (const [id, mark] of next) {
    const old = previous.get(id);
    if (old && samePeers(old.selectedBy, mark.selectedBy) && samePeers(old.editingBy, mark.editingBy)) next.set(id, old);
    else unchanged = false;
  }
  return unchanged ? previous : next.size === 0 ? NO_MARKS : next;
}

function buildDrags(states: PresenceState[], previous: ReadonlyMap<string, XY>): ReadonlyMap<string, XY> {
  const next = new Map<string, XY>();
  for (const { dragging } of states) if (dragging) for (const [id, at] of Object.entries(dragging)) next.set(id, at);
  if (next.size === previous.size && [...next].every(([id, at]) => previous.get(id)?.x === at.x && previous.get(id)?.y === at.y)) return previous;
  return next.size === 0 ? NO_DRAGS : next;
}

const ROLE_ORDER: Record<WorkshopRole, number> = { facilitator: 0, participant: 1, viewer: 2 };

function buildPeople(entries: [number, PresenceState][], selfId: number, previous: Participant[]): Participant[] {
  const people = entries
    .map(([clientId, { user, away }]) => ({ clientId, name: user.name, color: user.color, role: user.role, away, self: clientId === selfId }))
    .sort((a, b) => Number(b.self) - Number(a.self) || ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name) || a.clientId - b.clientId);
  const same =
    people.length === previous.length &&
    people.every((p, i) => {
      const q = previous[i];
      return p.clientId === q.clientId && p.name === q.name && p.color === q.color && p.role === q.role && p.away === q.away && p.self === q.self;
    });
  return same ? previous : people;
}

function buildPointers(entries: [number, PresenceState][], previous: RemotePointer[]): RemotePointer[] {
  const pointers: RemotePointer[] = [];
  for (const [clientId, state] of entries) {
    if (state.pointer && !state.away) pointers.push({ clientId, name: state.user.name, color: state.user.color, ...state.pointer });
  }
  const same =
    pointers.length === previous.length &&
    pointers.every((p, i) => p.clientId === previous[i].clientId && p.x === previous[i].x && p.y === previous[i].y && p.color === previous[i].color && p.name === previous[i].name);
  return same ? previous : pointers;
}

/** Re-reads every state; cheap for the few dozen people a workshop has. */
function readAll(awareness: Awareness): void {
  const entries: [number, PresenceState][] = [];
  for (const [clientId, raw] of awareness.getStates()) {
    const state = readPresence(raw);
    if (state) entries.push([clientId, state]);
  }
  const selfId = awareness.clientID;
  const others = entries.filter(([clientId]) => clientId !== selfId);
  const othersStates = others.map(([, state]) => state);
  const view = usePresence.getState();
  const next = {
    people: buildPeople(entries, selfId, view.people),
    marks: buildMarks(othersStates, view.marks),
    drags: buildDrags(othersStates, view.drags),
  };
  if (next.people !== view.people || next.marks !== view.marks || next.drags !== view.drags) usePresence.setState(next);
  const pointers = buildPointers(others, usePointers.getState().pointers);
  if (pointers !== usePointers.getState().pointers) usePointers.setState({ pointers });
}

/** About 30 updates a second for pointers and drags; the last position is always sent. */
const STREAM_MS = 33;

/** Sends the latest value at most every STREAM_MS, and the last one always. */
function streamer<T>(send: (value: T) => void): { push(value: T): void; now(value: T): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastSent = 0;
  let pending: { value: T } | null = null;
  const flush = () => {
    timer = null;
    if (!pending) return;
    lastSent = performance.now();
    const { value } = pending;
    pending = null;
    send(value);
  };
  return {
    push(value) {
      pending = { value };
      if (timer) return;
      const wait = STREAM_MS - (performance.now() - lastSent);
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait);
    },
    now(value) {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = { value };
      flush();
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}

/** Idle this long (no pointer, key or focus in the tab) and one shows as away. */
const AWAY_AFTER_MS = 2 * 60_000;

interface LocalPresence {
  awareness: Awareness;
  pointer: ReturnType<typeof streamer<XY | null>>;
  drag: ReturnType<typeof streamer<Record<string, XY> | null>>;
  stop(): void;
}

let local: LocalPresence | null = null;

function setField<K extends keyof PresenceState>(field: K, value: PresenceState[K]): void {
  const awareness = local?.awareness;
  if (!awareness) return;
  const current = awareness.getLocalState() as Partial<PresenceState> | null;
  if (current && JSON.stringify(current[field]) === JSON.stringify(value)) return;
  awareness.setLocalStateField(field, value);
}

/** Starts sharing this person's presence and reading everyone's. Returns the stop function. */
export function startPresence(awareness: Awareness, user: PresenceUser): () => void {
  stopPresence();
  const initial: PresenceState = { user, pointer: null, selection: { nodeIds: [], edgeIds: [] }, editing: null, dragging: null, away: document.hidden };
  awareness.setLocalState(initial);
  const onChange = () => readAll(awareness);
  awareness.on('change', onChange);

  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const markActive = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => setField('away', true), AWAY_AFTER_MS);
    setField('away', document.hidden);
  };
  const onVisibility = () => (document.hidden ? setField('away', true) : markActive());
  const activity = ['pointermove', 'keydown', 'focusin'] as const;
  for (const type of activity) window.addEventListener(type, markActive, { passive: true });
  document.addEventListener('visibilitychange', onVisibility);
  markActive();

  const session: LocalPresence = {
    awareness,
    pointer: streamer((value) => setField('pointer', value)),
    drag: streamer((value) => setField('dragging', value)),
    stop: () => {
      awareness.off('change', onChange);
      for (const type of activity) window.removeEventListener(type, markActive);
      document.removeEventListener('visibilitychange', onVisibility);
      clearTimeout(idleTimer);
      session.pointer.cancel();
      session.drag.cancel();
      usePresence.setState({ people: [], marks: NO_MARKS, drags: NO_DRAGS });
      usePointers.setState({ pointers: [] });
    },
  };
  local = session;
  readAll(awareness);
  return stopPresence;
}

export function stopPresence(): void {
  const session = local;
  local = null;
  session?.stop();
}

/** This person's pointer on the canvas (flow coordinates), or null when it left the canvas. */
export function publishPointer(at: XY | null): void {
  if (!local) return;
  if (at) local.pointer.push({ x: Math.round(at.x), y: Math.round(at.y) });
  else local.pointer.now(null);
}

export function publishSelection(nodeIds: readonly string[], edgeIds: readonly string[]): void {
  setField('selection', { nodeIds: nodeIds.slice(0, MAX_SHARED_IDS), edgeIds: edgeIds.slice(0, MAX_SHARED_IDS) });
}

export function publishEditing(nodeId: string | null): void {
  setField('editing', nodeId);
}

/** Positions of the nodes being dragged here, streamed; null on the drop (sent at once). */
export function publishDrag(positions: ReadonlyMap<string, XY> | null): void {
  if (!local) return;
  if (!positions || positions.size === 0) return local.drag.now(null);
  const dragging: Record<string, XY> = {};
  for (const [id, at] of [...positions].slice(0, MAX_SHARED_IDS)) dragging[id] = { x: Math.round(at.x), y: Math.round(at.y) };
  local.drag.push(dragging);
}
