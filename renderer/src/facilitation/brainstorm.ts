// Sticky notes and the private brainstorm. A sticky note is a comment on the plan with
// a place. While the facilitator runs a private brainstorm (the `brainstorm` root),
// new notes stay on this machine (in memory and localStorage) until the facilitator
// reveals them all at once (`brainstorm-reveal`); then each client writes its own
// notes as comments, without names when the brainstorm was anonymous.
import { create } from 'zustand';
import { viewCentre } from '../canvas/viewport';
import { uiT } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { showToast } from '../store/viewStore';
import { postComment } from './commentActions';
import { currentRoom, onHostMessage } from './room';
import { useRoomState, writeRoot } from './roomState';

export interface PrivateNote {
  id: string;
  text: string;
  x: number;
  y: number;
}

export const usePrivateNotes = create<{ notes: PrivateNote[] }>()(() => ({ notes: [] }));

const storageKey = () => `handoff.brainstorm:${useDocumentStore.getState().plan?.id ?? ''}`;

function keep(notes: PrivateNote[]): void {
  usePrivateNotes.setState({ notes });
  try {
    if (notes.length === 0) window.localStorage.removeItem(storageKey());
    else window.localStorage.setItem(storageKey(), JSON.stringify(notes));
  } catch {
    // Kept in memory only.
  }
}

function restore(): PrivateNote[] {
  try {
    const raw = JSON.parse(window.localStorage.getItem(storageKey()) ?? '[]') as unknown;
    return Array.isArray(raw) ? raw.filter((n): n is PrivateNote => typeof n?.text === 'string' && typeof n?.id === 'string' && Number.isFinite(n?.x) && Number.isFinite(n?.y)) : [];
  } catch {
    return [];
  }
}

/** A note in the middle of the view: private during a brainstorm, else on the plan at once. */
export function addStickyNote(text: string): void {
  const at = viewCentre();
  // Spread notes a little, so several added in one place do not hide each other.
  const sticky = { x: Math.round(at.x - 80 + Math.random() * 60), y: Math.round(at.y - 40 + Math.random() * 60) };
  if (currentRoom() && useRoomState.getState().brainstorm.active) {
    keep([...usePrivateNotes.getState().notes, { id: crypto.randomUUID(), text, ...sticky }]);
    return;
  }
  postComment({ kind: 'plan' }, text, { sticky });
}

export function startBrainstorm(anonymous: boolean): void {
  writeRoot('brainstorm', (map) => {
    map.set('active', true);
    map.set('anonymous', anonymous);
  });
}

export function revealBrainstorm(): void {
  currentRoom()?.send({ type: 'brainstorm-reveal' });
}

function publish(anonymous: boolean): void {
  const { notes } = usePrivateNotes.getState();
  if (notes.length === 0) return;
  for (const note of notes) postComment({ kind: 'plan' }, note.text, { sticky: { x: note.x, y: note.y }, ...(anonymous ? { author: '' } : {}) });
  keep([]);
  showToast(uiT('ui.facilitation.brainstorm.published', { count: notes.length }));
}

/** Keeps this person's private notes and publishes them at the reveal; returns the stop function. */
export function trackBrainstorm(): () => void {
  usePrivateNotes.setState({ notes: restore() });
  const off = onHostMessage('brainstorm-reveal', (message) => publish(message.anonymous === true));
  // Notes kept from a brainstorm that ended while this client was away are published when it is back.
  const unsubscribe = useRoomState.subscribe((state, previous) => {
    if (previous.brainstorm.active && !state.brainstorm.active) publish(state.brainstorm.anonymous);
  });
  return () => {
    off();
    unsubscribe();
    usePrivateNotes.setState({ notes: [] });
  };
}
