// Merge conflicts for people (the `handoff merge` report) and for scripts (--json).
import { stableJson } from './entities.js';
import { formatValue } from './format.js';
import { jsonValue } from './diff.js';
import { type Conflict, conflictKey } from './merge.js';

const REASONS: Record<Conflict['reason'], string> = {
  'both-changed': 'both sides changed it',
  'edit-delete': 'one side changed it, the other deleted it',
  'no-ancestor': 'the copies differ (no common ancestor to tell which side changed it)',
  'id-collision': 'both sides added a different entity with this id',
};

/** A whole entity in a conflict: deleted, or kept with the fields it changed since the ancestor. */
function describeEntity(value: unknown, base: unknown): string {
  if (value === undefined) return '(deleted)';
  if (typeof value !== 'object' || value === null) return formatValue(value);
  const before = (base ?? {}) as Record<string, unknown>;
  const after = value as Record<string, unknown>;
  const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => stableJson(before[k]) !== stableJson(after[k]),
  );
  if (base === undefined) return '(present)';
  return changed.length > 0 ? `(kept; changed ${changed.join(', ')})` : '(kept)';
}

function show(c: Conflict, value: unknown): string {
  return c.field === '' ? describeEntity(value, c.base) : formatValue(value);
}

function showBase(c: Conflict): string {
  if (c.reason === 'no-ancestor') return '(unknown: no common ancestor)';
  if (c.field === '') return c.base === undefined ? '(absent)' : '(present)';
  return formatValue(c.base);
}

/** One block per conflict: what, where, why, and the three values. */
export function formatConflictsText(conflicts: readonly Conflict[]): string {
  if (conflicts.length === 0) return 'No conflicts.\n';
  const lines = [`${conflicts.length} conflict${conflicts.length === 1 ? '' : 's'}:`];
  for (const c of conflicts) {
    const where = c.nodeId !== undefined ? ` in node ${c.nodeId}` : '';
    const field = c.field ? `, field ${c.field}` : '';
    lines.push(
      '',
      `${c.entity} ${c.id}${where}${field}  ${JSON.stringify(c.label)}`,
      `  ${REASONS[c.reason]}${c.minor ? ' (minor)' : ''}`,
      `  base:   ${showBase(c)}`,
      `  mine:   ${show(c, c.mine)}`,
      `  theirs: ${show(c, c.theirs)}`,
      `  key:    ${conflictKey(c)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export interface ConflictJson {
  key: string;
  entity: Conflict['entity'];
  id: string;
  nodeId?: string;
  field: string;
  reason: Conflict['reason'];
  label: string;
  minor?: boolean;
  base: unknown;
  mine: unknown;
  theirs: unknown;
}

/** Conflicts as data (shape in docs/merge.md); absent values are null. */
export function conflictsToJson(conflicts: readonly Conflict[]): ConflictJson[] {
  return conflicts.map((c) => ({
    key: conflictKey(c),
    entity: c.entity,
    id: c.id,
    ...(c.nodeId !== undefined ? { nodeId: c.nodeId } : {}),
    field: c.field,
    reason: c.reason,
    label: c.label,
    ...(c.minor ? { minor: true } : {}),
    base: jsonValue(c.base),
    mine: jsonValue(c.mine),
    theirs: jsonValue(c.theirs),
  }));
}
