// Which side panels show and how big they are: the person's own arrangement of
// the editor window, not part of any plan. Kept in localStorage, so it outlives
// the plan and the window (per user profile; the desktop app's origin is fixed).
import { create } from 'zustand';

export type PanelName = 'palette' | 'inspector' | 'readiness';

export interface PanelLayout {
  shown: boolean;
  /** Width (palette, inspector) or height (readiness) in CSS pixels. */
  size: number;
}

interface LayoutState {
  panels: Record<PanelName, PanelLayout>;
  /** Focus mode hides all three panels without forgetting which were shown. */
  focus: boolean;
}

/** Smallest and largest sizes a drag may give a panel; the canvas always keeps the rest. */
export const PANEL_LIMITS: Record<PanelName, { min: number; max: number; initial: number }> = {
  palette: { min: 140, max: 360, initial: 184 },
  inspector: { min: 260, max: 720, initial: 340 },
  readiness: { min: 110, max: 560, initial: 210 },
};

const STORAGE_KEY = 'handoff-studio.layout';

const clamp = (name: PanelName, size: number) => Math.round(Math.min(PANEL_LIMITS[name].max, Math.max(PANEL_LIMITS[name].min, size)));

function defaults(): LayoutState {
  const panel = (name: PanelName): PanelLayout => ({ shown: true, size: PANEL_LIMITS[name].initial });
  return { panels: { palette: panel('palette'), inspector: panel('inspector'), readiness: panel('readiness') }, focus: false };
}

/** The stored layout, each value checked (an old or hand-edited entry must not break the editor). */
function load(): LayoutState {
  const state = defaults();
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<LayoutState> | null;
    if (!stored || typeof stored !== 'object') return state;
    for (const name of Object.keys(state.panels) as PanelName[]) {
      const panel = stored.panels?.[name];
      if (typeof panel?.shown === 'boolean') state.panels[name].shown = panel.shown;
      if (typeof panel?.size === 'number' && Number.isFinite(panel.size)) state.panels[name].size = clamp(name, panel.size);
    }
    if (typeof stored.focus === 'boolean') state.focus = stored.focus;
  } catch {
    // No storage (private window) or unreadable: the defaults.
  }
  return state;
}

export const useLayout = create<LayoutState>()(() => load());

function save(): void {
  try {
    const { panels, focus } = useLayout.getState();
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ panels, focus }));
  } catch {
    // Storage full or refused: the layout holds for this window only.
  }
}

function setPanel(name: PanelName, patch: Partial<PanelLayout>): void {
  useLayout.setState((s) => ({ panels: { ...s.panels, [name]: { ...s.panels[name], ...patch } } }));
  save();
}

/** Whether a panel is on screen now (shown, and focus mode off). */
export const selectPanelVisible = (name: PanelName) => (s: LayoutState) => s.panels[name].shown && !s.focus;

/** Shows or hides one panel; showing one leaves focus mode, with the others as they were. */
export function togglePanel(name: PanelName): void {
  const { panels, focus } = useLayout.getState();
  if (focus) {
    useLayout.setState({ focus: false, panels: { ...panels, [name]: { ...panels[name], shown: true } } });
    save();
    return;
  }
  setPanel(name, { shown: !panels[name].shown });
}

export function resizePanel(name: PanelName, size: number): void {
  setPanel(name, { size: clamp(name, size) });
}

export function toggleFocusMode(): void {
  useLayout.setState((s) => ({ focus: !s.focus }));
  save();
}
