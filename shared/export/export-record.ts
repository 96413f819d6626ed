// Which version of the plan was last exported, recorded in the plan itself
// (`meta.lastExport`, an extension: docs/format-extensions.md), so that the next
// export can tell IT what changed since the document they read:
//
//   "meta": { "lastExport": { "date": "2026-11-02", "hash": "<sha256 hex of the snapshot>",
//                             "snapshot": "<the exported plan as one line of JSON, without meta>" } }
//
// Like `meta.base`, the snapshot is a string, so it takes one line of the file and
// never shows up in a line diff; the hash tells a good snapshot from a damaged one.
// meta is left out of the snapshot: the diff does not compare it.
import { diffPlans, type PlanChange } from '../merge/diff.js';
import { sha256Hex } from '../merge/sha256.js';
import { parsePlan } from '../model/parse.js';
import { canonicalizePlan } from '../model/serialize.js';
import type { Plan } from '../model/types.js';

export interface ExportRecord {
  date: string;
  hash: string;
  snapshot: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function snapshotOf(plan: Plan): string {
  const { meta: _meta, ...content } = canonicalizePlan(plan);
  return JSON.stringify(content);
}

/** The plan recording itself as exported on `date`; the same plan when that is already its record. */
export function recordExport(plan: Plan, date: string): Plan {
  const snapshot = snapshotOf(plan);
  const record: ExportRecord = { date, hash: sha256Hex(snapshot), snapshot };
  const meta = isRecord(plan.meta) ? plan.meta : {};
  const old = meta.lastExport;
  if (isRecord(old) && old.date === date && old.hash === record.hash && old.snapshot === snapshot) return plan;
  return { ...plan, meta: { ...meta, lastExport: record } };
}

/** The last exported version and its date, or null when none is recorded or the record is damaged. */
export function lastExportOf(plan: Plan): { date: string; plan: Plan } | null {
  const record = isRecord(plan.meta) ? plan.meta.lastExport : undefined;
  if (!isRecord(record) || typeof record.snapshot !== 'string' || typeof record.date !== 'string') return null;
  if (record.hash !== sha256Hex(record.snapshot)) return null;
  const parsed = parsePlan(record.snapshot);
  return parsed.ok ? { date: record.date, plan: parsed.plan } : null;
}

export interface ChangesSinceExport {
  date: string;
  /** What changed in content since then (moves on the canvas left out: IT does not read positions). */
  changes: PlanChange[];
  /** Entities that only moved on the canvas. */
  moved: number;
}

/** What changed since the last recorded export, or null when the plan records none. */
export function changesSinceLastExport(plan: Plan): ChangesSinceExport | null {
  const last = lastExportOf(plan);
  if (!last) return null;
  const { changes } = diffPlans(last.plan, plan);
  return { date: last.date, changes: changes.filter((c) => !c.minor), moved: changes.filter((c) => c.minor).length };
}
