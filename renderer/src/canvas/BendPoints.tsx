// The bend points of a selected flow as handles on the canvas: drag one to move it,
// drag a leg's middle handle to add one there, double-click one to remove it, or
// focus it and press Delete. A drag shows the flow following the pointer and lands
// as one operation (one undo step) when the pointer is released.
import { useReactFlow, type Position } from '@xyflow/react';
import { memo, useState, type KeyboardEvent, type PointerEvent as ReactPointerEvent } from 'react';
import { addBendPoint, clearBendPoints, moveBendPoint, removeBendPoint } from '../../../shared/ops/index';
import { useCanvasLocked } from '../facilitation/locks';
import { uiT, useT } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { useViewStore } from '../store/viewStore';
import { midHandles, type Point } from './edgeRoute';
import { GRID, type EdgeRoute } from './flowModel';

/** A bend point being dragged: an existing one (`insert` false) or a new one going in at `index`. */
export interface BendDrag {
  index: number;
  insert: boolean;
  point: Point;
}

/** The flow's points as drawn while a drag is under way. */
export function pointsDuring(points: readonly Point[], drag: BendDrag | null): readonly Point[] {
  if (!drag) return points;
  if (drag.insert) return [...points.slice(0, drag.index), drag.point, ...points.slice(drag.index)];
  return points.map((p, i) => (i === drag.index ? drag.point : p));
}

/** Holds the drag in progress for one flow's view (only that flow re-renders while it moves). */
export function useBendDrag(): [BendDrag | null, (drag: BendDrag | null) => void] {
  return useState<BendDrag | null>(null);
}

/** A pointer travel below this (screen pixels) is a click, not a drag. */
const DRAG_THRESHOLD = 3;

export function addBendPointAt(edgeId: string, index: number, point: Point): void {
  useDocumentStore.getState().apply(uiT('ui.canvas.edges.undoAdd'), (p) => addBendPoint(p, edgeId, index, point));
}

function removeBendPointAt(edgeId: string, index: number): void {
  useDocumentStore.getState().apply(uiT('ui.canvas.edges.undoRemove'), (p) => removeBendPoint(p, edgeId, index));
}

/** Removes every bend point of a flow (the inspector's "Clear bend points"): it is routed automatically again. */
export function clearBendPointsOf(edgeId: string): void {
  useDocumentStore.getState().apply(uiT('ui.canvas.edges.undoClear'), (p) => clearBendPoints(p, edgeId));
}

interface BendPointsProps {
  edgeId: string;
  route: EdgeRoute;
  source: Point;
  sourceSide: Position;
  target: Point;
  targetSide: Position;
  /** The stored points (not the ones being dragged). */
  points: readonly Point[];
  drag: BendDrag | null;
  onDrag(drag: BendDrag | null): void;
}

export const BendPoints = memo(function BendPoints({ edgeId, route, source, sourceSide, target, targetSide, points, drag, onDrag }: BendPointsProps) {
  const t = useT();
  const { screenToFlowPosition } = useReactFlow();
  const readOnly = useDocumentStore((s) => Boolean(s.doc?.readOnlyReason));
  const locked = useCanvasLocked();
  if (readOnly || locked) return null;

  const shown = pointsDuring(points, drag);

  const startDrag = (event: ReactPointerEvent, index: number, insert: boolean) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    const start = { x: event.clientX, y: event.clientY };
    let last: BendDrag | null = null;
    const toFlow = (e: PointerEvent): Point => {
      const p = screenToFlowPosition({ x: e.clientX, y: e.clientY }, { snapToGrid: false });
      if (!useViewStore.getState().snapToGrid) return { x: Math.round(p.x), y: Math.round(p.y) };
      return { x: Math.round(p.x / GRID) * GRID, y: Math.round(p.y / GRID) * GRID };
    };
    const move = (e: PointerEvent) => {
      if (!last && Math.hypot(e.clientX - start.x, e.clientY - start.y) < DRAG_THRESHOLD) return;
      last = { index, insert, point: toFlow(e) };
      onDrag(last);
    };
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
      if (last) {
        const { point } = last;
        if (insert) addBendPointAt(edgeId, index, point);
        else useDocumentStore.getState().apply(uiT('ui.canvas.edges.undoMove'), (p) => moveBendPoint(p, edgeId, index, point));
      }
      onDrag(null);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
  };

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    if (event.key !== 'Delete' && event.key !== 'Backspace') return;
    // Deletes the point, not the flow (the editor's Delete command listens on the window).
    event.stopPropagation();
    event.preventDefault();
    removeBendPointAt(edgeId, index);
  };

  const mids = drag ? [] : midHandles(route, source, sourceSide, target, targetSide, shown);
  return (
    <g className="bend-points">
      {mids.map(({ index, at }) => (
        <circle
          key={`mid-${index}`}
          className="bend-point bend-point--add nodrag nopan"
          data-testid="bend-point-add"
          cx={at.x}
          cy={at.y}
          r={4}
          onPointerDown={(e) => startDrag(e, index, true)}
          onDoubleClick={(e) => {
            e.stopPropagation();
            addBendPointAt(edgeId, index, { x: Math.round(at.x), y: Math.round(at.y) });
          }}
        >
          <title>{t('ui.canvas.edges.addHint')}</title>
        </circle>
      ))}
      {shown.map((p, index) => (
        <circle
          key={index}
          className="bend-point nodrag nopan"
          data-testid="bend-point"
          role="button"
          tabIndex={0}
          aria-label={t('ui.canvas.edges.bendPoint', { number: index + 1, count: shown.length })}
          cx={p.x}
          cy={p.y}
          r={6}
          onPointerDown={(e) => startDrag(e, index, false)}
          onDoubleClick={(e) => {
            e.stopPropagation();
            removeBendPointAt(edgeId, index);
          }}
          onKeyDown={(e) => onKeyDown(e, index)}
        >
          <title>{t('ui.canvas.edges.pointHint')}</title>
        </circle>
      ))}
    </g>
  );
});
