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

  load: (plan, doc, options) =>
    set({
      plan,
      doc,
      savedPlan: options?.unsaved ? null : plan,
      past: [],
      future: [],
      selection: EMPTY_SELECTION,
      lastCoalesceKey: null,
    }),

  closeDocument: () =>
    set({ plan: null, doc: null, savedPlan: null, past: [], future: [], selection: EMPTY_SELECTION, lastCoalesceKey: null }),

  apply: (label, operation, options) => {
    const { plan, doc, past, lastCoalesceKey, lastApplyAt } = get();
    if (!plan || doc?.readOnlyReason) return;
    const next = operation(plan);
    if (next === plan) return;
    const now = Date.now();
    const coalesce =
      options?.coalesceKey !== undefined && options.coalesceKey === lastCoalesceKey && now - lastApplyAt < COALESCE_MS;
    const nextPast = coalesce ? past : [...past, { plan, label }].slice(-HISTORY_LIMIT);
    set({ plan: next, past: nextPast, future: [], lastCoalesceKey: options?.coalesceKey ?? null, lastApplyAt: now });
  },

  undo: () => {
    const { plan, past, future } = get();
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
    const { plan, past, future } = get();
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
export const selectCanUndo = (s: DocumentState): boolean => s.past.length > 0;
export const selectCanRedo = (s: DocumentState): boolean => s.future.length > 0;
