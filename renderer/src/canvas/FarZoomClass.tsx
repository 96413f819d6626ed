// Zoomed far out (below FAR_ZOOM, or while the opening fit view is queued) nodes
// show only a large title, the team colour and the finding count, and flows drop
// their labels. Re-rendering every node and flow when the zoom crosses that line
// froze a 1,000-node canvas for most of a second (bench/editor.ts), so:
// - the React Flow container gets an `is-far` class, and CSS hides or restyles
//   the detailed parts; crossing is one class change, no React re-render;
// - a node or flow leaves out its detailed parts until the first time it is drawn
//   near (useDetailOnceNear), so opening a large plan zoomed out builds only the
//   small far rendering; the upgrade re-renders just the elements on screen then
//   (with onlyRenderVisibleElements, a fraction of a large plan), once.
import { useStore, useStoreApi } from '@xyflow/react';
import { useLayoutEffect, useRef } from 'react';
import { create } from 'zustand';
import { selectFar } from './flowModel';

export const FAR_CLASS = 'is-far';

/**
 * Far or near, changed only when the zoom crosses FAR_ZOOM. Nodes and flows listen
 * here, not to React Flow's store: a selector per element on that store runs on
 * every drag step and zoom event (2,000 of them at 1,000 nodes), this one only on a crossing.
 * Far until a canvas says otherwise, so a plan opens with its far rendering.
 */
const useFarZoom = create<{ far: boolean }>()(() => ({ far: true }));

export function FarZoomClass(): null {
  const far = useStore(selectFar);
  const container = useStore((s) => s.domNode);
  const store = useStoreApi();
  // A layout effect: the class changes in the same frame as the zoom that crossed.
  useLayoutEffect(() => {
    container?.classList.toggle(FAR_CLASS, far);
    if (far) return useFarZoom.setState({ far: true });
    // Near is told to the nodes a frame later if the view is still near: the opening fit
    // view passes zoom 1 for a moment, and the nodes drawn then would keep their detail.
    const frame = requestAnimationFrame(() => {
      if (!selectFar(store.getState())) useFarZoom.setState({ far: false });
    });
    return () => cancelAnimationFrame(frame);
  }, [container, far, store]);
  useLayoutEffect(() => () => useFarZoom.setState({ far: true }), []);
  return null;
}

const selectFarView = (s: { far: boolean }): boolean => s.far;
const selectNear = (s: { far: boolean }): boolean => !s.far;

/** Whether the view is far out now (re-renders only when the zoom crosses FAR_ZOOM). */
export function useFarView(): boolean {
  return useFarZoom(selectFarView);
}
const ALWAYS = (): boolean => true;

/**
 * False while this node or flow has only ever been drawn far out; true from the
 * first time it is drawn near, and from then on without listening to the zoom.
 */
export function useDetailOnceNear(): boolean {
  const shown = useRef(false);
  // Once shown, the selector is a constant, so zooming never re-renders this element again.
  // (A monotonic flag: writing it during render is safe to repeat.)
  const near = useFarZoom(shown.current ? ALWAYS : selectNear);
  if (near) shown.current = true;
  return shown.current;
}
