// Where people look. Each client shares its view in the awareness field `viewport`
// ({ x, y, zoom }: the flow point at the centre of its view and its zoom, so that a
// view carries over between screens of different sizes; docs/workshops.md). "Follow
// <name>" keeps one's view on theirs until one pans or zooms oneself; "Bring everyone
// here" sends the facilitator's view to all (`bring-here` → `go-to`).
import { create } from 'zustand';
import { flow } from '../canvas/viewport';
import { uiT } from '../i18n';
import { showToast } from '../store/viewStore';
import { currentRoom, onHostMessage } from './room';

export interface View {
  x: number;
  y: number;
  zoom: number;
}

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** A peer's `viewport` field, or null when it is not a view. */
export function readView(value: unknown): View | null {
  if (typeof value !== 'object' || value === null) return null;
  const { x, y, zoom } = value as Record<string, unknown>;
  return finite(x) && finite(y) && finite(zoom) && zoom > 0 ? { x, y, zoom } : null;
}

/** This person's view now, or null before the canvas is up. */
export function currentView(): View | null {
  const instance = flow();
  const pane = document.querySelector('.react-flow');
  if (!instance || !pane) return null;
  const rect = pane.getBoundingClientRect();
  // Not snapped to the grid: the view is where it is.
  const centre = instance.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }, { snapToGrid: false });
  return { x: Math.round(centre.x), y: Math.round(centre.y), zoom: Math.round(instance.getZoom() * 1000) / 1000 };
}

export function goTo(view: View, duration = 0): void {
  void flow()?.setCenter(view.x, view.y, { zoom: view.zoom, duration });
}

/** Whom this person follows (an awareness client id), with their name. */
export const useFollowing = create<{ following: { clientId: number; name: string } | null }>()(() => ({ following: null }));

export function follow(clientId: number, name: string): void {
  useFollowing.setState({ following: { clientId, name } });
  const view = readView((currentRoom()?.awareness.getStates().get(clientId) as { viewport?: unknown } | undefined)?.viewport);
  if (view) goTo(view, 300);
}

export function stopFollowing(): void {
  if (useFollowing.getState().following) useFollowing.setState({ following: null });
}

export function bringEveryoneHere(): void {
  const view = currentView();
  if (view) currentRoom()?.send({ type: 'bring-here', viewport: view });
}

const PUBLISH_MS = 100;

/** Shares this view as it changes (at most ten times a second, the last one always). */
export function viewPublisher(): { changed(): void; stop(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const send = () => {
    timer = null;
    const room = currentRoom();
    const view = currentView();
    if (room && view) room.awareness.setLocalStateField('viewport', view);
  };
  return {
    changed: () => {
      timer ??= setTimeout(send, PUBLISH_MS);
    },
    stop: () => {
      if (timer) clearTimeout(timer);
    },
  };
}

/** Moves this view with the person followed, and to where the facilitator brings everyone; returns the stop function. */
export function trackViews(): () => void {
  const room = currentRoom();
  if (!room) return () => {};
  const onAwareness = () => {
    const { following } = useFollowing.getState();
    if (!following) return;
    const state = room.awareness.getStates().get(following.clientId) as { viewport?: unknown } | undefined;
    if (!state) return stopFollowing();
    const view = readView(state.viewport);
    if (view) goTo(view);
  };
  room.awareness.on('change', onAwareness);
  const offGoTo = onHostMessage('go-to', (message) => {
    const view = readView(message.viewport);
    if (!view) return;
    stopFollowing();
    goTo(view, 400);
    if (room.role !== 'facilitator') showToast(typeof message.by === 'string' && message.by ? uiT('ui.facilitation.follow.broughtBy', { name: message.by }) : uiT('ui.facilitation.follow.broughtByFacilitator'));
  });
  return () => {
    room.awareness.off('change', onAwareness);
    offGoTo();
    stopFollowing();
  };
}
