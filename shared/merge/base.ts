// The ancestor a copy was made from, recorded in the copy itself (`meta.base`), so
// that a later merge can be three-way without the person finding the old file.
// A compatible extension of the format: meta is a loose object, so older apps keep
// the field untouched (docs/merge.md).
//
//   "meta": { "base": { "hash": "<sha256 hex of the ancestor's canonical text>",
//                       "snapshot": "<the ancestor as one line of JSON, without its own meta.base>" } }
//
// The snapshot is a string so that it takes one line of the file and never shows up
// in a line diff of two copies; the hash lets a reader tell a damaged snapshot from
// a good one and lets two copies tell whether they share an ancestor.
import { parsePlan } from '../model/parse.js';
import { canonicalizePlan, serializePlan } from '../model/serialize.js';
import type { Plan } from '../model/types.js';
import { sha256Hex } from './sha256.js';

export interface BaseRecord {
  hash: string;
  snapshot: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The plan without the ancestor it records (the rest of meta stays). */
export function withoutBase(plan: Plan): Plan {
  if (!isRecord(plan.meta) || !('base' in plan.meta)) return plan;
  const { base: _dropped, ...meta } = plan.meta as Record<string, unknown>;
  return { ...plan, meta };
}

/** The hash by which an ancestor is known: SHA-256 of its canonical text, its own meta.base left out. */
export function planHash(plan: Plan): string {
  return sha256Hex(serializePlan(withoutBase(plan)));
}

/** A copy of the plan that records the plan itself as its ancestor: what a person takes away to work offline. */
export function withBase(plan: Plan): Plan {
  const ancestor = canonicalizePlan(withoutBase(plan));
  const base: BaseRecord = { hash: sha256Hex(serializePlan(ancestor)), snapshot: JSON.stringify(ancestor) };
  return { ...plan, meta: { ...(isRecord(plan.meta) ? plan.meta : {}), base } };
}

/** The recorded hash, or null when the plan records no ancestor. */
export function baseHashOf(plan: Plan): string | null {
  const base = isRecord(plan.meta) ? plan.meta.base : undefined;
  return isRecord(base) && typeof base.hash === 'string' ? base.hash : null;
}

/** The ancestor the plan records, or null when it records none or the record is damaged (hash mismatch, invalid plan). */
export function baseOf(plan: Plan): Plan | null {
  const base = isRecord(plan.meta) ? plan.meta.base : undefined;
  if (!isRecord(base) || typeof base.hash !== 'string' || typeof base.snapshot !== 'string') return null;
  const parsed = parsePlan(base.snapshot);
  if (!parsed.ok) return null;
  return planHash(parsed.plan) === base.hash ? parsed.plan : null;
}

/**
 * The common ancestor of two copies: the recorded ancestor when both record the same
 * one, or when only one records one (the other is then usually the original, edited
 * on); null when they record different ancestors or none — merge two-way then.
 */
export function commonBaseOf(mine: Plan, theirs: Plan): Plan | null {
  const [hm, ht] = [baseHashOf(mine), baseHashOf(theirs)];
  if (hm && ht && hm !== ht) return null;
  return baseOf(mine) ?? baseOf(theirs);
}
