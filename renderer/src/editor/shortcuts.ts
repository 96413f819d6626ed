// Keyboard shortcuts of the editor. They never fire while the user types in a
// field (text inputs keep Ctrl+Z, Delete and friends for themselves).
import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/host/contract';
import { arrangeCommandForKey, type ArrangeCommand } from '../canvas/arrangeSelection';
import { isTextEntry } from '../canvas/editing';
import { useDocumentStore } from '../store/documentStore';
import { handleEditorKey } from './canvasKeys';
import { runCommand } from './commands';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The command for a key press, or null. Copy/cut/paste go through the clipboard events instead. */
export function commandForKey(event: KeyboardEvent): MenuCommand | ArrangeCommand | null {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (mod && !event.altKey) {
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
    if (key === 'y' && !event.shiftKey) return 'redo';
    if (key === 's') return event.shiftKey ? 'save-as' : 'save';
    if (key === 'o' && !event.shiftKey) return 'open';
    if (key === 'd' && !event.shiftKey) return 'duplicate';
    if (key === 'a' && !event.shiftKey) return 'select-all';
    if (key === 'f' && !event.shiftKey) return 'find';
    if (key === 'e' && !event.shiftKey) return 'export';
    if (key === 'l' && event.shiftKey) return 'auto-layout';
    if (key === '=' || key === '+') return 'zoom-in';
    if (key === '-') return 'zoom-out';
    if (key === '0' || key === '1') return 'fit-view';
    return null;
  }
  if (!mod && !event.altKey && !event.shiftKey && (key === 'Delete' || key === 'Backspace')) return 'delete';
  if (!mod) return arrangeCommandForKey(event);
  return null;
}

export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      // Escape on the canvas lets go of the selection (fields and dialogs handle their own Escape).
      if (event.key === 'Escape' && !isTextEntry(event.target) && !document.querySelector('[aria-modal="true"]')) {
        useDocumentStore.getState().clearSelection();
        return;
      }
      if (handleEditorKey(event)) return;
      const command = commandForKey(event);
      if (!command) return;
      const typing = isTextEntry(event.target);
      // Saving works from anywhere; everything else belongs to the field being typed in.
      if (typing && command !== 'save' && command !== 'save-as' && command !== 'export') return;
      event.preventDefault();
      runCommand(command, 'keyboard');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
