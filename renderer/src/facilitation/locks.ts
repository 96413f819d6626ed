// Locks (docs/facilitation.md, the `locks` root): the facilitator freezes a node or the
// whole canvas. The host refuses a participant's update that touches a locked part
// and closes the connection, so the editor keeps participants from making one: locked
// nodes do not move, their fields are read-only, and an edit that would touch them is
// not sent (`lockRefusal`). Comments stay open under any lock.
import type { Plan } from '../../../shared/model/types';
import { uiT, useT } from '../i18n';
import { currentRoom, useRoom } from './room';
import { useRoomState, writeRoot, type Locks } from './roomState';

/** True when the locks apply to this person (a participant in a workshop). */
const bound = (role: string | undefined): boolean => role === 'participant';

const NONE: ReadonlySet<string> = new Set();

/** The nodes locked for this person (none for the facilitator or outside a workshop). */
export function useLockedNodes(): ReadonlySet<string> {
  const applies = useRoom((s) => bound(s.room?.role));
  const nodes = useRoomState((s) => s.locks.nodes);
  return applies ? nodes : NONE;
}

/** True when the whole canvas is locked for this person. */
export function useCanvasLocked(): boolean {
  const applies = useRoom((s) => bound(s.room?.role));
  return useRoomState((s) => applies && s.locks.canvas);
}

/** Why this person may not edit node `nodeId` (or the plan, without one) now, or null. */
export function useLockReason(nodeId?: string): string | null {
  const t = useT();
  const applies = useRoom((s) => bound(s.room?.role));
  const lock = useRoomState((s) => {
    if (!applies) return null;
    if (s.locks.canvas) return 'canvas';
    return nodeId && s.locks.nodes.has(nodeId) ? 'node' : null;
  });
  return lock && t(`ui.facilitation.locks.${lock}`);
}

/** Why this edit may not be sent, or null. Plan content other than comments is frozen under a canvas lock; a locked node under its own. */
export function lockRefusal(before: Plan, after: Plan, locks: Locks = useRoomState.getState().locks): string | null {
  if (!bound(currentRoom()?.role)) return null;
  if (locks.canvas) {
    for (const key of Object.keys({ ...before, ...after }) as (keyof Plan)[]) {
      if (key !== 'comments' && key !== 'meta' && before[key] !== after[key]) return uiT('ui.facilitation.locks.canvas');
    }
    return null;
  }
  if (locks.nodes.size === 0 || before.nodes === after.nodes) return null;
  const afterById = new Map((after.nodes ?? []).map((n) => [n.id, n]));
  for (const node of before.nodes ?? []) {
    if (locks.nodes.has(node.id) && afterById.get(node.id) !== node) return uiT('ui.facilitation.locks.namedNode', { title: node.title });
  }
  return null;
}

export function setNodeLocked(nodeId: string, locked: boolean): void {
  writeRoot('locks', (map) => (locked ? map.set(`node:${nodeId}`, true) : map.delete(`node:${nodeId}`)));
}

export function setCanvasLocked(locked: boolean): void {
  writeRoot('locks', (map) => (locked ? map.set('canvas', true) : map.delete('canvas')));
}
