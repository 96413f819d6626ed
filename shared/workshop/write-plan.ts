// Plan → shared document. `seedDoc` fills an empty document from a plan (the host
// does it once); `writePlanChange` writes what changed between two plans (the result
// of one named operation) and nothing else, in one transaction, so that a colleague's
// concurrent edit of another field, item or node is never overwritten.
import * as Y from 'yjs';
import { jsonEqual } from '../ops/shared.js';
import type { Plan } from '../model/types.js';
import {
  PLAN_LISTS,
  entityKey,
  isPlainObject,
  listMap,
  orderMap,
  planFieldsMap,
  toShared,
  type PlanListName,
} from './doc-shape.js';

type Entity = Record<string, unknown>;

const LIST_SET = new Set<string>(PLAN_LISTS);

/** The plan's top-level fields that are not lists (they live in the `plan` map). */
export function planFields(plan: Plan): Entity {
  const fields: Entity = {};
  for (const [key, value] of Object.entries(plan)) if (!LIST_SET.has(key) && value !== undefined) fields[key] = value;
  return fields;
}

function listOf(plan: Plan, list: PlanListName): Entity[] {
  return ((plan as Record<string, unknown>)[list] as Entity[] | undefined) ?? [];
}

function orderArray(doc: Y.Doc, list: PlanListName): Y.Array<string> {
  const order = orderMap(doc);
  let array = order.get(list);
  if (!(array instanceof Y.Array)) {
    array = new Y.Array<string>();
    order.set(list, array);
  }
  return array;
}

/** Fills the shared document from a plan (call once, on an empty document). */
export function seedDoc(doc: Y.Doc, plan: Plan, origin: unknown = null): void {
  doc.transact(() => {
    const fields = planFieldsMap(doc);
    for (const [key, value] of Object.entries(planFields(plan))) fields.set(key, toShared(value));
    for (const list of PLAN_LISTS) {
      const map = listMap(doc, list);
      const keys: string[] = [];
      for (const entity of listOf(plan, list)) {
        const key = entityKey(list, entity);
        if (key === undefined || map.has(key)) continue;
        map.set(key, toShared(entity));
        keys.push(key);
      }
      const order = new Y.Array<string>();
      order.insert(0, keys);
      orderMap(doc).set(list, order);
    }
  }, origin);
}

/** True when the document holds no plan yet (nothing was seeded). */
export function isDocEmpty(doc: Y.Doc): boolean {
  return planFieldsMap(doc).size === 0 && PLAN_LISTS.every((list) => listMap(doc, list).size === 0);
}

/** Writes the difference between `before` and `after` into the document, in one transaction. */
export function writePlanChange(doc: Y.Doc, before: Plan, after: Plan, origin: unknown = null): void {
  if (before === after) return;
  doc.transact(() => {
    patchMap(planFieldsMap(doc), planFields(before), planFields(after));
    for (const list of PLAN_LISTS) {
      const a = listOf(before, list);
      const b = listOf(after, list);
      if (a !== b) writeList(doc, list, a, b);
    }
  }, origin);
}

function writeList(doc: Y.Doc, list: PlanListName, before: Entity[], after: Entity[]): void {
  const map = listMap(doc, list);
  const beforeByKey = new Map<string, Entity>();
  for (const entity of before) {
    const key = entityKey(list, entity);
    if (key !== undefined) beforeByKey.set(key, entity);
  }
  const afterKeys = new Set<string>();
  let previousKey: string | undefined;
  for (const entity of after) {
    const key = entityKey(list, entity);
    if (key === undefined) continue;
    afterKeys.add(key);
    const old = beforeByKey.get(key);
    if (old === undefined) {
      map.set(key, toShared(entity));
      insertInOrder(doc, list, key, previousKey);
    } else if (old !== entity) {
      const shared = map.get(key);
      if (shared instanceof Y.Map) patchMap(shared, old, entity);
      else map.set(key, toShared(entity));
    }
    previousKey = key;
  }
  const removed = [...beforeByKey.keys()].filter((key) => !afterKeys.has(key));
  if (removed.length === 0) return;
  for (const key of removed) map.delete(key);
  const gone = new Set(removed);
  const order = orderArray(doc, list);
  const ids = order.toArray();
  for (let i = ids.length - 1; i >= 0; i--) if (gone.has(ids[i])) order.delete(i, 1);
}

/** Puts a new key right after its predecessor in the list's order (or first). */
function insertInOrder(doc: Y.Doc, list: PlanListName, key: string, previousKey: string | undefined): void {
  const order = orderArray(doc, list);
  const index = previousKey === undefined ? -1 : order.toArray().lastIndexOf(previousKey);
  order.insert(index + 1, [key]);
}

/** Writes the fields of `after` that differ from `before` into `map`, recursing into objects and lists. */
export function patchMap(map: Y.Map<unknown>, before: Entity, after: Entity): void {
  for (const key of Object.keys(before)) if (after[key] === undefined && before[key] !== undefined) map.delete(key);
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined) continue;
    const old = before[key];
    if (old === value || jsonEqual(old, value)) continue;
    const shared = map.get(key);
    if (shared instanceof Y.Map && isPlainObject(old) && isPlainObject(value)) patchMap(shared, old, value);
    else if (shared instanceof Y.Array && Array.isArray(old) && Array.isArray(value)) patchArray(shared, old, value);
    else map.set(key, toShared(value));
  }
}

const itemId = (value: unknown): string | undefined => {
  if (value instanceof Y.Map) {
    const id = value.get('id');
    return typeof id === 'string' ? id : undefined;
  }
  if (isPlainObject(value)) return typeof value.id === 'string' ? value.id : undefined;
  return undefined;
};

const hasIds = (list: unknown[]): boolean => list.every((item) => itemId(item) !== undefined);

/**
 * Lists of entities with ids (checklist items, requirements) are patched item by item,
 * so two people ticking two items of one checklist both win; other lists are spliced.
 */
function patchArray(array: Y.Array<unknown>, before: unknown[], after: unknown[]): void {
  if (hasIds(before) && hasIds(after) && hasIds(array.toArray())) patchKeyedArray(array, before as Entity[], after as Entity[]);
  else spliceArray(array, after);
}

function patchKeyedArray(array: Y.Array<unknown>, before: Entity[], after: Entity[]): void {
  const beforeById = new Map(before.map((item) => [item.id as string, item]));
  const afterIds = new Set(after.map((item) => item.id as string));
  const currentIds = (): string[] => array.toArray().map((item) => itemId(item) as string);

  // Removed items, from the end so indexes stay right.
  const ids = currentIds();
  for (let i = ids.length - 1; i >= 0; i--) if (beforeById.has(ids[i]) && !afterIds.has(ids[i])) array.delete(i, 1);

  // Changed items, in place.
  for (const item of after) {
    const old = beforeById.get(item.id as string);
    if (old === undefined || old === item || jsonEqual(old, item)) continue;
    const index = currentIds().indexOf(item.id as string);
    const shared = index >= 0 ? array.get(index) : undefined;
    if (shared instanceof Y.Map) patchMap(shared, old, item);
  }

  // Moved items (the order of items both sides know differs): take out, put back in place.
  const wanted = after.filter((item) => beforeById.has(item.id as string)).map((item) => item.id as string);
  for (let guard = 0; guard <= wanted.length; guard++) {
    const known = currentIds().filter((id) => afterIds.has(id) && beforeById.has(id));
    const at = known.findIndex((id, i) => id !== wanted[i]);
    if (at < 0) break;
    const moving = wanted[at];
    const from = currentIds().indexOf(moving);
    if (from < 0) break;
    array.delete(from, 1);
    const anchor = at === 0 ? -1 : currentIds().indexOf(wanted[at - 1]);
    array.insert(anchor + 1, [toShared(after.find((item) => item.id === moving))]);
  }

  // New items, right after their predecessor in `after`.
  after.forEach((item, index) => {
    if (beforeById.has(item.id as string)) return;
    const anchor = index === 0 ? -1 : currentIds().indexOf(after[index - 1].id as string);
    array.insert(anchor + 1, [toShared(item)]);
  });
}

function spliceArray(array: Y.Array<unknown>, after: unknown[]): void {
  const current = array.toJSON() as unknown[];
  // Compared with what the document holds now, so a concurrent change is replaced only where this one differs.
  let start = 0;
  while (start < current.length && start < after.length && jsonEqual(current[start], after[start])) start++;
  let endCurrent = current.length;
  let endAfter = after.length;
  while (endCurrent > start && endAfter > start && jsonEqual(current[endCurrent - 1], after[endAfter - 1])) {
    endCurrent--;
    endAfter--;
  }
  if (endCurrent > start) array.delete(start, endCurrent - start);
  if (endAfter > start) array.insert(start, after.slice(start, endAfter).map((item) => toShared(item)));
}
