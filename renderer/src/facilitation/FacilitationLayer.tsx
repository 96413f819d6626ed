// Facilitation on the canvas (docs/facilitation.md): the timer, the facilitator's
// tools, the dock with the vote and sticky notes, the agenda's frames and sticky notes
// in flow coordinates, and the view kept in step with the room (presenting, following,
// "Bring everyone here"). Works alone too: the timer and agenda then live in this
// window's local document (room.ts).
import { useOnViewportChange, useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import { showFrame } from './agenda';
import { AgendaFrames } from './AgendaFrames';
import { trackBrainstorm } from './brainstorm';
import { startClockSync } from './clock';
import { FacilitatorPanel } from './FacilitatorPanel';
import { stopFollowing, trackViews, viewPublisher } from './follow';
import { useRoom } from './room';
import { trackRoomState, useRoomState } from './roomState';
import { RoomDock } from './RoomDock';
import { StickyNotes } from './StickyNotes';
import { Timer } from './Timer';
import { trackVoting } from './voting';
import './facilitation.css';

const selectDomNode = (s: ReactFlowState) => s.domNode;

/** The room's state and messages, followed while the canvas is up. */
function useRoomTracking(): void {
  const room = useRoom((s) => s.room);
  useEffect(() => trackRoomState(), []);
  useEffect(() => {
    if (!room) return;
    const stops = [startClockSync(), trackVoting(), trackViews(), trackBrainstorm()];
    return () => stops.forEach((stop) => stop());
  }, [room]);
}

/** Shares this view, stops following on one's own pan or zoom, and shows the frame being presented. */
function ViewSync() {
  const live = useRoom((s) => s.room !== null);
  const container = useStore(selectDomNode);
  const presenting = useRoomState((s) => (s.presenting === null ? null : s.frames[s.presenting]));
  useEffect(() => {
    if (!container) return;
    // Only a person's own hand moves their view off the one they follow. Captured: the
    // zoom behaviour stops the wheel's and the pane's events from bubbling.
    const onHand = (event: Event) => {
      const target = event.target as Element;
      if (target.closest?.('.react-flow__panel')) return;
      if (event.type === 'wheel' || target.closest?.('.react-flow__pane, .react-flow__minimap')) stopFollowing();
    };
    container.addEventListener('wheel', onHand, { passive: true, capture: true });
    container.addEventListener('pointerdown', onHand, { capture: true });
    return () => {
      container.removeEventListener('wheel', onHand, { capture: true });
      container.removeEventListener('pointerdown', onHand, { capture: true });
    };
  }, [container]);
  const publisher = useMemo(() => (live ? viewPublisher() : null), [live]);
  useEffect(() => {
    publisher?.changed();
    return () => publisher?.stop();
  }, [publisher]);
  useOnViewportChange({ onChange: () => publisher?.changed() });
  useEffect(() => {
    if (presenting) showFrame(presenting);
  }, [presenting]);
  return null;
}

export function FacilitationLayer() {
  useRoomTracking();
  return (
    <>
      <ViewSync />
      <ViewportPortal>
        <AgendaFrames />
        <StickyNotes />
      </ViewportPortal>
      <Timer />
      <FacilitatorPanel />
      <RoomDock />
    </>
  );
}
