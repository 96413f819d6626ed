// What the editor shows about the workshop it is in: the role, and whether edits
// are reaching the host right now. Null fields outside a workshop.
import { create } from 'zustand';
import type { WorkshopRole } from '../../../shared/host/contract';

/** `joining` until the first sync; `live` while connected and synced; `offline` while the host cannot be reached. */
export type WorkshopConnection = 'joining' | 'live' | 'offline';

interface WorkshopState {
  /** True from the moment the page is opened for a workshop (`?workshop=1`). */
  requested: boolean;
  role: WorkshopRole | null;
  connection: WorkshopConnection | null;
  /** Said on the joining screen while the host cannot be reached yet. */
  joiningNote: string | null;
}

export const useWorkshop = create<WorkshopState>()(() => ({
  requested: typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('workshop') === '1',
  role: null,
  connection: null,
  joiningNote: null,
}));

/** True when the page was opened from a workshop link. */
export const workshopRequested = (): boolean => useWorkshop.getState().requested;
