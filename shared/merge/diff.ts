// What changed from plan A to plan B, entity by entity (by id) and field by field
// (by dot path). Canvas positions are minor: flagged, and listed after everything
// else, so a rearranged layout does not drown the changes a person made to content.
// meta (timestamps, app version, the recorded ancestor) is bookkeeping and not compared.
import type { Plan } from '../model/types.js';
import {
  ENTITY_KINDS,
  type EntityKind,
  type EntityRecord,
  decompose,
  fieldName,
  isMinorField,
  sameValue,
} from './entities.js';
import { formatValue } from './format.js';

export interface FieldChange {
  /** Dot path inside the entity (`raci.accountable`); `node` for the node holding an item. */
  field: string;
  /** Absent (undefined) when the field was not set. */
  before?: unknown;
  after?: unknown;
  minor?: boolean;
}

export interface PlanChange {
  kind: 'added' | 'removed' | 'changed';
  entity: EntityKind;
  id: string;
  /** For checklist items and requirements: their node (in B, or in A when removed). */
  nodeId?: string;
  label: string;
  /** For `changed`: each field that differs, minor ones last. */
  fields?: FieldChange[];
  /** Set when every field change is minor (the entity only moved on the canvas). */
  minor?: boolean;
}

export interface PlanDiff {
  changes: PlanChange[];
}

const KIND_RANK = new Map<EntityKind, number>(ENTITY_KINDS.map((k, i) => [k, i]));

function fieldChanges(a: EntityRecord, b: EntityRecord): FieldChange[] {
  const keys = [...a.fields.keys(), ...[...b.fields.keys()].filter((k) => !a.fields.has(k))];
  const out: FieldChange[] = [];
  for (const key of keys) {
    const before = a.fields.get(key);
    const after = b.fields.get(key);
    if (before && after && sameValue(before.value, after.value)) continue;
    const path = (before ?? after)!.path;
    const change: FieldChange = { field: fieldName(path) };
    if (before) change.before = before.value;
    if (after) change.after = after.value;
    if (isMinorField(b.kind, path)) change.minor = true;
    out.push(change);
  }
  return [...out.filter((f) => !f.minor), ...out.filter((f) => f.minor)];
}

/** Every difference from `a` to `b`; empty when the plans differ only in form or bookkeeping. */
export function diffPlans(a: Plan, b: Plan): PlanDiff {
  const pa = decompose(a);
  const pb = decompose(b);
  const keys = [...pa.order, ...pb.order.filter((k) => !pa.records.has(k))];
  const changes: PlanChange[] = [];
  for (const key of keys) {
    const ra = pa.records.get(key);
    const rb = pb.records.get(key);
    const r = (rb ?? ra)!;
    const base = { entity: r.kind, id: r.id, ...(r.nodeId !== undefined ? { nodeId: r.nodeId } : {}), label: r.label };
    if (!ra) changes.push({ kind: 'added', ...base });
    else if (!rb) changes.push({ kind: 'removed', ...base });
    else {
      const fields = fieldChanges(ra, rb);
      if (fields.length === 0) continue;
      const change: PlanChange = { kind: 'changed', ...base, fields };
      if (fields.every((f) => f.minor)) change.minor = true;
      changes.push(change);
    }
  }
  // Stable order: minor changes last, then by entity kind, then document order.
  const rank = (c: PlanChange) => (c.minor ? ENTITY_KINDS.length : 0) + KIND_RANK.get(c.entity)!;
  changes.sort((x, y) => rank(x) - rank(y));
  return { changes };
}

export interface DiffSummary {
  added: number;
  removed: number;
  changed: number;
  /** Changed entities whose only changes are minor (moved on the canvas). */
  moved: number;
}

export function summarizeDiff(diff: PlanDiff): DiffSummary {
  const count = (p: (c: PlanChange) => boolean) => diff.changes.filter(p).length;
  return {
    added: count((c) => c.kind === 'added'),
    removed: count((c) => c.kind === 'removed'),
    changed: count((c) => c.kind === 'changed' && !c.minor),
    moved: count((c) => c.kind === 'changed' && !!c.minor),
  };
}

const MARK = { added: '+', removed: '-', changed: '~' } as const;

function heading(c: PlanChange): string {
  const where = c.nodeId !== undefined ? ` in node ${c.nodeId}` : '';
  return `${MARK[c.kind]} ${c.entity} ${c.id}${where}  ${JSON.stringify(shorten(c.label, 70))}`;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The diff for people: a summary line, then one block per changed entity, minor changes last. */
export function formatDiffText(diff: PlanDiff): string {
  if (diff.changes.length === 0) return 'No differences.\n';
  const s = summarizeDiff(diff);
  const parts = [`${s.added} added`, `${s.removed} removed`, `${s.changed} changed`];
  if (s.moved > 0) parts.push(`${s.moved} moved on the canvas`);
  const lines = [`${parts.join(', ')}.`];
  const major = diff.changes.filter((c) => !c.minor);
  const minor = diff.changes.filter((c) => c.minor);
  for (const c of major) {
    lines.push(heading(c));
    for (const f of c.fields ?? []) {
      lines.push(`    ${f.field}: ${formatValue(f.before)} → ${formatValue(f.after)}${f.minor ? '  (minor)' : ''}`);
    }
  }
  if (minor.length > 0) {
    lines.push('', 'Moved on the canvas (minor):');
    for (const c of minor) {
      const moves = (c.fields ?? []).map((f) => `${f.field}: ${formatValue(f.before)} → ${formatValue(f.after)}`);
      lines.push(`${heading(c)}  ${moves.join('; ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** JSON-safe value: absent becomes null (documented in docs/merge.md). */
export const jsonValue = (value: unknown): unknown => (value === undefined ? null : value);

/** The diff as data for `handoff diff --json` (shape documented in docs/merge.md). */
export function diffToJson(diff: PlanDiff): {
  identical: boolean;
  summary: DiffSummary;
  changes: Record<string, unknown>[];
} {
  return {
    identical: diff.changes.length === 0,
    summary: summarizeDiff(diff),
    changes: diff.changes.map((c) => ({
      kind: c.kind,
      entity: c.entity,
      id: c.id,
      ...(c.nodeId !== undefined ? { nodeId: c.nodeId } : {}),
      label: c.label,
      ...(c.minor ? { minor: true } : {}),
      ...(c.fields
        ? {
            fields: c.fields.map((f) => ({
              field: f.field,
              before: jsonValue(f.before),
              after: jsonValue(f.after),
              ...(f.minor ? { minor: true } : {}),
            })),
          }
        : {}),
    })),
  };
}
