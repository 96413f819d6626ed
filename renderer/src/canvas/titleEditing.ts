// Which node's title is being edited on the canvas. Each node reads only whether
// it is the one (a boolean selector), so starting or ending an edit re-renders
// at most two nodes, not all of them.
import { create } from 'zustand';
import { updateNode } from '../../../shared/ops/index';
import { uiT } from '../i18n';
import { useDocumentStore } from '../store/documentStore';

export const useTitleEditing = create<{ nodeId: string | null }>()(() => ({ nodeId: null }));

export function startTitleEdit(nodeId: string): void {
  const { plan, doc } = useDocumentStore.getState();
  if (doc?.readOnlyReason || !plan?.nodes?.some((n) => n.id === nodeId)) return;
  useTitleEditing.setState({ nodeId });
}

export function endTitleEdit(): void {
  useTitleEditing.setState({ nodeId: null });
}

/** Renames a node as one undo step; an empty title keeps the old one (a node always has a title). */
export function commitTitle(nodeId: string, title: string): void {
  endTitleEdit();
  const trimmed = title.trim();
  if (!trimmed) return;
  useDocumentStore.getState().apply(uiT('ui.canvas.edit.undoRename'), (plan) => updateNode(plan, nodeId, { title: trimmed }));
}
