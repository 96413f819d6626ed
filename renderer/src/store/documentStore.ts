// The editor's one store: the open plan, its undo history, the selection and the
// view toggles. Every change to the plan goes through `apply` with a named pure
// operation from shared/ops, so undo/redo covers canvas and inspector edits alike.
import { create } from 'zustand';
import type { Plan } from '../../../shared/model/types';

export interface DocumentInfo {
  /** Where the plan lives (host-opaque); absent for a new, never-saved plan. */
  ref?: string;
  /** File name shown in the title bar and messages. */
  name: string;
  /** Revision of the file when it was opened or last saved. */
  revision?: string | null;
  /** Why the plan cannot be edited (newer format version, read-only file); absent when editable. */
  readOnlyReason?: string;
  /** The plan is of a newer format version than this app writes: not even a copy can be saved. */
  newerFormat?: boolean;
  /** Key of this editing session's recovery copy. */
  recoveryKey: string;
}

export interface Selection {
  nodeIds: string[];
  edgeIds: string[];
}

export interface HistoryEntry {
  plan: Plan;
  label: string;
}

/**
 * Where edits go instead of the store's own history while the plan is shared live
 * (renderer/src/workshop/binding.ts): the delegate writes the change into the shared
 * document and sets the store's plan from it, and keeps each person's own undo stack.
 * The binding replaces the object when what it says about undo and redo changes.
 */
export interface CollabDelegate {
  apply(label: string, before: Plan, after: Plan, coalesceKey?: string): void;
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
  undoLabel?: string;
  redoLabel?: string;
}

interface DocumentState {
  plan: Plan | null;
  doc: DocumentInfo | null;
  /** The plan as last saved (or opened): dirty is derived by comparing against it. */
  savedPlan: Plan | null;
  past: HistoryEntry[];
  future: HistoryEntry[];
  selection: Selection;
  /** Coalesces rapid edits of one field (typing) into one undo step. */
  lastCoalesceKey: string | null;
  lastApplyAt: number;
  /** Set while the plan is shared live: edits, undo and redo go through it. */
  collab: CollabDelegate | null;

  /** Opens a plan. `unsaved`: it differs from the file (a restored recovery copy). */
  load(plan: Plan, doc: DocumentInfo, options?: { unsaved?: boolean }): void;
  closeDocument(): void;
  /** Apply a named operation. `coalesceKey` merges consecutive edits with the same key into one undo step. */
  apply(label: string, operation: (plan: Plan) => Plan, options?: { coalesceKey?: string }): void;
  undo(): void;
  redo(): void;
  markSaved(plan: Plan, doc: Partial<DocumentInfo>): void;
  /**
   * After a save of `base` written as `written` (with the app's `meta` stamp): the
   * written plan becomes the saved state and, unless the user edited meanwhile, the current one.
   */
  markWritten(base: Plan, written: Plan, doc: Partial<DocumentInfo>): void;
  setSelection(selection: Partial<Selection>): void;
  clearSelection(): void;
}

const HISTORY_LIMIT = 200;
const COALESCE_MS = 1000;
const EMPTY_SELECTION: Selection = { nodeIds: [], edgeIds: [] };

export const useDocumentStore = create<DocumentState>()((set, get) => ({
  plan: null,
  doc: null,
  savedPlan: null,
  past: [],
  future: [],
  selection: EMPTY_SELECTION,
  lastCoalesceKey: null,
  lastApplyAt: 0,
  collab: null,

  load: (plan, doc, options) =>
    set({
      plan,
      doc,
      savedPlan: options?.unsaved ? null : plan,
      past: [],
      future: [],
      selection: EMPTY_SELECTION,
      lastCoalesceKey: null,
      collab: null,
    }),

  closeDocument: () =>
    set({ plan: null, doc: null, savedPlan: null, past: [], future: [], selection: EMPTY_SELECTION, lastCoalesceKey: null, collab: null }),

  apply: (label, operation, options) => {
    const { plan, doc, past, lastCoalesceKey, lastApplyAt, collab } = get();
    if (!plan || doc?.readOnlyReason) return;
    const next = operation(plan);
    if (next === plan) return;
    if (collab) return collab.apply(label, plan, next, options?.coalesceKey);
    const now = Date.now();
    const coalesce =
      options?.coalesceKey !== undefined && options.coalesceKey === lastCoalesceKey && now - lastApplyAt < COALESCE_MS;
    const nextPast = coalesce ? past : [...past, { plan, label }].slice(-HISTORY_LIMIT);
    set({ plan: next, past: nextPast, future: [], lastCoalesceKey: options?.coalesceKey ?? null, lastApplyAt: now });
  },

  undo: () => {
    const { plan, past, future, collab } = get();
    if (collab) return collab.undo();
    const previous = past[past.length - 1];
    if (!plan || !previous) return;
    set({
      plan: previous.plan,
      past: past.slice(0, -1),
      future: [{ plan, label: previous.label }, ...future],
      lastCoalesceKey: null,
    });
  },

  redo: () => {
    const { plan, past, future, collab } = get();
    if (collab) return collab.redo();
    const next = future[0];
    if (!plan || !next) return;
    set({ plan: next.plan, past: [...past, { plan, label: next.label }], future: future.slice(1), lastCoalesceKey: null });
  },

  markSaved: (plan, doc) => set((s) => ({ savedPlan: plan, doc: s.doc ? { ...s.doc, ...doc } : s.doc })),

  markWritten: (base, written, doc) =>
    set((s) => ({
      plan: s.plan === base ? written : s.plan,
      savedPlan: written,
      doc: s.doc ? { ...s.doc, ...doc } : s.doc,
      lastCoalesceKey: null,
    })),

  setSelection: (selection) => set((s) => ({ selection: { ...s.selection, ...selection } })),
  clearSelection: () => set({ selection: EMPTY_SELECTION }),
}));

/** True when the plan differs from what was last saved. Plans are immutable, so identity is enough. */
export const selectDirty = (s: DocumentState): boolean => s.plan !== null && s.plan !== s.savedPlan;
export const selectCanUndo = (s: DocumentState): boolean => (s.collab ? s.collab.canUndo : s.past.length > 0);
export const selectCanRedo = (s: DocumentState): boolean => (s.collab ? s.collab.canRedo : s.future.length > 0);
/** The name of the step Undo would take back ("Rename node"), for menus and button titles. */
export const selectUndoLabel = (s: DocumentState): string | undefined => (s.collab ? s.collab.undoLabel : s.past[s.past.length - 1]?.label);
export const selectRedoLabel = (s: DocumentState): string | undefined => (s.collab ? s.collab.redoLabel : s.future[0]?.label);
