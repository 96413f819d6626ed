// What this person chose to see of the facilitation tools (never shared, never saved
// with the plan): whether the facilitator's tools are open, the chime, and which
// revealed vote round the canvas shows.
import { create } from 'zustand';
import { canFacilitate, useRoom } from './room';

const CHIME_KEY = 'handoff.timerChime';

function storedChime(): boolean {
  try {
    return window.localStorage.getItem(CHIME_KEY) !== 'off';
  } catch {
    return true;
  }
}

interface FacilitationView {
  /** The facilitator's tools ("Facilitate" in the top bar); closed at first, as they cover part of the canvas. */
  toolsOpen: boolean;
  chime: boolean;
  /** The revealed round whose totals the canvas shows as badges, with its ranked list. */
  shownRoundId: string | null;
}

export const useFacilitationView = create<FacilitationView>()(() => ({ toolsOpen: false, chime: storedChime(), shownRoundId: null }));

/** True when the facilitator's tools show: this person may facilitate and has them open. */
export function useToolsShown(): boolean {
  const room = useRoom((s) => s.room);
  const open = useFacilitationView((s) => s.toolsOpen);
  return open && canFacilitate(room);
}

export function toggleTools(shown: boolean): void {
  useFacilitationView.setState({ toolsOpen: !shown });
}

export function setChime(on: boolean): void {
  useFacilitationView.setState({ chime: on });
  try {
    window.localStorage.setItem(CHIME_KEY, on ? 'on' : 'off');
  } catch {
    // Kept for this session only.
  }
}

export function showRound(roundId: string | null): void {
  useFacilitationView.setState({ shownRoundId: roundId });
}
