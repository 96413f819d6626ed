// State of the compare and merge features, apart from the document store so that
// none of it touches the undo history: the other copy being compared, which
// picker is open, and the merge being settled. Everything resets when another
// document is loaded or the plan is closed.
import { create } from 'zustand';
import type { MergeResult, PlanChange } from '../../../shared/merge/index';
import type { Plan } from '../../../shared/model/types';
import { useDocumentStore } from '../store/documentStore';

/** The other copy of the plan: where it came from and what it holds. */
export interface OtherCopy {
  /** File name, for people ("churn-it.handoff.json"). */
  name: string;
  ref: string;
  plan: Plan;
}

export type Purpose = 'compare' | 'merge';

export interface MergeSession {
  other: OtherCopy;
  result: MergeResult;
  /** False when no common ancestor is recorded and every difference is a conflict. */
  threeWay: boolean;
  /** What the other copy brings that merges without asking (canvas moves left out). */
  autoChanges: PlanChange[];
  /**
   * Set when merging the open plan's own file, changed on disk by someone else: once
   * applied, the file's current text is what the editor last saved (so Save writes
   * without asking again and a later merge starts from it).
   */
  fromDisk?: { revision: string | null };
}

interface CompareState {
  /** The copy overlaid on the canvas; null when compare mode is off. */
  compare: OtherCopy | null;
  /** Browser host: the list of the served folder's plans to pick the other copy from. */
  picking: Purpose | null;
  merge: MergeSession | null;
  set(partial: Partial<Omit<CompareState, 'set'>>): void;
}

export const useCompareStore = create<CompareState>()((set) => ({
  compare: null,
  picking: null,
  merge: null,
  set: (partial) => set(partial),
}));

export function exitCompare(): void {
  useCompareStore.getState().set({ compare: null });
}

// Another document (or none) in the editor: what was compared no longer applies.
useDocumentStore.subscribe((state, previous) => {
  if (state.doc?.recoveryKey !== previous.doc?.recoveryKey || (state.plan === null) !== (previous.plan === null)) {
    const compare = useCompareStore.getState();
    if (compare.compare || compare.picking || compare.merge) compare.set({ compare: null, picking: null, merge: null });
  }
});
