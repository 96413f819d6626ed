// A plan seen as a flat set of entities, each with its own flattened fields: the
// common ground of diff and merge. Both work entity by entity (by id) and field
// by field (by dot path), so a plan is taken apart here once and put back
// together after a merge. Nested collections (checklist items, requirements,
// milestones, KPIs) become entities of their own; everything else in an entity
// — known or unknown fields, nested objects — becomes leaves.
import { canonicalizePlan } from '../model/serialize.js';
import { commentsOf, voteRoundsOf, workshopRecordsOf } from '../model/facilitation.js';
import type { Plan } from '../model/types.js';

export const ENTITY_KINDS = [
  'plan',
  'milestone',
  'kpi',
  'team',
  'person',
  'node',
  'checklist-item',
  'requirement',
  'edge',
  'frame',
  'question',
  'signoff',
  'comment',
  'vote-round',
  'workshop-record',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** One field of an entity: a path of keys to a value that is not a non-empty object. */
export interface Leaf {
  path: readonly string[];
  value: unknown;
}
/** Leaves by pathKey(path), in document order. */
export type Fields = Map<string, Leaf>;

/** The parent node of a checklist item or requirement, kept as a leaf so it merges like a field. */
export const PARENT_PATH: readonly string[] = [];
export const PARENT_KEY = pathKey(PARENT_PATH);
/** Fields compared and merged as one value (never x and y apart). */
const ATOMIC_FIELDS: Partial<Record<EntityKind, ReadonlySet<string>>> = { node: new Set(['position', 'size']), frame: new Set(['position', 'size']) };
/** Fields that only change the drawing on the canvas: reported as minor, and a conflict on them resolves itself. */
const MINOR_FIELDS: Partial<Record<EntityKind, ReadonlySet<string>>> = {
  node: new Set(['position', 'size']),
  edge: new Set(['points']),
  frame: new Set(['position', 'size']),
};

export interface EntityRecord {
  key: string;
  kind: EntityKind;
  id: string;
  /** For checklist items and requirements: the node holding them. */
  nodeId?: string;
  /** What a person calls it: title, name or text. */
  label: string;
  fields: Fields;
}

/** A plan taken apart: its entities and their document order. */
export interface PlanParts {
  records: Map<string, EntityRecord>;
  order: string[];
  /** Bookkeeping; neither diffed nor merged. */
  meta: unknown;
}

export const entityKey = (kind: EntityKind, id: string): string => (kind === 'plan' ? 'plan' : `${kind}:${id}`);
export function pathKey(path: readonly string[]): string {
  return JSON.stringify(path);
}
/** How a field is named in reports: `business.objective`, `raci.responsible`, `node` for the parent. */
export function fieldName(path: readonly string[]): string {
  return path.length === 0 ? 'node' : path.join('.');
}
export function isMinorField(kind: EntityKind, path: readonly string[]): boolean {
  return path.length === 1 && (MINOR_FIELDS[kind]?.has(path[0]) ?? false);
}

// ---------------------------------------------------------------- values

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON text with object keys sorted: equal for values a person would call equal. */
export function stableJson(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const sameValue = (a: unknown, b: unknown): boolean => a === b || stableJson(a) === stableJson(b);

export function sameFields(a: Fields | undefined, b: Fields | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.size !== b.size) return false;
  for (const [key, leaf] of a) {
    const other = b.get(key);
    if (!other || !sameValue(leaf.value, other.value)) return false;
  }
  return true;
}

function flattenInto(out: Fields, value: Record<string, unknown>, prefix: string[], atomic: ReadonlySet<string>): void {
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const path = [...prefix, key];
    if (isPlainObject(v) && Object.keys(v).length > 0 && !(prefix.length === 0 && atomic.has(key))) {
      flattenInto(out, v, path, atomic);
    } else {
      out.set(pathKey(path), { path, value: v });
    }
  }
}

export function flatten(kind: EntityKind, value: Record<string, unknown>): Fields {
  const out: Fields = new Map();
  flattenInto(out, value, [], ATOMIC_FIELDS[kind] ?? new Set());
  return out;
}

/** Fields back to an object (the parent leaf is not part of it). */
export function unflatten(fields: Fields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { path, value } of fields.values()) {
    if (path.length === 0) continue;
    let target = out;
    for (const key of path.slice(0, -1)) {
      if (!isPlainObject(target[key])) target[key] = {};
      target = target[key] as Record<string, unknown>;
    }
    target[path[path.length - 1]] = value;
  }
  return out;
}

function without(value: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (!keys.includes(k)) out[k] = v;
  return out;
}

/** Ids for entities identified by a name (KPIs) or phase (milestones): `name`, then `name #2` for repeats. */
function uniqueIds(values: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return values.map((v) => {
    const n = (seen.get(v) ?? 0) + 1;
    seen.set(v, n);
    return n === 1 ? v : `${v} #${n}`;
  });
}

// ---------------------------------------------------------------- plan <-> parts

const PLAN_COLLECTIONS = ['milestones', 'teams', 'people', 'nodes', 'edges', 'frames', 'questions', 'signoffs', 'comments', 'votes', 'workshops', 'meta'] as const;

/** Take a plan apart. The plan is canonicalised first, so "absent" and "empty" compare equal. */
export function decompose(input: Plan): PlanParts {
  const plan = canonicalizePlan(input) as Record<string, unknown> & Plan;
  const records = new Map<string, EntityRecord>();
  const order: string[] = [];
  const add = (kind: EntityKind, id: string, label: string, value: Record<string, unknown>, nodeId?: string) => {
    const fields = flatten(kind, value);
    const key = entityKey(kind, id);
    if (nodeId !== undefined) {
      // The parent goes first so that reports list a move before other changes.
      const withParent: Fields = new Map([[PARENT_KEY, { path: PARENT_PATH, value: nodeId }]]);
      for (const [k, leaf] of fields) withParent.set(k, leaf);
      records.set(key, { key, kind, id, nodeId, label, fields: withParent });
    } else {
      records.set(key, { key, kind, id, label, fields });
    }
    order.push(key);
  };

  const business = isPlainObject(plan.business) ? plan.business : undefined;
  const planValue = without(plan, PLAN_COLLECTIONS);
  if (business) {
    const rest = without(business, ['kpis']);
    if (Object.keys(rest).length > 0) planValue.business = rest;
    else delete planValue.business;
  }
  add('plan', plan.id, plan.title, planValue);

  const milestones = plan.milestones ?? [];
  uniqueIds(milestones.map((m) => m.phase)).forEach((id, i) => add('milestone', id, id, milestones[i]));
  const kpis = business?.kpis ?? [];
  uniqueIds(kpis.map((k) => k.name)).forEach((id, i) => add('kpi', id, kpis[i].name, kpis[i]));
  for (const team of plan.teams ?? []) add('team', team.id, team.name, team);
  for (const person of plan.people ?? []) add('person', person.id, person.name, person);
  const titles = new Map<string, string>();
  for (const node of plan.nodes ?? []) {
    titles.set(node.id, node.title);
    add('node', node.id, node.title, without(node, ['checklist', 'requirements']));
    for (const item of node.checklist ?? []) add('checklist-item', item.id, item.text, item, node.id);
    for (const req of node.requirements ?? []) add('requirement', req.id, req.text, req, node.id);
  }
  for (const edge of plan.edges ?? []) {
    const label = edge.label || `${titles.get(edge.source) ?? edge.source} → ${titles.get(edge.target) ?? edge.target}`;
    add('edge', edge.id, label, edge);
  }
  // Frames (an extension) by id, like nodes: two copies that each drew a frame merge into a plan with both.
  for (const frame of plan.frames ?? []) add('frame', frame.id, frame.title, frame);
  for (const q of plan.questions ?? []) add('question', q.id, q.text, q);
  // Sign-offs (an extension) are entities like any other: a sign-off made in one copy merges in.
  const names = new Map((plan.people ?? []).map((p) => [p.id, p.name]));
  for (const s of plan.signoffs ?? []) {
    const what = s.nodeId !== undefined ? (titles.get(s.nodeId) ?? s.nodeId) : `${s.gate} gate`;
    add('signoff', s.id, `${names.get(s.personId) ?? s.personId} signed off ${what}`, s);
  }
  // The workshop extensions (docs/facilitation.md): comments made offline merge in like any entity.
  for (const c of commentsOf(plan)) add('comment', c.id, `${c.author || 'Someone'}: ${c.text}`, c);
  for (const r of voteRoundsOf(plan)) add('vote-round', r.id, r.question || 'Vote', r);
  for (const w of workshopRecordsOf(plan)) add('workshop-record', w.id, `Workshop of ${w.startedAt.slice(0, 10)}`, w);
  return { records, order, meta: plan.meta };
}

/**
 * Put a plan back together from entities, in the given order. Checklist items and
 * requirements go to the node their parent field names; one whose node is not
 * among the entities has nowhere to live and is left out.
 */
export function recompose(records: ReadonlyMap<string, EntityRecord>, order: readonly string[], meta: unknown): Plan {
  const byKind = new Map<EntityKind, EntityRecord[]>(ENTITY_KINDS.map((k) => [k, []]));
  for (const key of order) {
    const record = records.get(key);
    if (record) byKind.get(record.kind)!.push(record);
  }
  const list = (kind: EntityKind) => byKind.get(kind)!.map((r) => unflatten(r.fields));
  const planRecord = byKind.get('plan')![0];
  const plan: Record<string, unknown> = planRecord ? unflatten(planRecord.fields) : {};

  const kpis = list('kpi');
  if (kpis.length > 0) plan.business = { ...(isPlainObject(plan.business) ? plan.business : {}), kpis };
  plan.milestones = list('milestone');
  plan.teams = list('team');
  plan.people = list('person');

  const children = (kind: EntityKind, nodeId: string) =>
    byKind
      .get(kind)!
      .filter((r) => r.fields.get(PARENT_KEY)?.value === nodeId)
      .map((r) => unflatten(r.fields));
  plan.nodes = byKind.get('node')!.map((r) => ({
    ...unflatten(r.fields),
    checklist: children('checklist-item', r.id),
    requirements: children('requirement', r.id),
  }));
  plan.edges = list('edge');
  plan.frames = list('frame');
  plan.questions = list('question');
  plan.signoffs = list('signoff');
  // The workshop extensions: absent when empty, as the canonical form writes them.
  for (const [field, kind] of [['comments', 'comment'], ['votes', 'vote-round'], ['workshops', 'workshop-record']] as const) {
    const items = list(kind);
    if (items.length > 0) plan[field] = items;
  }
  if (meta !== undefined) plan.meta = meta;
  return canonicalizePlan(plan as Plan);
}

/** An entity's own fields as an object, for reports (the parent node is named separately). */
export function recordValue(record: EntityRecord | undefined): Record<string, unknown> | undefined {
  return record ? unflatten(record.fields) : undefined;
}
