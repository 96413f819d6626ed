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
import { useStore } from '@xyflow/react';
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
  // A layout effect: the class changes in the same frame as the zoom that crossed.
  useLayoutEffect(() => {
    container?.classList.toggle(FAR_CLASS, far);
    useFarZoom.setState({ far });
  }, [container, far]);
  useLayoutEffect(() => () => useFarZoom.setState({ far: true }), []);
  return null;
}

const selectNear = (s: { far: boolean }): boolean => !s.far;
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
