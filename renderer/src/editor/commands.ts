// One dispatcher for every command, whichever way it arrives: the native menu
// (host events), keyboard shortcuts or buttons. A command that arrives twice at
// once (a menu accelerator and the same key seen by the page) runs once.
import type { MenuCommand } from '../../../shared/host/contract';
import { arrangeSelection, isArrangeCommand, type ArrangeCommand } from '../canvas/arrangeSelection';
import { autoLayout } from '../canvas/autoLayout';
import { chooseOtherCopy } from '../compare/actions';
import { copyToClipboard, deleteSelection, duplicateSelection, isTextEntry, pasteFromClipboard, selectAll } from '../canvas/editing';
import { fitView, flow, zoomIn, zoomOut } from '../canvas/viewport';
import { closePlan, newPlan, openPlan, saveDocument, saveDocumentAs } from '../document/actions';
import { getHost } from '../host';
import { exportDiagramWithToast } from './exportDiagram';
import { useDocumentStore } from '../store/documentStore';
import { openExportDialog, useViewStore } from '../store/viewStore';
import { hasOpenDialog } from '../ui/dialogs';
import { togglePanel } from './layout';
import { openHostWorkshop, openJoinWorkshop } from '../workshop/desktopWorkshop';

const DEDUPE_MS = 120;
let last: { command: MenuCommand; at: number } | null = null;

/** The commands that make sense with no plan open; every other one needs a plan. */
const WITHOUT_PLAN = new Set<MenuCommand>(['new', 'new-from-template', 'open', 'close', 'host-workshop', 'join-workshop']);

/** Edit commands that a focused text field handles itself (the browser's own editing commands). */
const TEXT_EDIT_COMMANDS: Partial<Record<MenuCommand, string>> = {
  undo: 'undo',
  redo: 'redo',
  cut: 'cut',
  copy: 'copy',
  paste: 'paste',
  'select-all': 'selectAll',
  delete: 'delete',
};

function toggle(key: 'ownershipView'): void {
  const view = useViewStore.getState();
  view.set({ [key]: !view[key] });
}

export function runCommand(command: MenuCommand | ArrangeCommand, source: 'menu' | 'keyboard' | 'button' = 'button'): void {
  // Align and distribute (canvas/arrangeSelection.ts) have no menu item, so nothing to deduplicate.
  if (isArrangeCommand(command)) {
    if (!hasOpenDialog() && !document.querySelector('[aria-modal="true"]')) arrangeSelection(command);
    return;
  }
  const now = performance.now();
  if (source !== 'button' && last && last.command === command && now - last.at < DEDUPE_MS) return;
  last = { command, at: now };
  // Edit ▸ Undo (or Copy…) from the native menu while typing in a field acts on the field's text.
  const textCommand = TEXT_EDIT_COMMANDS[command];
  if (source === 'menu' && textCommand && isTextEntry(document.activeElement)) {
    document.execCommand(textCommand);
    return;
  }
  // While a modal question is open, only it may act.
  if (hasOpenDialog() || document.querySelector('[aria-modal="true"]')) return;
  const { plan } = useDocumentStore.getState();
  if (!plan && !WITHOUT_PLAN.has(command)) return;
  const store = useDocumentStore.getState();
  switch (command) {
    case 'new':
      void newPlan(null);
      break;
    case 'new-from-template':
      if (plan) useViewStore.getState().set({ templateDialog: true });
      else void closePlan();
      break;
    case 'open':
      void openPlan();
      break;
    case 'save':
      void saveDocument();
      break;
    case 'save-as':
      void saveDocumentAs();
      break;
    case 'export-md':
      openExportDialog('md');
      break;
    case 'export-html':
      openExportDialog('html');
      break;
    case 'export-pdf':
      openExportDialog('pdf');
      break;
    case 'export':
      openExportDialog();
      break;
    case 'export-diagram-svg':
    case 'export-diagram-png':
      if (plan) void exportDiagramWithToast(plan, command === 'export-diagram-svg' ? 'svg' : 'png');
      break;
    case 'close':
      if (plan) void closePlan();
      else void getHost().closeWindow({});
      break;
    case 'undo':
      store.undo();
      break;
    case 'redo':
      store.redo();
      break;
    case 'cut':
      void copyToClipboard(true);
      break;
    case 'copy':
      void copyToClipboard(false);
      break;
    case 'paste':
      void pasteFromClipboard();
      break;
    case 'select-all':
      selectAll();
      break;
    case 'delete':
      deleteSelection();
      break;
    case 'duplicate':
      duplicateSelection();
      break;
    case 'find':
      useViewStore.getState().set({ searchOpen: true });
      break;
    case 'fit-view':
      fitView();
      break;
    case 'zoom-in':
      zoomIn();
      break;
    case 'zoom-out':
      zoomOut();
      break;
    case 'toggle-ownership':
      toggle('ownershipView');
      break;
    case 'toggle-inspector':
      togglePanel('inspector');
      break;
    case 'toggle-readiness':
      togglePanel('readiness');
      break;
    case 'auto-layout':
      void autoLayout((id) => flow()?.getInternalNode(id)?.measured as { width: number; height: number } | undefined);
      break;
    case 'compare':
    case 'merge':
      void chooseOtherCopy(command);
      break;
    case 'host-workshop':
      void openHostWorkshop();
      break;
    case 'join-workshop':
      openJoinWorkshop();
      break;
  }
}
