// This person's selection and typing, published to the others as they change.
// "Typing in a node" means a text field of the inspector has the focus while the
// inspector shows exactly one node.
import { isTextEntry } from '../canvas/editing';
import { useDocumentStore } from '../store/documentStore';
import { publishEditing, publishSelection } from './presence';

function editedNode(): string | null {
  const active = document.activeElement;
  // By its class: its accessible name is in the interface language.
  if (!isTextEntry(active) || !(active as HTMLElement).closest('.inspector')) return null;
  const { nodeIds, edgeIds } = useDocumentStore.getState().selection;
  return nodeIds.length === 1 && edgeIds.length === 0 ? nodeIds[0] : null;
}

/** Starts publishing; returns the function that stops it. */
export function trackLocalState(): () => void {
  const { selection } = useDocumentStore.getState();
  publishSelection(selection.nodeIds, selection.edgeIds);
  publishEditing(editedNode());
  const unsubscribe = useDocumentStore.subscribe((state, previous) => {
    if (state.selection === previous.selection) return;
    publishSelection(state.selection.nodeIds, state.selection.edgeIds);
    publishEditing(editedNode());
  });
  // Focus moves between fields in two events (out, then in, each followed by a microtask
  // checkpoint): read where it landed in a later task, so the others see no flicker.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onFocus = () => {
    clearTimeout(timer);
    timer = setTimeout(() => publishEditing(editedNode()), 0);
  };
  document.addEventListener('focusin', onFocus);
  document.addEventListener('focusout', onFocus);
  return () => {
    clearTimeout(timer);
    unsubscribe();
    document.removeEventListener('focusin', onFocus);
    document.removeEventListener('focusout', onFocus);
  };
}
