// The editor's keys beyond the menu commands: panels and focus mode, fit view on
// one key, renaming a node in place, Connect to… and the shortcuts sheet. Never
// while typing in a field or with a dialog open.
import { isTextEntry } from '../canvas/editing';
import { startTitleEdit } from '../canvas/titleEditing';
import { fitView } from '../canvas/viewport';
import { useDocumentStore } from '../store/documentStore';
import { hasOpenDialog } from '../ui/dialogs';
import { openConnectTo, openShortcutSheet } from './editorOverlays';
import { toggleFocusMode, togglePanel, type PanelName } from './layout';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const PANEL_DIGITS: Record<string, PanelName> = { Digit1: 'inspector', Digit2: 'readiness', Digit3: 'palette' };

/** The one selected node: the focused canvas node when the key came from one, else the selection's only node. */
function targetNode(event: KeyboardEvent): string | null {
  const element = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('.react-flow__node') : null;
  if (element?.dataset.id) return element.dataset.id;
  const { nodeIds, edgeIds } = useDocumentStore.getState().selection;
  return nodeIds.length === 1 && edgeIds.length === 0 ? nodeIds[0] : null;
}

/** Where Enter means "rename": on a canvas node or nowhere in particular, not on a button or link. */
function enterRenames(event: KeyboardEvent): boolean {
  const target = event.target;
  if (!(target instanceof HTMLElement)) return true;
  return target === document.body || Boolean(target.closest('.react-flow__node, .react-flow__pane, .react-flow__renderer'));
}

/** Handles the key and returns true when it was one of these shortcuts. */
export function handleEditorKey(event: KeyboardEvent): boolean {
  if (isTextEntry(event.target) || hasOpenDialog() || document.querySelector('[aria-modal="true"]')) return false;
  if (!useDocumentStore.getState().plan) return false;
  const mod = isMac ? event.metaKey : event.ctrlKey;
  let act: (() => void) | null = null;
  if (mod && event.altKey && PANEL_DIGITS[event.code]) act = () => togglePanel(PANEL_DIGITS[event.code]);
  else if (mod && !event.altKey && event.key === '.') act = toggleFocusMode;
  else if (!mod && !event.altKey) {
    if (event.key === '?') act = openShortcutSheet;
    else if (!event.shiftKey && (event.key === 'f' || event.key === 'F')) act = fitView;
    else if (!event.shiftKey && (event.key === 'F2' || (event.key === 'Enter' && enterRenames(event)))) {
      const nodeId = targetNode(event);
      if (nodeId) act = () => startTitleEdit(nodeId);
    } else if (!event.shiftKey && (event.key === 'c' || event.key === 'C')) {
      const nodeId = targetNode(event);
      if (nodeId) act = () => openConnectTo(nodeId);
    }
  }
  if (!act) return false;
  event.preventDefault();
  act();
  return true;
}
