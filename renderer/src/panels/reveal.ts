// Taking a person from a finding to the thing it is about: select the entity
// (checklist items select their node; questions, people and teams show the plan
// view), ask the canvas to bring it into view, and point the inspector at it.
import type { FindingTarget } from '../../../shared/rules/finding';
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
 * collapsed it), focus its field labelled `label`, inside the row `entityId` when
 * given. `selectText` selects a prefilled text so typing replaces it.
 */
export function focusInInspector(sectionId: string, label: string, options: { entityId?: string; selectText?: boolean } = {}): void {
  let frames = 0;
  let opened = false;
  const attempt = () => {
    const section = document.querySelector<HTMLElement>(`[data-section-id="${CSS.escape(sectionId)}"]`);
    const toggle = section?.querySelector<HTMLButtonElement>('.section-header button');
    if (toggle?.getAttribute('aria-expanded') === 'false' && !opened) {
      opened = true;
      toggle.click();
    }
    const field = section ? labelledField(section, label, options.entityId) : null;
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

function labelledField(section: HTMLElement, label: string, entityId: string | undefined): HTMLElement | null {
  const scope = entityId ? section.querySelector<HTMLElement>(`[data-entity-id="${CSS.escape(entityId)}"]`) : section;
  for (const element of scope?.querySelectorAll('label') ?? []) {
    if (element.textContent?.trim() === label && element.htmlFor) return document.getElementById(element.htmlFor);
  }
  return null;
}
