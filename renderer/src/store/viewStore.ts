// View state of the editor that is not part of the plan: toggles, open panels,
// dialogs and one-shot requests (reveal a node). Kept apart from the document
// store so that a view toggle never touches the undo history.
import { create } from 'zustand';
import type { ExportFormat, HostInfo } from '../../../shared/host/contract';

export type Theme = 'light' | 'dark';

interface ViewState {
  hostInfo: HostInfo | null;
  /** The resolved theme (system preference or the user's setting). */
  theme: Theme;
  ownershipView: boolean;
  snapToGrid: boolean;
  searchOpen: boolean;
  exportDialog: { open: boolean; format?: ExportFormat };
  /** Browser host: the list of the served folder's plans, to open one. */
  openDialog: boolean;
  /** The template gallery as a dialog (File ▸ New from template while a plan is open). */
  templateDialog: boolean;
  /** A request to scroll the canvas to a node; `seq` makes repeated requests distinct. */
  reveal: { nodeId: string; seq: number } | null;
  /** Transient message at the bottom of the window. */
  toast: { message: string; tone: 'info' | 'error'; seq: number } | null;

  set(partial: Partial<Omit<ViewState, 'set'>>): void;
}

export const useViewStore = create<ViewState>()((set) => ({
  hostInfo: null,
  theme: 'light',
  ownershipView: false,
  snapToGrid: true,
  searchOpen: false,
  exportDialog: { open: false },
  openDialog: false,
  templateDialog: false,
  reveal: null,
  toast: null,
  set: (partial) => set(partial),
}));

let seq = 0;

/** Scrolls the canvas to a node (used by the readiness panel and search). */
export function revealNode(nodeId: string): void {
  useViewStore.getState().set({ reveal: { nodeId, seq: ++seq } });
}

export function showToast(message: string, tone: 'info' | 'error' = 'info'): void {
  useViewStore.getState().set({ toast: { message, tone, seq: ++seq } });
}

export function openExportDialog(format?: ExportFormat): void {
  useViewStore.getState().set({ exportDialog: { open: true, format } });
}
