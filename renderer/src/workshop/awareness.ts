// What each person in a workshop tells the others through Yjs awareness (not part
// of the plan, never saved): who they are, where their pointer is, what they have
// selected, which node they are typing in and where they are dragging nodes.
// docs/workshops.md documents these fields for other clients. A peer's state is
// read defensively: anything malformed is dropped, never trusted.
import type { WorkshopRole } from '../../../shared/host/contract';
import { uiT } from '../i18n';

export interface XY {
  x: number;
  y: number;
}

export interface PresenceUser {
  name: string;
  /** A CSS colour (#rrggbb) that marks this person's pointer and selection. */
  color: string;
  role: WorkshopRole;
}

/** One client's awareness state, as this editor writes it. */
export interface PresenceState {
  user: PresenceUser;
  /** In flow coordinates (the plan's `position` space); null when off the canvas. */
  pointer: XY | null;
  selection: { nodeIds: string[]; edgeIds: string[] };
  /** The node whose field this person is typing in. */
  editing: string | null;
  /** Where the nodes this person is dragging are right now; null when not dragging. */
  dragging: Record<string, XY> | null;
  /** The tab is hidden or the person has not touched it for a while. */
  away: boolean;
}

/** At most this many ids of a selection are shared (a select-all of a huge plan says enough with these). */
export const MAX_SHARED_IDS = 500;
const MAX_NAME = 80;
const ROLES: readonly WorkshopRole[] = ['facilitator', 'participant', 'viewer'];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function readXY(value: unknown): XY | null {
  return isRecord(value) && isFiniteNumber(value.x) && isFiniteNumber(value.y) ? { x: value.x, y: value.y } : null;
}

function readIds(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string').slice(0, MAX_SHARED_IDS) : [];
}

function readUser(value: unknown): PresenceUser | null {
  if (!isRecord(value) || typeof value.name !== 'string') return null;
  const color = typeof value.color === 'string' && /^#[0-9a-f]{6}$/i.test(value.color) ? value.color : '#64748b';
  const role = ROLES.includes(value.role as WorkshopRole) ? (value.role as WorkshopRole) : 'participant';
  return { name: value.name.trim().slice(0, MAX_NAME) || uiT('ui.workshop.participants.someone'), color, role };
}

/** A peer's state, or null when it does not say who they are (a client that shares nothing). */
export function readPresence(value: unknown): PresenceState | null {
  if (!isRecord(value)) return null;
  const user = readUser(value.user);
  if (!user) return null;
  let dragging: Record<string, XY> | null = null;
  if (isRecord(value.dragging)) {
    for (const [id, at] of Object.entries(value.dragging).slice(0, MAX_SHARED_IDS)) {
      const xy = readXY(at);
      if (xy) (dragging ??= {})[id] = xy;
    }
  }
  const selection = isRecord(value.selection) ? value.selection : {};
  return {
    user,
    pointer: readXY(value.pointer),
    selection: { nodeIds: readIds(selection.nodeIds), edgeIds: readIds(selection.edgeIds) },
    editing: typeof value.editing === 'string' ? value.editing : null,
    dragging,
    away: value.away === true,
  };
}

/** Colours for people: strong enough to outline a node in both themes; red is left to errors. */
export const PEOPLE_COLORS = ['#7c3aed', '#0891b2', '#db2777', '#ea580c', '#16a34a', '#2563eb', '#ca8a04', '#0d9488', '#c026d3', '#4f46e5'];

/** The first colour nobody here has yet (so two people rarely share one), else one from the client id. */
export function pickColor(taken: ReadonlySet<string>, clientId: number): string {
  return PEOPLE_COLORS.find((color) => !taken.has(color)) ?? PEOPLE_COLORS[clientId % PEOPLE_COLORS.length];
}
