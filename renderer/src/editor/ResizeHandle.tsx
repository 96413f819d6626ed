// The draggable edge of a side panel. While dragging, the size goes straight into
// the editor's CSS variable (no React render, so the canvas does not re-render per
// pointer move); the store, and so localStorage, gets the final size on release.
// Arrow keys resize too: the handle is a focusable separator.
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useT } from '../i18n';
import { PANEL_LIMITS, resizePanel, useLayout, type PanelName } from './layout';

export const PANEL_SIZE_VARS: Record<PanelName, string> = {
  palette: '--palette-width',
  inspector: '--inspector-width',
  readiness: '--readiness-height',
};

/** Which way a pointer movement grows the panel: the palette grows rightwards, the inspector leftwards, the readiness panel upwards. */
const GROWTH: Record<PanelName, { axis: 'x' | 'y'; sign: 1 | -1 }> = {
  palette: { axis: 'x', sign: 1 },
  inspector: { axis: 'x', sign: -1 },
  readiness: { axis: 'y', sign: -1 },
};

const KEY_STEP = 16;

export function ResizeHandle({ panel }: { panel: PanelName }) {
  const t = useT();
  const size = useLayout((s) => s.panels[panel].size);
  const drag = useRef<{ start: number; size: number; current: number } | null>(null);
  const { axis, sign } = GROWTH[panel];
  const { min, max } = PANEL_LIMITS[panel];

  const editorOf = (element: Element) => element.closest<HTMLElement>('.editor');
  const clamp = (value: number) => Math.round(Math.min(max, Math.max(min, value)));

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { start: axis === 'x' ? event.clientX : event.clientY, size, current: size };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const state = drag.current;
    if (!state) return;
    const delta = (axis === 'x' ? event.clientX : event.clientY) - state.start;
    state.current = clamp(state.size + sign * delta);
    editorOf(event.currentTarget)?.style.setProperty(PANEL_SIZE_VARS[panel], `${state.current}px`);
  };
  const onPointerUp = () => {
    const state = drag.current;
    drag.current = null;
    if (state && state.current !== state.size) resizePanel(panel, state.current);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const grow = axis === 'x' ? (sign === 1 ? 'ArrowRight' : 'ArrowLeft') : 'ArrowUp';
    const shrink = axis === 'x' ? (sign === 1 ? 'ArrowLeft' : 'ArrowRight') : 'ArrowDown';
    if (event.key !== grow && event.key !== shrink) return;
    event.preventDefault();
    resizePanel(panel, size + (event.key === grow ? KEY_STEP : -KEY_STEP));
  };

  return (
    <div
      role="separator"
      tabIndex={0}
      aria-label={t('ui.app.panels.resize', { panel })}
      aria-orientation={axis === 'x' ? 'vertical' : 'horizontal'}
      aria-valuenow={size}
      aria-valuemin={min}
      aria-valuemax={max}
      className={`resize-handle resize-handle--${axis === 'x' ? 'col' : 'row'}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
