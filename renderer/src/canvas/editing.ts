// Canvas edits as undoable operations on the plan: add, delete, duplicate,
// select all, copy/cut/paste through the system clipboard (as JSON text, so it
// works between two plans in two windows or tabs).
import { collectIds, createId, freshIdsFor } from '../../../shared/model/ids';
import type { Plan, PlanNode } from '../../../shared/model/types';
import type { NodeType } from '../../../shared/model/vocabulary';
import { addNode, duplicateNodes, extractFragment, fragmentFromText, fragmentMapping, fragmentToText, pasteFragment, removeEdges, removeNodes } from '../../../shared/ops/index';
import { uiT, uiTranslator } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { showToast } from '../store/viewStore';
import { GRID, NODE_WIDTH } from './flowModel';
import { startTitleEdit } from './titleEditing';
import { flow, viewCentre } from './viewport';

const snap = (value: number) => Math.round(value / GRID) * GRID;

/** A title not yet used by another node, e.g. "Data source 2". */
function freshTitle(plan: Plan, base: string): string {
  const used = new Set((plan.nodes ?? []).map((n) => n.title));
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base} ${i}`)) return `${base} ${i}`;
}

const NEW_NODE_SIZE = { width: NODE_WIDTH, height: 80 };
const CLEARANCE = 24;

/**
 * The nearest grid position to `wanted` where a new node overlaps no other node,
 * searched in growing rings, so clicking the palette twice gives two separate nodes.
 */
export function freeSpotNear(plan: Plan, wanted: { x: number; y: number }, sizeOf: (id: string) => { width: number; height: number } | undefined): { x: number; y: number } {
  const boxes = (plan.nodes ?? []).map((n) => {
    const size = sizeOf(n.id) ?? NEW_NODE_SIZE;
    return { x: n.position.x, y: n.position.y, w: size.width, h: size.height };
  });
  const fits = (x: number, y: number) =>
    boxes.every(
      (b) =>
        x + NEW_NODE_SIZE.width + CLEARANCE <= b.x ||
        b.x + b.w + CLEARANCE <= x ||
        y + NEW_NODE_SIZE.height + CLEARANCE <= b.y ||
        b.y + b.h + CLEARANCE <= y,
    );
  const start = { x: snap(wanted.x), y: snap(wanted.y) };
  if (fits(start.x, start.y)) return start;
  const step = 3 * GRID;
  for (let ring = 1; ring <= 40; ring++) {
    let best: { x: number; y: number; d: number } | null = null;
    for (let i = -ring; i <= ring; i++) {
      for (const [dx, dy] of [
        [i, -ring],
        [i, ring],
        [-ring, i],
        [ring, i],
      ]) {
        const x = start.x + dx * step;
        const y = start.y + dy * step;
        const d = dx * dx + dy * dy;
        if ((!best || d < best.d) && fits(x, y)) best = { x, y, d };
      }
    }
    if (best) return { x: best.x, y: best.y };
  }
  return start;
}

/**
 * Adds a node of a type with its top-left near `at` (default: the view's centre),
 * selects it and opens its title for typing (the first thing one does with a new node); returns its id.
 */
export function addNodeOfType(type: NodeType, at?: { x: number; y: number }): string | null {
  const { plan, apply, setSelection } = useDocumentStore.getState();
  if (!plan) return null;
  const centre = viewCentre();
  const wanted = at ?? { x: centre.x - NODE_WIDTH / 2, y: centre.y - NEW_NODE_SIZE.height / 2 };
  // A drop lands where the user let go; a click finds room near the centre.
  const position = at ? { x: snap(at.x), y: snap(at.y) } : freeSpotNear(plan, wanted, (id) => flow()?.getInternalNode(id)?.measured as { width: number; height: number } | undefined);
  const taken = collectIds(plan);
  const id = createId('n', (candidate) => taken.has(candidate));
  const node: PlanNode = {
    id,
    type,
    title: freshTitle(plan, uiT(`vocab.nodeType.${type}`)),
    position,
  };
  apply(uiT('ui.canvas.edit.undoAdd', { type: uiT(`vocab.nodeType.${type}`) }), (p) => addNode(p, node));
  if (useDocumentStore.getState().plan === plan) return null;
  setSelection({ nodeIds: [id], edgeIds: [] });
  startTitleEdit(id);
  return id;
}

export function selectAll(): void {
  const { plan, setSelection } = useDocumentStore.getState();
  if (!plan) return;
  setSelection({ nodeIds: (plan.nodes ?? []).map((n) => n.id), edgeIds: (plan.edges ?? []).map((e) => e.id) });
}

export function deleteSelection(): void {
  const { selection, apply, clearSelection } = useDocumentStore.getState();
  const { nodeIds, edgeIds } = selection;
  if (nodeIds.length === 0 && edgeIds.length === 0) return;
  const what = nodeIds.length > 0 ? uiT('ui.canvas.edit.undoDelete', { count: nodeIds.length }) : uiT('ui.canvas.edit.undoDeleteFlow');
  apply(what, (plan) => removeNodes(removeEdges(plan, edgeIds), nodeIds));
  clearSelection();
}

/** Selects the nodes that appeared in `after` but not in `before`. */
function selectAdded(before: Plan, after: Plan): void {
  const old = new Set((before.nodes ?? []).map((n) => n.id));
  const added = (after.nodes ?? []).filter((n) => !old.has(n.id)).map((n) => n.id);
  useDocumentStore.getState().setSelection({ nodeIds: added, edgeIds: [] });
}

export function duplicateSelection(): void {
  const { plan, selection, apply } = useDocumentStore.getState();
  if (!plan || selection.nodeIds.length === 0) return;
  apply(uiT('ui.canvas.edit.undoDuplicate'), (p) => duplicateNodes(p, selection.nodeIds, freshIdsFor(p), { x: 2 * GRID, y: 2 * GRID }));
  const after = useDocumentStore.getState().plan;
  if (after && after !== plan) selectAdded(plan, after);
}

/** The clipboard text for the selected nodes, or null when nothing is selected. */
export function copyText(): string | null {
  const { plan, selection } = useDocumentStore.getState();
  if (!plan || selection.nodeIds.length === 0) return null;
  return fragmentToText(extractFragment(plan, selection.nodeIds));
}

/** Pastes clipboard text when it is a Handoff Studio fragment; true when it was one. */
export function pasteText(text: string): boolean {
  const fragment = fragmentFromText(text);
  const { plan, apply } = useDocumentStore.getState();
  if (!fragment || !plan) return false;
  if (fragment.nodes.length === 0) return true;
  // Paste next to the originals when they are in view, else around the view's centre.
  const ids = new Set((plan.nodes ?? []).map((n) => n.id));
  const fromThisPlan = fragment.nodes.every((n) => ids.has(n.id));
  let offset = { x: 2 * GRID, y: 2 * GRID };
  if (!fromThisPlan) {
    const minX = Math.min(...fragment.nodes.map((n) => n.position.x));
    const minY = Math.min(...fragment.nodes.map((n) => n.position.y));
    const centre = viewCentre();
    offset = { x: snap(centre.x - NODE_WIDTH / 2 - minX), y: snap(centre.y - 40 - minY) };
  }
  const count = fragment.nodes.length;
  const { unmappedTeams, unmappedPeople } = fragmentMapping(plan, fragment);
  apply(uiT('ui.canvas.edit.undoPaste', { count }), (p) => pasteFragment(p, fragment, { idFor: freshIdsFor(p), offset }));
  const after = useDocumentStore.getState().plan;
  if (after && after !== plan) {
    selectAdded(plan, after);
    // Teams and people are matched by name; say which this plan does not have (their fields were left empty).
    if (unmappedTeams.length + unmappedPeople.length > 0) {
      const tr = uiTranslator();
      showToast(tr.t('ui.canvas.edit.pasteUnmapped', { count, names: tr.list([...unmappedTeams, ...unmappedPeople].map((name) => `“${name}”`)) }));
    }
  }
  return true;
}

/** Copy/cut/paste from a menu or button, where no clipboard event carries the data. */
export async function copyToClipboard(cut: boolean): Promise<void> {
  const text = copyText();
  if (!text) return;
  try {
    await navigator.clipboard.writeText(text);
    if (cut) deleteSelection();
  } catch {
    showToast(uiT('ui.canvas.edit.clipboardUnavailable'), 'error');
  }
}

export async function pasteFromClipboard(): Promise<void> {
  try {
    const text = await navigator.clipboard.readText();
    if (!pasteText(text)) showToast(uiT('ui.canvas.edit.clipboardNoNodes'));
  } catch {
    showToast(uiT('ui.canvas.edit.clipboardUnavailablePaste'), 'error');
  }
}

/** The system clipboard events: they carry data without any permission prompt. */
export function installClipboardHandlers(): () => void {
  const editingText = (event: Event) => isTextEntry(event.target) || Boolean(window.getSelection()?.toString());
  const onCopy = (event: ClipboardEvent) => {
    if (editingText(event)) return;
    const text = copyText();
    if (!text || !event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
  };
  const onCut = (event: ClipboardEvent) => {
    if (editingText(event)) return;
    const text = copyText();
    if (!text || !event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
    deleteSelection();
  };
  const onPaste = (event: ClipboardEvent) => {
    if (isTextEntry(event.target)) return;
    const text = event.clipboardData?.getData('text/plain');
    if (text && pasteText(text)) event.preventDefault();
  };
  document.addEventListener('copy', onCopy);
  document.addEventListener('cut', onCut);
  document.addEventListener('paste', onPaste);
  return () => {
    document.removeEventListener('copy', onCopy);
    document.removeEventListener('cut', onCut);
    document.removeEventListener('paste', onPaste);
  };
}

/** Inputs, text areas, selects and editable content keep their own keys and clipboard. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
}
