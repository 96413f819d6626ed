// "Save as" makes a second copy of a plan; recording the plan it was copied from
// (meta.base, docs/merge.md) lets a later "Merge from…" between the two copies be
// three-way, so only what each side changed since counts.
import { withBase } from '../../../shared/merge/index';
import type { Plan } from '../../../shared/model/types';

/**
 * `written` as saved to a new file, recording `ancestor` — the plan as its old
 * file holds it (the last saved state, so unsaved edits count as the copy's own
 * changes) — as the plan it was copied from.
 */
export function recordCopiedFrom(written: Plan, ancestor: Plan): Plan {
  const base = (withBase(ancestor).meta as Record<string, unknown>).base;
  return { ...written, meta: { ...written.meta, base } };
}
