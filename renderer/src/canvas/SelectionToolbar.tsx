// The small toolbar floating over the canvas while two or more nodes are
// selected: align on an edge or centre line, distribute with equal gaps. It reads
// only the selection's size, so dragging or zooming never re-renders it.
import { Panel } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { useViewStore } from '../store/viewStore';
import { useCanvasLocked } from '../facilitation/locks';
import { ARRANGE_KEYS, arrangeMinimum, arrangeSelection, type ArrangeCommand } from './arrangeSelection';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const KEYS_PREFIX = isMac ? '⌥⇧' : 'Alt+Shift+';

const LABEL_KEYS = {
  'align-left': 'ui.canvas.selection.alignLeft',
  'align-center': 'ui.canvas.selection.alignCenter',
  'align-right': 'ui.canvas.selection.alignRight',
  'align-top': 'ui.canvas.selection.alignTop',
  'align-middle': 'ui.canvas.selection.alignMiddle',
  'align-bottom': 'ui.canvas.selection.alignBottom',
  'distribute-horizontal': 'ui.canvas.selection.distributeHorizontal',
  'distribute-vertical': 'ui.canvas.selection.distributeVertical',
} as const satisfies Record<ArrangeCommand, string>;

/** Each icon: the guide line(s) and the boxes that line up on them, in a 16×16 box. */
const ICONS: Record<ArrangeCommand, string> = {
  'align-left': 'M2 1v14 M4 3h8v4H4z M4 9h5v4H4z',
  'align-center': 'M8 1v14 M3 3h10v4H3z M5 9h6v4H5z',
  'align-right': 'M14 1v14 M4 3h8v4H4z M7 9h5v4H7z',
  'align-top': 'M1 2h14 M3 4h4v8H3z M9 4h4v5H9z',
  'align-middle': 'M1 8h14 M3 3h4v10H3z M9 5h4v6H9z',
  'align-bottom': 'M1 14h14 M3 4h4v8H3z M9 7h4v5H9z',
  'distribute-horizontal': 'M1 1v14 M15 1v14 M4 4h3v8H4z M9 4h3v8H9z',
  'distribute-vertical': 'M1 1h14 M1 15h14 M4 4h8v3H4z M4 9h8v3H4z',
};

const GROUPS: readonly (readonly ArrangeCommand[])[] = [
  ['align-left', 'align-center', 'align-right'],
  ['align-top', 'align-middle', 'align-bottom'],
  ['distribute-horizontal', 'distribute-vertical'],
];

export const SelectionToolbar = memo(function SelectionToolbar() {
  const t = useT();
  const count = useDocumentStore((s) => s.selection.nodeIds.length);
  const readOnly = useDocumentStore((s) => Boolean(s.doc?.readOnlyReason));
  const locked = useCanvasLocked();
  // Below the search box when both are open (both sit at the top centre).
  const searchOpen = useViewStore((s) => s.searchOpen);
  if (count < 2 || readOnly || locked) return null;
  return (
    <Panel position="top-center" className={`selection-toolbar${searchOpen ? ' is-below-search' : ''}`} role="toolbar" aria-label={t('ui.canvas.selection.toolbar')}>
      {GROUPS.map((group, i) => (
        <div key={i} className="selection-toolbar__group">
          {group.map((command) => {
            const label = t(LABEL_KEYS[command]);
            return (
              <button
                key={command}
                type="button"
                className="selection-toolbar__button"
                aria-label={label}
                title={`${label} (${KEYS_PREFIX}${ARRANGE_KEYS[command]})`}
                disabled={count < arrangeMinimum(command)}
                onClick={() => arrangeSelection(command)}
              >
                <svg width={16} height={16} viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth={1.4} strokeLinejoin="round" aria-hidden="true" focusable="false">
                  <path d={ICONS[command]} />
                </svg>
              </button>
            );
          })}
        </div>
      ))}
    </Panel>
  );
});
