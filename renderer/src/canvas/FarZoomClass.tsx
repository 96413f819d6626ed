// Zoomed far out (below FAR_ZOOM, or while the opening fit view is queued) nodes
// show only a large title, the team colour and the finding count, and flows drop
// their labels. Re-rendering or re-mounting every node and flow when the zoom
// crosses that line froze a 1,000-node canvas (bench/editor.ts), so crossing it
// changes one class on the React Flow container and nothing else:
// - every node stays mounted at every zoom (no mounting as nodes enter the view),
//   and CSS hides or restyles the detailed parts of those that have them;
// - a node builds its detailed parts only once it has been in the "near region"
//   (the view seen near, plus a margin; nearRegion.ts), so opening a large plan
//   zoomed out builds the small far rendering only, and zooming in details the
//   few nodes around the view, once;
// - on a large plan React Flow draws only the flows of the near region (and the
//   selected ones); far out those are hidden and one SVG layer draws every flow
//   (FarEdges.tsx). The region changes only when a near view leaves it, so
//   zooming out and back in remounts nothing;
// - on a large plan the switch waits for the zoom to come to rest (SETTLE_MS): a
//   wheel or pinch that sweeps across the line scales the current rendering and
//   switches once, at the end, as map viewers change their level of detail;
// - the switch has hysteresis: near from FAR_ZOOM up, far again only below
//   NEAR_UNTIL_ZOOM, so a zoom that hovers around the line does not flip it.
import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useLayoutEffect, useRef } from 'react';
import { create } from 'zustand';
import { FAR_ZOOM, LARGE_PLAN_NODES } from './flowModel';
import { useNearRegion, updateNearRegion, viewRect } from './nearRegion';

export const FAR_CLASS = 'is-far';
/** Once near, the view stays near down to this zoom (hysteresis below FAR_ZOOM). */
export const NEAR_UNTIL_ZOOM = 0.3;
/** How long the zoom rests past the threshold before the rendering switches. */
const SETTLE_MS = 140;

/** Far or near, changed only when the zoom crosses the threshold (with hysteresis). */
const useFarZoom = create<{ far: boolean }>()(() => ({ far: true }));

/**
 * Also far while the opening fit view is still queued: nodes are first drawn at
 * zoom 1, before the fit, and would otherwise get their detail only to hide it.
 */
function farAt(s: ReactFlowState, wasFar: boolean): boolean {
  if (s.fitViewQueued) return true;
  return s.transform[2] < (wasFar ? FAR_ZOOM : NEAR_UNTIL_ZOOM);
}

export function FarZoomClass(): null {
  const store = useStoreApi();
  const container = useStore((s) => s.domNode);
  useLayoutEffect(() => {
    if (!container) return;
    let far = true;
    let lastTransform: ReactFlowState['transform'] | null = null;
    let lastNodes: ReactFlowState['nodes'] | null = null;
    let lastQueued = true;
    let settle = 0;
    container.classList.add(FAR_CLASS);
    const apply = () => {
      settle = 0;
      const s = store.getState();
      if (farAt(s, far) === far) return;
      far = !far;
      container.classList.toggle(FAR_CLASS, far);
      useFarZoom.setState({ far });
      if (!far) updateNearRegion(viewRect(s), s.nodeLookup, true);
    };
    const check = (s: ReactFlowState) => {
      const moved = s.transform !== lastTransform;
      // A zoom that crosses the threshold switches the rendering once it comes to rest, not
      // on every frame of a wheel or pinch that sweeps across it: mid-gesture the current
      // rendering simply scales. The opening fit view (zoom 1 for a moment) never switches.
      if (farAt(s, far) !== far) {
        if (moved || !settle) {
          window.clearTimeout(settle);
          // Only a large plan waits: a small one switches in the next frame, and so does
          // any plan when its opening fit view lands (no flash of the far rendering).
          const wait = lastQueued && !s.fitViewQueued ? 0 : s.nodeLookup.size > LARGE_PLAN_NODES ? SETTLE_MS : 0;
          settle = window.setTimeout(apply, wait);
        }
      } else if (settle) {
        window.clearTimeout(settle);
        settle = 0;
      }
      // Near: the region follows the view when the view leaves it, and takes in nodes that moved into it.
      if (!far && (moved || s.nodes !== lastNodes)) updateNearRegion(viewRect(s), s.nodeLookup, s.nodes !== lastNodes);
      lastTransform = s.transform;
      lastNodes = s.nodes;
      lastQueued = s.fitViewQueued;
    };
    check(store.getState());
    const unsubscribe = store.subscribe(check);
    return () => {
      unsubscribe();
      window.clearTimeout(settle);
      container.classList.remove(FAR_CLASS);
      useFarZoom.setState({ far: true });
      useNearRegion.getState().reset();
    };
  }, [container, store]);
  return null;
}

/** Whether the view is far out (re-renders only when the rendering switches). */
export function useFarView(): boolean {
  return useFarZoom(selectFarView);
}
const selectFarView = (s: { far: boolean }): boolean => s.far;

/** Whether the view is near now. */
export function isNearNow(): boolean {
  return !useFarZoom.getState().far;
}

const ALWAYS = (): boolean => true;

/**
 * Whether this node draws its detailed parts: from the first time it is in the
 * near region (or when it is made while the view is near), and from then on
 * without listening to anything, so zooming never re-renders it again.
 */
export function useNodeDetail(id: string): boolean {
  const shown = useRef<boolean | null>(null);
  // A monotonic flag: writing it during render is safe to repeat.
  if (shown.current === null) shown.current = isNearNow();
  const inRegion = useNearRegion(shown.current ? ALWAYS : (s) => s.detailed.has(id));
  if (inRegion) shown.current = true;
  return shown.current;
}
