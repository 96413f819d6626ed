// The author name from Settings, where it reaches a plan: who saved it last
// (`meta.updatedBy`) and whom new checklist items are assigned to.
import type { Person } from '../../../shared/model/types';
import { useDocumentStore } from '../store/documentStore';
import { authorName } from './settingsStore';

const comparable = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** The id of the one person called `name` (case and surrounding spaces ignored); undefined when none or several. */
export function personNamed(people: readonly Person[] | undefined, name: string): string | undefined {
  const wanted = comparable(name);
  if (!wanted) return undefined;
  const matches = (people ?? []).filter((p) => comparable(p.name) === wanted);
  return matches.length === 1 ? matches[0].id : undefined;
}

/** The assignee of a checklist item added now: the author, when the open plan names them exactly once. */
export function defaultAssignee(): { assigneeId?: string } {
  const assigneeId = personNamed(useDocumentStore.getState().plan?.people, authorName());
  return assigneeId ? { assigneeId } : {};
}
