// Taking a person from a finding to the thing it is about: select the entity
// (checklist items select their node; questions, people and teams show the plan
// view), ask the canvas to bring it into view, and point the inspector at it.
import { useEffect } from 'react';
import { CATALOGS, catalogEntries, type CatalogKey } from '../../../shared/i18n/catalog';
import type { Phase, SignOffRole } from '../../../shared/model/vocabulary';
import type { FindingTarget } from '../../../shared/rules/finding';
import { uiTranslator } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { revealNode } from '../store/viewStore';

/** Fired on window; the canvas listens and pans/zooms to the node (or the edge's ends). */
export const REVEAL_EVENT = 'handoff:reveal';
export interface RevealDetail {
  nodeId?: string;
  edgeId?: string;
}

export function revealTarget(target: FindingTarget): void {
  const store = useDocumentStore.getState();
  const plan = store.plan;
  if (!plan) return;
  let detail: RevealDetail | null = null;
  switch (target.kind) {
    case 'node':
      store.setSelection({ nodeIds: target.id ? [target.id] : [], edgeIds: [] });
      detail = { nodeId: target.id };
      break;
    case 'edge': {
      const edge = plan.edges?.find((e) => e.id === target.id);
      store.setSelection({ nodeIds: [], edgeIds: target.id ? [target.id] : [] });
      detail = { edgeId: target.id, nodeId: edge?.source };
      break;
    }
    case 'checklist-item': {
      const node = plan.nodes?.find((n) => n.checklist?.some((i) => i.id === target.id));
      if (node) {
        store.setSelection({ nodeIds: [node.id], edgeIds: [] });
        detail = { nodeId: node.id };
      }
      break;
    }
    default:
      store.clearSelection();
  }
  if (detail) {
    if (detail.nodeId) revealNode(detail.nodeId);
    window.dispatchEvent(new CustomEvent<RevealDetail>(REVEAL_EVENT, { detail }));
  }
  if (target.id) highlightInInspector(target.id);
}

/** Once the inspector has rendered the entity's row, scroll to it and flash it. */
function highlightInInspector(entityId: string): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const row = document.querySelector<HTMLElement>(`[data-entity-id="${CSS.escape(entityId)}"]`);
      if (!row) return;
      row.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      row.classList.remove('flash');
      void row.offsetWidth; // restart the animation
      row.classList.add('flash');
    }),
  );
}

/** How many frames to wait for the inspector to show a field before giving up. */
const FOCUS_FRAMES = 30;

/**
 * Once the inspector shows the section `sectionId` (opened if the user had
 * collapsed it), focus its field labelled `label` (its English words), inside the
 * row `entityId` when given. `selectText` selects a prefilled text so typing replaces it.
 */
export function focusInInspector(sectionId: string, label: string, options: { entityId?: string; selectText?: boolean } = {}): void {
  const labels = labelInInterfaceLanguage(label);
  let frames = 0;
  let opened = false;
  const attempt = () => {
    const section = document.querySelector<HTMLElement>(`[data-section-id="${CSS.escape(sectionId)}"]`);
    const toggle = section?.querySelector<HTMLButtonElement>('.section-header button');
    if (toggle?.getAttribute('aria-expanded') === 'false' && !opened) {
      opened = true;
      toggle.click();
    }
    const field = section ? labelledField(section, labels, options.entityId) : null;
    if (field) {
      field.scrollIntoView({ block: 'center' });
      field.focus();
      if (options.selectText && (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) field.select();
      return;
    }
    if (++frames < FOCUS_FRAMES) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/**
 * The words a field labelled `english` in English shows now: the translations of
 * the editor's catalog messages with those English words (and the words themselves,
 * for a label the catalog does not hold).
 */
function labelInInterfaceLanguage(english: string): Set<string> {
  const tr = uiTranslator();
  const keys = catalogEntries(CATALOGS.en.ui ?? {}, 'ui.').filter(([, text]) => text === english).map(([key]) => key as CatalogKey);
  return new Set([english, ...keys.map((key) => tr.t(key))]);
}

function labelledField(section: HTMLElement, labels: ReadonlySet<string>, entityId: string | undefined): HTMLElement | null {
  const scope = entityId ? section.querySelector<HTMLElement>(`[data-entity-id="${CSS.escape(entityId)}"]`) : section;
  for (const element of scope?.querySelectorAll('label') ?? []) {
    if (labels.has(element.textContent?.trim() ?? '') && element.htmlFor) return document.getElementById(element.htmlFor);
  }
  return null;
}

/**
 * A quick fix's wish to open a sign-off form: a node's (`nodeId`) or a gate's
 * (`gate`), with the signer and role prefilled when known. The inspector may not
 * show that panel yet, so the request waits until the panel it names mounts.
 */
export interface SignOffRequest {
  nodeId?: string;
  gate?: Phase;
  personId?: string;
  role?: SignOffRole;
}

let pendingSignOff: SignOffRequest | null = null;
const signOffListeners = new Set<() => void>();

export function requestSignOff(request: SignOffRequest): void {
  pendingSignOff = request;
  for (const listener of signOffListeners) listener();
}

/** Hands a pending request that `accepts` takes to `open`, now or when it comes. */
export function useSignOffRequest(accepts: (request: SignOffRequest) => boolean, open: (request: SignOffRequest) => void): void {
  useEffect(() => {
    const take = () => {
      if (!pendingSignOff || !accepts(pendingSignOff)) return;
      const request = pendingSignOff;
      pendingSignOff = null;
      open(request);
    };
    take();
    signOffListeners.add(take);
    return () => {
      signOffListeners.delete(take);
    };
  });
}
