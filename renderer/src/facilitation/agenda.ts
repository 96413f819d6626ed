// The agenda (the `agenda` root): titled frames of the canvas the facilitator steps
// through. While one is presented, every screen shows it (fitted to its own size).
import * as Y from 'yjs';
import { flow } from '../canvas/viewport';
import { useRoomState, writeRoot, type Frame } from './roomState';

function frames(map: Y.Map<unknown>): Y.Array<Frame> {
  let list = map.get('frames');
  if (!(list instanceof Y.Array)) map.set('frames', (list = new Y.Array<Frame>()));
  return list as Y.Array<Frame>;
}

/** The part of the canvas in view now, in flow coordinates. */
export function visibleArea(): Omit<Frame, 'id' | 'title'> | null {
  const instance = flow();
  const pane = document.querySelector('.react-flow');
  if (!instance || !pane) return null;
  const rect = pane.getBoundingClientRect();
  const topLeft = instance.screenToFlowPosition({ x: rect.left, y: rect.top }, { snapToGrid: false });
  const bottomRight = instance.screenToFlowPosition({ x: rect.right, y: rect.bottom }, { snapToGrid: false });
  return { x: Math.round(topLeft.x), y: Math.round(topLeft.y), width: Math.round(bottomRight.x - topLeft.x), height: Math.round(bottomRight.y - topLeft.y) };
}

export function addFrame(title: string): void {
  const area = visibleArea();
  if (!area) return;
  const frame: Frame = { id: `f-${crypto.randomUUID().slice(0, 8)}`, title, ...area };
  writeRoot('agenda', (map) => frames(map).push([frame]));
}

export function removeFrame(id: string): void {
  writeRoot('agenda', (map) => {
    const list = frames(map);
    const at = list.toArray().findIndex((f) => f.id === id);
    if (at < 0) return;
    list.delete(at, 1);
    const presenting = map.get('presenting');
    if (typeof presenting === 'number' && presenting >= list.length) map.delete('presenting');
  });
}

/** Presents frame `index` (clamped), or stops presenting with null. */
export function present(index: number | null): void {
  const count = useRoomState.getState().frames.length;
  writeRoot('agenda', (map) => (index === null || count === 0 ? map.delete('presenting') : map.set('presenting', Math.max(0, Math.min(count - 1, index)))));
}

export function showFrame(frame: Frame, duration = 400): void {
  void flow()?.fitBounds({ x: frame.x, y: frame.y, width: frame.width, height: frame.height }, { padding: 0.02, duration });
}
