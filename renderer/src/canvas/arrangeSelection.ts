// Align and distribute the selected nodes: the commands behind the selection
// toolbar, the shortcuts (Alt+Shift+letter) and the shortcut sheet. Each runs one
// operation of shared/ops/arrange.ts with the sizes the canvas draws.
import { alignNodes, distributeNodes, type Alignment, type Distribution, type NodeSizes } from '../../../shared/ops/index';
import { uiT } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { NODE_HEIGHT, nodeWidth } from './flowModel';
import { flow } from './viewport';

export const ARRANGE_COMMANDS = [
  'align-left',
  'align-center',
  'align-right',
  'align-top',
  'align-middle',
  'align-bottom',
  'distribute-horizontal',
  'distribute-vertical',
] as const;
export type ArrangeCommand = (typeof ARRANGE_COMMANDS)[number];

/** The key (with Alt+Shift) of each command, by `KeyboardEvent.code` (Alt changes the character on a Mac). */
export const ARRANGE_KEYS: Record<ArrangeCommand, string> = {
  'align-left': 'L',
  'align-center': 'C',
  'align-right': 'R',
  'align-top': 'T',
  'align-middle': 'M',
  'align-bottom': 'B',
  'distribute-horizontal': 'H',
  'distribute-vertical': 'V',
};

export function isArrangeCommand(command: string): command is ArrangeCommand {
  return (ARRANGE_COMMANDS as readonly string[]).includes(command);
}

/** The arrange command of an Alt+Shift+letter key press (no Ctrl/⌘), or null. */
export function arrangeCommandForKey(event: KeyboardEvent): ArrangeCommand | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  const letter = event.code.startsWith('Key') ? event.code.slice(3) : '';
  return ARRANGE_COMMANDS.find((command) => ARRANGE_KEYS[command] === letter) ?? null;
}

/** How many nodes a command needs: two to align, three to distribute. */
export function arrangeMinimum(command: ArrangeCommand): number {
  return command.startsWith('distribute-') ? 3 : 2;
}

/** The drawn sizes of nodes: measured by React Flow, else as the canvas would draw them. */
function drawnSizes(nodeIds: readonly string[]): NodeSizes {
  const plan = useDocumentStore.getState().plan;
  const byId = new Map((plan?.nodes ?? []).map((n) => [n.id, n]));
  const sizes: Record<string, { width: number; height: number }> = {};
  for (const id of nodeIds) {
    const measured = flow()?.getInternalNode(id)?.measured;
    const node = byId.get(id);
    if (measured?.width && measured.height) sizes[id] = { width: measured.width, height: measured.height };
    else if (node) sizes[id] = { width: nodeWidth(node), height: NODE_HEIGHT };
  }
  return sizes;
}

/** Aligns or distributes the selected nodes as one undoable step. */
export function arrangeSelection(command: ArrangeCommand): void {
  const store = useDocumentStore.getState();
  const ids = store.selection.nodeIds;
  if (ids.length < arrangeMinimum(command) || store.doc?.readOnlyReason) return;
  const sizes = drawnSizes(ids);
  const count = ids.length;
  if (command.startsWith('align-')) {
    const alignment = command.slice('align-'.length) as Alignment;
    store.apply(uiT('ui.canvas.selection.undoAlign', { count }), (p) => alignNodes(p, ids, alignment, sizes));
  } else {
    const direction = command.slice('distribute-'.length) as Distribution;
    store.apply(uiT('ui.canvas.selection.undoDistribute', { count }), (p) => distributeNodes(p, ids, direction, sizes));
  }
}
