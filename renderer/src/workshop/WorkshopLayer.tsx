// The workshop's layer on the canvas: the Participants card, this person's pointer
// shared with the others, and their pointers drawn in the flow's own coordinates
// (a ViewportPortal, so panning and zooming move them with the plan). Outside a
// workshop it renders nothing and listens to nothing.
import { useReactFlow, useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { useEffect } from 'react';
import { Participants } from './Participants';
import { publishPointer, usePointers } from './presence';
import { useWorkshop } from './workshopStore';
import './workshop.css';

const selectDomNode = (s: ReactFlowState) => s.domNode;
const selectZoom = (s: ReactFlowState) => s.transform[2];

/** Shares where this person's pointer is over the canvas (throttled in presence.ts). */
function PointerTracker() {
  const container = useStore(selectDomNode);
  const { screenToFlowPosition } = useReactFlow();
  useEffect(() => {
    if (!container) return;
    const onMove = (event: PointerEvent) => publishPointer(screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    const onLeave = () => publishPointer(null);
    container.addEventListener('pointermove', onMove, { passive: true });
    container.addEventListener('pointerleave', onLeave);
    return () => {
      container.removeEventListener('pointermove', onMove);
      container.removeEventListener('pointerleave', onLeave);
      publishPointer(null);
    };
  }, [container, screenToFlowPosition]);
  return null;
}

function PointerArrow() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <path d="M2 1.5 15.5 8.2 9.2 9.6 6.4 15.8Z" fill="var(--peer)" stroke="#fff" strokeWidth="1.4" strokeLinejoin="round" />
    </svg>
  );
}

/** The others' pointers, kept the same size on screen whatever the zoom. */
function RemotePointers() {
  const pointers = usePointers((s) => s.pointers);
  const zoom = useStore(selectZoom);
  return (
    <div className="peer-pointers" aria-hidden="true">
      {pointers.map((p) => (
        <div
          key={p.clientId}
          className="peer-pointer"
          style={{ '--peer': p.color, transform: `translate(${p.x}px, ${p.y}px) scale(${1 / zoom})` } as React.CSSProperties}
        >
          <PointerArrow />
          <span className="peer-pointer__name">{p.name}</span>
        </div>
      ))}
    </div>
  );
}

export function WorkshopLayer() {
  const inWorkshop = useWorkshop((s) => s.connection !== null);
  if (!inWorkshop) return null;
  return (
    <>
      <PointerTracker />
      <ViewportPortal>
        <RemotePointers />
      </ViewportPortal>
      <Participants />
    </>
  );
}
