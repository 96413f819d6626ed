// The shape of a workshop's shared Y.Doc (spec: workshop.md, "The shared document"):
// one top-level Y.Map per list of the plan, keyed by entity id, each entity a Y.Map
// of its fields in the format's JSON shape; the top-level Y.Map `plan` holds every
// other top-level field. Everything else at the top level is workshop-only state.
import * as Y from 'yjs';

/**
 * The plan's lists, each a top-level Y.Map named as in the format; after the format's
 * own come this app's extensions (sign-offs; comments, votes, workshop records; canvas frames).
 */
export const PLAN_LISTS = ['nodes', 'edges', 'teams', 'people', 'milestones', 'questions', 'signoffs', 'comments', 'votes', 'workshops', 'frames'] as const;
export type PlanListName = (typeof PLAN_LISTS)[number];

/** The top-level map holding every plan field that is not a list. */
export const PLAN_FIELDS_MAP = 'plan';

/**
 * Workshop-only (our extension): the order of each list, as a Y.Array of ids per list
 * name. A Y.Map has no order of its own that all peers agree on; a Y.Array does. A
 * client that ignores it still works: entities missing from it are read after the
 * ordered ones, sorted by id.
 */
export const ORDER_MAP = 'order';

/** Milestones have no id in the format; a plan has at most one per phase. */
export function entityKey(list: PlanListName, entity: Record<string, unknown>): string | undefined {
  const key = list === 'milestones' ? entity.phase : entity.id;
  return typeof key === 'string' && key.length > 0 ? key : undefined;
}

export const listMap = (doc: Y.Doc, list: PlanListName): Y.Map<unknown> => doc.getMap(list);
export const planFieldsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(PLAN_FIELDS_MAP);
export const orderMap = (doc: Y.Doc): Y.Map<Y.Array<string>> => doc.getMap(ORDER_MAP);

/** Every shared type that holds plan content: what an undo manager tracks. */
export function planTypes(doc: Y.Doc): Y.AbstractType<unknown>[] {
  return [planFieldsMap(doc), orderMap(doc), ...PLAN_LISTS.map((list) => listMap(doc, list))] as Y.AbstractType<unknown>[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON value as shared types: objects become Y.Maps, arrays Y.Arrays, the rest stays as it is. */
export function toShared(value: unknown): unknown {
  if (Array.isArray(value)) {
    const array = new Y.Array<unknown>();
    array.insert(
      0,
      value.map((item) => toShared(item)),
    );
    return array;
  }
  if (isPlainObject(value)) {
    const map = new Y.Map<unknown>();
    for (const [key, field] of Object.entries(value)) if (field !== undefined) map.set(key, toShared(field));
    return map;
  }
  return value;
}

/** A shared value as JSON (Y.Text reads as its string). */
export function fromShared(value: unknown): Json {
  if (value instanceof Y.Map || value instanceof Y.Array) return value.toJSON() as Json;
  if (value instanceof Y.Text) return value.toString();
  return value as Json;
}

export { isPlainObject };
