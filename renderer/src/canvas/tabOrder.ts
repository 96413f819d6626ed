// Tab through the canvas visits the nodes first, in reading order (rows top to bottom,
// each left to right), then the flows (by where their source and target come in that
// order). React Flow puts every flow before every node in the page, so Tab alone would
// walk all the flows first. Tab and Shift+Tab on a node or flow move along that order,
// and step out of the canvas at its ends; Tab from before the canvas lands on the first
// node, Shift+Tab from after it on the last flow.
import { useEffect, type RefObject } from 'react';
import { useDocumentStore } from '../store/documentStore';

const NODES = '.react-flow__nodes';
const EDGES = '.react-flow__edges';
const NODE_ITEMS = `${NODES} > .react-flow__node[tabindex="0"]`;
const EDGE_ITEMS = `${EDGES} .react-flow__edge[tabindex="0"]`;
const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]';

/** Nodes in reading order: rows by vertical overlap, each row left to right. */
function readingOrder(nodes: HTMLElement[]): HTMLElement[] {
  const boxes = nodes.map((el) => ({ el, box: el.getBoundingClientRect() })).sort((a, b) => a.box.top - b.box.top);
  const rows: (typeof boxes)[] = [];
  for (const item of boxes) {
    const row = rows[rows.length - 1];
    const first = row?.[0].box;
    if (first && item.box.top + item.box.height / 2 < first.bottom) row.push(item);
    else rows.push([item]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.box.left - b.box.left).map((item) => item.el));
}

/** The canvas's Tab order: nodes, then flows. */
function tabSequence(root: HTMLElement): HTMLElement[] {
  const nodes = readingOrder([...root.querySelectorAll<HTMLElement>(NODE_ITEMS)]);
  const rank = new Map(nodes.map((el, i) => [el.dataset.id, i]));
  const ends = new Map((useDocumentStore.getState().plan?.edges ?? []).map((e) => [e.id, e]));
  const key = (el: Element) => {
    const edge = ends.get(el.getAttribute('data-id') ?? '');
    return edge ? (rank.get(edge.source) ?? nodes.length) * (nodes.length + 1) + (rank.get(edge.target) ?? nodes.length) : Infinity;
  };
  const edges = [...root.querySelectorAll<HTMLElement>(EDGE_ITEMS)].sort((a, b) => key(a) - key(b));
  return [...nodes, ...edges];
}

const isItem = (el: Element | null): el is HTMLElement => Boolean(el?.matches(`${NODE_ITEMS}, ${EDGE_ITEMS}`));

/** The first focusable element after the canvas's nodes (forward), or the last one before its flows (backward). */
function outside(root: HTMLElement, forward: boolean): HTMLElement | undefined {
  const boundary = root.querySelector(forward ? NODES : EDGES);
  if (!boundary) return undefined;
  const candidates = [...document.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => el.tabIndex >= 0 && !boundary.contains(el) && !el.closest(`${NODES}, ${EDGES}`) && el.getClientRects().length > 0,
  );
  const after = (el: HTMLElement) => Boolean(boundary.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  return forward ? candidates.find(after) : candidates.filter((el) => !after(el)).pop();
}

/** Keeps that order inside `rootRef` (the canvas section) while `shown` (the section is in the page). */
export function useCanvasTabOrder(rootRef: RefObject<HTMLElement | null>, shown: boolean): void {
  useEffect(() => {
    const root = rootRef.current;
    if (!root || !shown) return;
    // The direction of a Tab press whose focus change has not landed yet.
    let pending: 'forward' | 'backward' | null = null;

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey) return;
      pending = event.shiftKey ? 'backward' : 'forward';
      const active = document.activeElement;
      if (!isItem(active) || !root.contains(active)) return;
      const sequence = tabSequence(root);
      const next = sequence.indexOf(active) + (event.shiftKey ? -1 : 1);
      const target = next >= 0 && next < sequence.length ? sequence[next] : outside(root, !event.shiftKey);
      if (!target) return;
      event.preventDefault();
      pending = null;
      target.focus();
    };
    const onFocusIn = (event: FocusEvent) => {
      const direction = pending;
      pending = null;
      const target = event.target as Element | null;
      if (!direction || !isItem(target) || isItem(event.relatedTarget as Element | null)) return;
      // Tabbing into the canvas from outside it: start at its first node, or its last flow going back.
      const sequence = tabSequence(root);
      const wanted = direction === 'forward' ? sequence[0] : sequence[sequence.length - 1];
      if (wanted && wanted !== target) wanted.focus();
    };
    const forget = () => {
      pending = null;
    };
    window.addEventListener('keydown', onKeyDown, true);
    root.addEventListener('focusin', onFocusIn);
    window.addEventListener('pointerdown', forget, true);
    window.addEventListener('keyup', forget, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      root.removeEventListener('focusin', onFocusIn);
      window.removeEventListener('pointerdown', forget, true);
      window.removeEventListener('keyup', forget, true);
    };
  }, [rootRef, shown]);
}
