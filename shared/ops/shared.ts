// Building blocks for the plan operations: immutable updates that keep every
// untouched object (structural sharing) and hand back the very same object when
// nothing changed, so the editor's undo history skips no-op edits.
import type { Plan, PlanNode } from '../model/types.js';

/** The fields a schema names, without the index signature loose objects carry for unknown fields. */
type KnownFields<T> = { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };

/** A change to some fields of an entity; a field set to `undefined` is removed. The id never changes. */
export type Patch<T> = { [K in Exclude<keyof KnownFields<T>, 'id'>]?: KnownFields<T>[K] | undefined };

/** Deep equality for JSON values (what a plan is made of). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => jsonEqual(v, other[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = Object.keys(ra).filter((k) => ra[k] !== undefined);
  if (keys.length !== Object.keys(rb).filter((k) => rb[k] !== undefined).length) return false;
  return keys.every((k) => jsonEqual(ra[k], rb[k]));
}

/** `target` with `patch` applied, or `target` itself when the patch changes nothing. */
export function applyPatch<T extends object>(target: T, patch: Patch<T> | Partial<T>): T {
  const source = target as Record<string, unknown>;
  let next: Record<string, unknown> | null = null;
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'id') continue;
    if (value === undefined) {
      if (!(key in source)) continue;
      next ??= { ...source };
      delete next[key];
    } else if (!jsonEqual(source[key], value)) {
      next ??= { ...source };
      next[key] = value;
    }
  }
  return (next ?? target) as T;
}

/** The list with each item mapped; the same list when no item changed. */
export function mapList<T>(list: readonly T[], fn: (item: T, index: number) => T): T[] {
  let out: T[] | null = null;
  list.forEach((item, index) => {
    const mapped = fn(item, index);
    if (mapped !== item) {
      out ??= list.slice();
      out[index] = mapped;
    }
  });
  return out ?? (list as T[]);
}

/** The list without the items `drop` selects; the same list when none is dropped. */
export function dropFromList<T>(list: readonly T[], drop: (item: T) => boolean): T[] {
  const kept = list.filter((item) => !drop(item));
  return kept.length === list.length ? (list as T[]) : kept;
}

/** The list with `item` inserted at `index` (appended when absent or out of range). */
export function insertAt<T>(list: readonly T[] | undefined, item: T, index?: number): T[] {
  const out = (list ?? []).slice();
  const at = index === undefined || index < 0 || index > out.length ? out.length : index;
  out.splice(at, 0, item);
  return out;
}

/** The list with the item of `id` moved to `toIndex` (clamped); the same list when it does not move. */
export function moveInList<T extends { id: string }>(list: readonly T[], id: string, toIndex: number): T[] {
  const from = list.findIndex((item) => item.id === id);
  const to = Math.max(0, Math.min(list.length - 1, Math.trunc(toIndex)));
  if (from < 0 || from === to) return list as T[];
  const out = list.slice();
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item);
  return out;
}

type ListKey = 'teams' | 'people' | 'nodes' | 'edges' | 'frames' | 'questions' | 'milestones';

/** The plan with one of its lists replaced; the same plan when the list is the same. */
export function withList<K extends ListKey>(plan: Plan, key: K, list: NonNullable<Plan[K]>): Plan {
  return list === (plan[key] ?? EMPTY) ? plan : { ...plan, [key]: list };
}

const EMPTY: never[] = [];

/** `plan[key]` or an empty list. */
export function listOf<K extends ListKey>(plan: Plan, key: K): NonNullable<Plan[K]> {
  return (plan[key] ?? EMPTY) as NonNullable<Plan[K]>;
}

/** Apply `fn` to every node; the same plan when no node changed. */
export function mapNodes(plan: Plan, fn: (node: PlanNode) => PlanNode): Plan {
  return withList(plan, 'nodes', mapList(listOf(plan, 'nodes'), fn));
}

/** Update the entity of `id` in a plan list; the same plan when absent or unchanged. */
export function updateInList<K extends 'teams' | 'people' | 'nodes' | 'edges' | 'frames' | 'questions'>(
  plan: Plan,
  key: K,
  id: string,
  fn: (item: NonNullable<Plan[K]>[number]) => NonNullable<Plan[K]>[number],
): Plan {
  type Item = NonNullable<Plan[K]>[number];
  const list = listOf(plan, key) as Item[];
  return withList(plan, key, mapList(list, (item) => (item.id === id ? fn(item) : item)) as NonNullable<Plan[K]>);
}

/** Whether an id is used by any entity of the plan (ids are unique plan-wide). */
export function idInUse(plan: Plan, id: string): boolean {
  const has = (list: readonly { id: string }[] | undefined) => (list ?? EMPTY).some((item: { id: string }) => item.id === id);
  return (
    has(plan.teams) ||
    has(plan.people) ||
    has(plan.edges) ||
    has(plan.frames) ||
    has(plan.questions) ||
    (plan.nodes ?? []).some((n) => n.id === id || has(n.checklist) || has(n.requirements))
  );
}

/** A copy of `object` without its `undefined` fields (an optional field that is cleared is absent, not undefined). */
export function withoutUndefined<T extends object>(object: T): T {
  const entries = Object.entries(object).filter(([, v]) => v !== undefined);
  return entries.length === Object.keys(object).length ? object : (Object.fromEntries(entries) as T);
}
