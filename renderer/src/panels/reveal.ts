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
