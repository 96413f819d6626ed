import type { Phase } from '../../model/vocabulary.js';

/** One reusable checklist entry: the text, the phase gate it belongs to, and a grouping. */
export interface ChecklistLibraryItem {
  text: string;
  /** The phase gate by which the item must be done. */
  phase: Phase;
  category: string;
}

/** A named list of checklist entries that a person can add to a node. */
export interface ChecklistLibrary {
  id: string;
  name: string;
  /** One or two sentences: what the list is for, and for the ML Test Score how it is scored. */
  description: string;
  items: readonly ChecklistLibraryItem[];
}
