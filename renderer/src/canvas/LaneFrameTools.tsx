// The top bar's lane view and frame controls, and their keys: L turns the lane view
// on or off, Ctrl+Shift+G frames the selection (or adds an empty frame). The keys
// are left alone while typing in a field or with a dialog open, like the others.
import { useEffect } from 'react';
import type { LaneOrientation } from '../../../shared/model/vocabulary';
import { useT } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { hasOpenDialog } from '../ui/dialogs';
import { isTextEntry } from './editing';
import { frameSelection } from './frames';
import { laneOrientation, setLanes, toggleLaneView } from './lanes';
import { shortcutText } from '../editor/shortcutList';
import './lanesFrames.css';

function LanesIcon() {
  return (
    <svg className="icon" width={16} height={16} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.75} strokeLinecap="round" aria-hidden="true" focusable="false">
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <path d="M3 9.5h18M3 14.5h18" />
    </svg>
  );
}

function FrameIcon() {
  return (
    <svg className="icon" width={16} height={16} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.75} strokeLinecap="round" strokeDasharray="3 2.5" aria-hidden="true" focusable="false">
      <rect x="3" y="5" width="18" height="15" rx="2" />
    </svg>
  );
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

function useLaneFrameKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isTextEntry(event.target)) return;
      if (hasOpenDialog() || document.querySelector('[aria-modal="true"]')) return;
      const { plan, doc } = useDocumentStore.getState();
      if (!plan || doc?.readOnlyReason) return;
      const mod = isMac ? event.metaKey : event.ctrlKey;
      const key = event.key.toLowerCase();
      let act: (() => void) | null = null;
      if (mod && event.shiftKey && !event.altKey && key === 'g') act = frameSelection;
      else if (!mod && !event.shiftKey && !event.altKey && key === 'l') act = toggleLaneView;
      if (!act) return;
      event.preventDefault();
      act();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

export function LaneFrameTools() {
  const t = useT();
  useLaneFrameKeys();
  const orientation = useDocumentStore((s) => laneOrientation(s.plan));
  const readOnly = useDocumentStore((s) => Boolean(s.doc?.readOnlyReason));
  const hasSelection = useDocumentStore((s) => s.selection.nodeIds.length > 0);
  const laneLabel = t('ui.canvas.lanes.toggle');
  const frameLabel = hasSelection ? t('ui.canvas.frames.frameSelection') : t('ui.canvas.frames.newFrame');
  return (
    <>
      <button
        type="button"
        className={`tool${orientation ? ' is-pressed' : ''}`}
        aria-label={laneLabel}
        aria-pressed={Boolean(orientation)}
        title={t('ui.app.withShortcut', { label: laneLabel, keys: shortcutText('lane-view') })}
        onClick={toggleLaneView}
        disabled={readOnly}
      >
        <LanesIcon />
      </button>
      {orientation && (
        <select
          className="lane-direction"
          aria-label={t('ui.canvas.lanes.direction')}
          value={orientation}
          disabled={readOnly}
          onChange={(event) => setLanes(event.target.value as LaneOrientation)}
        >
          <option value="rows">{t('ui.canvas.lanes.rows')}</option>
          <option value="columns">{t('ui.canvas.lanes.columns')}</option>
        </select>
      )}
      <button
        type="button"
        className="tool"
        aria-label={frameLabel}
        title={t('ui.app.withShortcut', { label: frameLabel, keys: shortcutText('frame-selection') })}
        onClick={frameSelection}
        disabled={readOnly}
      >
        <FrameIcon />
      </button>
    </>
  );
}
