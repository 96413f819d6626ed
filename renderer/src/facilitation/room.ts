// The room a facilitation tool acts in. In a live workshop: the shared Y.Doc, its
// awareness and the host's stateless messages (docs/facilitation.md). Outside one, a
// local Y.Doc of this window stands in for the shared document, so the timer and the
// agenda work on one screen for a facilitator with only a projector (docs/workshops.md).
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { create } from 'zustand';
import type { WorkshopRole } from '../../../shared/host/contract';

export interface Room {
  doc: Y.Doc;
  awareness: Awareness;
  /** The name this person joined under: the author of their comments. */
  name: string;
  role: WorkshopRole;
  /** Sends a stateless message to the host (JSON). */
  send(message: Record<string, unknown>): void;
}

/** The live room, or null outside a workshop. */
export const useRoom = create<{ room: Room | null }>()(() => ({ room: null }));

export const currentRoom = (): Room | null => useRoom.getState().room;

type Message = Record<string, unknown> & { type: string };
type Listener = (message: Message) => void;
const listeners = new Map<string, Set<Listener>>();

/** Calls `listener` for each message of `type` the host sends; returns the unsubscribe. */
export function onHostMessage(type: string, listener: Listener): () => void {
  let set = listeners.get(type);
  if (!set) listeners.set(type, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

function dispatch(payload: string): void {
  let message: unknown;
  try {
    message = JSON.parse(payload);
  } catch {
    return;
  }
  if (typeof message !== 'object' || message === null || typeof (message as Message).type !== 'string') return;
  for (const listener of listeners.get((message as Message).type) ?? []) listener(message as Message);
}

/** Called by the join flow once presence runs; returns the function that leaves the room. */
export function openRoom(provider: HocuspocusProvider, options: { name: string; role: WorkshopRole }): () => void {
  const onStateless = ({ payload }: { payload: string }) => dispatch(payload);
  provider.on('stateless', onStateless);
  const room: Room = {
    doc: provider.document,
    awareness: provider.awareness!,
    name: options.name,
    role: options.role,
    send: (message) => provider.sendStateless(JSON.stringify(message)),
  };
  useRoom.setState({ room });
  return () => {
    provider.off('stateless', onStateless);
    if (useRoom.getState().room === room) useRoom.setState({ room: null });
  };
}

/** A stable id of this browser for this workshop's ballots, so a reconnect keeps one's dots; never shared with the others. */
export function voterId(planId: string): string {
  const key = `handoff.voter:${planId}`;
  try {
    const known = window.localStorage.getItem(key);
    if (known) return known;
    const fresh = crypto.randomUUID();
    window.localStorage.setItem(key, fresh);
    return fresh;
  } catch {
    return (fallbackVoter ??= crypto.randomUUID());
  }
}
let fallbackVoter: string | undefined;

/** This window's stand-in for the shared document outside a workshop (timer and agenda). */
let localDoc: Y.Doc | null = null;

/** The document the workshop-only roots (timer, vote, agenda, locks, brainstorm) live in. */
export function stateDoc(): Y.Doc {
  const room = currentRoom();
  if (room) return room.doc;
  return (localDoc ??= new Y.Doc());
}

/** True when this person may drive the room: the facilitator in a workshop, anyone alone on their own screen. */
export function canFacilitate(room: Room | null): boolean {
  return room === null || room.role === 'facilitator';
}
