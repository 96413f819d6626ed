// Three-way merge of plans by id (docs/merge.md explains the rules to users).
//
// The plans are taken apart into entities (./entities.ts) and merged in stages:
//   1. ids that two different new entities took by coincidence;
//   2. nodes present on one side only: a clean add or delete, or an edit-vs-delete
//      conflict (the keeping side changed the node, its items, or an edge to it);
//   3. every other entity present on one side only, likewise;
//   4. field by field for every entity both sides still have.
// Which conflicts exist never depends on how another conflict is settled (the
// symmetry property test checks this), so a person sees one stable list.
// Each conflict is settled by a choice ('mine' by default, so the merged plan holds
// mine as a placeholder). resolveConflicts runs the same merge again with the
// person's choices, which keeps dependent decisions (a kept node keeps its edges) in
// one place instead of patching a finished plan.
import { formatPlanErrors, parsePlan } from '../model/parse.js';
import { serializePlan } from '../model/serialize.js';
import type { Plan } from '../model/types.js';
import {
  ENTITY_KINDS,
  type EntityKind,
  type EntityRecord,
  type Fields,
  PARENT_KEY,
  type PlanParts,
  decompose,
  fieldName,
  isMinorField,
  pathKey,
  recompose,
  recordValue,
  sameFields,
  sameValue,
} from './entities.js';

export type ConflictReason =
  /** Both sides changed the field to different values (or both added it). */
  | 'both-changed'
  /** One side changed the entity, the other deleted it. */
  | 'edit-delete'
  /** Two-way merge: the copies differ, and without an ancestor nobody knows which side changed. */
  | 'no-ancestor'
  /** Both sides added different entities that happen to share an id. */
  | 'id-collision';

export interface Conflict {
  entity: EntityKind;
  id: string;
  nodeId?: string;
  /** Dot path of the field; '' when the conflict is about the whole entity (kept or deleted). */
  field: string;
  /** Values; undefined means absent (deleted, or never set). For whole-entity conflicts: the entity's own fields. */
  base: unknown;
  mine: unknown;
  theirs: unknown;
  label: string;
  reason: ConflictReason;
  /** A minor field (canvas position): settled as 'mine' without asking unless a choice names it. */
  minor?: boolean;
}

export type ConflictChoice = 'mine' | 'theirs' | { value: unknown };
export type ConflictChoices = Record<string, ConflictChoice>;

export interface MergeResult {
  /** The merged plan; each conflict holds mine's side until resolved. */
  plan: Plan;
  /** What a person has to decide. */
  conflicts: Conflict[];
  /** Minor conflicts (both moved a node) settled as mine without asking; a choice can still override them. */
  autoResolved: Conflict[];
  /** The inputs, so that resolveConflicts can merge again with the person's choices. */
  inputs: { base: Plan | null; mine: Plan; theirs: Plan };
}

/** The key a choice is filed under: `requirement:r-c1:text`, `node:n-eval` (whole entity). */
export function conflictKey(conflict: Pick<Conflict, 'entity' | 'id' | 'field'>): string {
  return conflict.field ? `${conflict.entity}:${conflict.id}:${conflict.field}` : `${conflict.entity}:${conflict.id}`;
}

/** A merge result that does not pass the schema (a chosen value breaks it). */
export class MergeResolutionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MergeResolutionError';
  }
}

// ---------------------------------------------------------------- sides

interface Side {
  records: Map<string, EntityRecord>;
  order: string[];
}

const copySide = (parts: PlanParts): Side => ({ records: new Map(parts.records), order: [...parts.order] });
const isChildKind = (kind: EntityKind) => kind === 'checklist-item' || kind === 'requirement';
const SOURCE_KEY = pathKey(['source']);
const TARGET_KEY = pathKey(['target']);
const parentOf = (r: EntityRecord): unknown => r.fields.get(PARENT_KEY)?.value;
const touches = (r: EntityRecord, nodeId: string): boolean =>
  r.kind === 'edge' && (r.fields.get(SOURCE_KEY)?.value === nodeId || r.fields.get(TARGET_KEY)?.value === nodeId);
/** Checklist items, requirements and edges that hang on a node. */
const dependsOn = (r: EntityRecord, nodeId: string): boolean =>
  (isChildKind(r.kind) && parentOf(r) === nodeId) || touches(r, nodeId);

/** Put a record into a side, after the nearest entity that precedes it in `sourceOrder`. */
function insertFrom(side: Side, record: EntityRecord, sourceOrder: readonly string[]): void {
  if (side.records.has(record.key)) return;
  side.records.set(record.key, record);
  let at = 0;
  for (let i = sourceOrder.indexOf(record.key) - 1; i >= 0; i--) {
    const index = side.order.indexOf(sourceOrder[i]);
    if (index >= 0) {
      at = index + 1;
      break;
    }
  }
  side.order.splice(at, 0, record.key);
}

function removeKeys(side: Side, keys: ReadonlySet<string>): void {
  if (keys.size === 0) return;
  for (const key of keys) side.records.delete(key);
  side.order = side.order.filter((k) => !keys.has(k));
}

/** A copy of the record with some leaves replaced by another record's (or removed). */
function withLeaves(record: EntityRecord, from: EntityRecord, keys: readonly string[]): EntityRecord {
  const fields: Fields = new Map(record.fields);
  for (const key of keys) {
    const leaf = from.fields.get(key);
    if (leaf) fields.set(key, leaf);
    else fields.delete(key);
  }
  return { ...record, fields };
}

/**
 * Remove an entity from a side. A node takes its items and edges with it, except
 * those the other side still has elsewhere: they follow the other side's placement.
 */
function dropEntity(side: Side, other: Side, key: string): void {
  const record = side.records.get(key);
  if (!record) return;
  const gone = new Set([key]);
  if (record.kind === 'node') {
    for (const r of side.records.values()) {
      if (!dependsOn(r, record.id)) continue;
      const elsewhere = other.records.get(r.key);
      if (!elsewhere) gone.add(r.key);
      else side.records.set(r.key, withLeaves(r, elsewhere, [PARENT_KEY, SOURCE_KEY, TARGET_KEY]));
    }
  }
  removeKeys(side, gone);
}

/** Did `side` change node `nodeId` since `base`: its fields, an item in it, or an edge to it (added or changed)? */
function nodeChanged(base: Side, side: Side, key: string, nodeId: string): boolean {
  if (!sameFields(base.records.get(key)?.fields, side.records.get(key)?.fields)) return true;
  for (const r of side.records.values()) {
    if (!dependsOn(r, nodeId)) continue;
    const before = base.records.get(r.key);
    if (!before || !sameFields(before.fields, r.fields)) return true;
  }
  return false;
}

// ---------------------------------------------------------------- values

type Primitive = string | number | boolean;
const isSet = (v: unknown): v is Primitive[] =>
  Array.isArray(v) && v.every((x) => ['string', 'number', 'boolean'].includes(typeof x)) && new Set(v).size === v.length;

/** Arrays of plain values (RACI lists) merge as sets: both sides' additions, both sides' removals. */
function mergeSets(base: unknown, mine: unknown, theirs: unknown): { ok: boolean; value?: unknown } {
  const all = [base, mine, theirs];
  if (!all.every((v) => v === undefined || isSet(v))) return { ok: false };
  const [b, m, t] = all.map((v) => (v ?? []) as Primitive[]);
  const merged = [...m.filter((x) => t.includes(x) || !b.includes(x)), ...t.filter((x) => !b.includes(x) && !m.includes(x))];
  if (merged.length === 0 && (mine === undefined || theirs === undefined)) return { ok: true, value: undefined };
  return { ok: true, value: merged };
}

function choose(choice: ConflictChoice | undefined, mine: unknown, theirs: unknown): unknown {
  if (choice === 'theirs') return theirs;
  if (choice && typeof choice === 'object' && 'value' in choice) return choice.value;
  return mine;
}

/** For whole-entity conflicts: does the entity stay? ({value: null} deletes, any other value keeps.) */
function keeps(choice: ConflictChoice | undefined, inMine: boolean, inTheirs: boolean): boolean {
  if (choice === 'theirs') return inTheirs;
  if (choice && typeof choice === 'object' && 'value' in choice) return choice.value !== null && choice.value !== undefined;
  return inMine;
}

// ---------------------------------------------------------------- the merge

interface MergeOutcome {
  plan: Plan;
  conflicts: Conflict[];
  autoResolved: Conflict[];
}

function mergeParts(baseParts: PlanParts | null, mineParts: PlanParts, theirsParts: PlanParts, choices: ConflictChoices): MergeOutcome {
  const B = baseParts ? copySide(baseParts) : null;
  const M = copySide(mineParts);
  const T = copySide(theirsParts);
  const conflicts: Conflict[] = [];
  const autoResolved: Conflict[] = [];
  const allKeys = (kinds: (k: EntityKind) => boolean): string[] => {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const side of [M, T, B]) {
      for (const key of side?.order ?? []) {
        const r = side!.records.get(key)!;
        if (kinds(r.kind) && !seen.has(key)) {
          seen.add(key);
          out.push(key);
        }
      }
    }
    return out;
  };
  const anyRecord = (key: string) => (M.records.get(key) ?? T.records.get(key) ?? B?.records.get(key))!;
  const parentField = (key: string) => {
    const p = parentOf(anyRecord(key));
    return typeof p === 'string' ? { nodeId: p } : {};
  };

  /** One entity that only one side has: a clean add or delete, or a conflict settled by the choice. */
  const presence = (key: string, changed: (keeper: Side) => boolean): { keep: boolean; keeper: Side; deleter: Side } | null => {
    const inM = M.records.has(key);
    const inT = T.records.has(key);
    if (inM === inT) return null;
    const keeper = inM ? M : T;
    const deleter = inM ? T : M;
    if (B && (!B.records.has(key) || !changed(keeper))) return null;
    const r = anyRecord(key);
    const conflict: Conflict = {
      entity: r.kind,
      id: r.id,
      ...parentField(key),
      field: '',
      base: recordValue(B?.records.get(key)),
      mine: recordValue(M.records.get(key)),
      theirs: recordValue(T.records.get(key)),
      label: r.label,
      reason: B ? 'edit-delete' : 'no-ancestor',
    };
    conflicts.push(conflict);
    return { keep: keeps(choices[conflictKey(conflict)], inM, inT), keeper, deleter };
  };

  // 1. Two new entities with one id. Found on the sides as given (and settled after the node
  //    questions are asked), so that which conflicts exist does not depend on how others are settled.
  const isNew = (key: string) => !B?.records.has(key);
  const newById = new Map<string, { mine?: EntityRecord; theirs?: EntityRecord }>();
  for (const [side, name] of [
    [M, 'mine'],
    [T, 'theirs'],
  ] as const) {
    const other = side === M ? T : M;
    for (const r of side.records.values()) {
      if (r.kind === 'plan' || !isNew(r.key) || other.records.has(r.key)) continue;
      newById.set(r.id, { ...newById.get(r.id), [name]: r });
    }
  }
  const collisions: { conflict: Conflict; mine: EntityRecord; theirs: EntityRecord }[] = [];
  for (const [id, { mine, theirs }] of newById) {
    if (!mine || !theirs) continue;
    const conflict: Conflict = {
      entity: mine.kind,
      id,
      ...(mine.nodeId !== undefined ? { nodeId: mine.nodeId } : {}),
      field: 'id',
      base: undefined,
      mine: `${mine.kind} ${JSON.stringify(mine.label)}`,
      theirs: `${theirs.kind} ${JSON.stringify(theirs.label)}`,
      label: mine.label,
      reason: 'id-collision',
    };
    conflicts.push(conflict);
    collisions.push({ conflict, mine, theirs });
  }
  const colliding = new Set(collisions.flatMap((c) => [c.mine.key, c.theirs.key]));

  // 2. Nodes: every question is asked on the sides as they are, then the answers are applied.
  const nodeDecisions = allKeys((k) => k === 'node').flatMap((key) => {
    if (colliding.has(key)) return [];
    const decision = presence(key, (keeper) => nodeChanged(B!, keeper, key, anyRecord(key).id));
    return decision ? [{ key, ...decision }] : [];
  });
  // The colliding entities are settled now, after the node questions were asked on the sides as given.
  for (const { conflict, mine, theirs } of collisions) {
    const [kept, from, to] = choices[conflictKey(conflict)] === 'theirs' ? [theirs, T, M] : [mine, M, T];
    dropEntity(to, from, (kept === mine ? theirs : mine).key);
    // Without an ancestor the kept one would be asked about again ("only one side has it"): it is settled.
    if (!B) {
      for (const r of [...from.records.values()]) {
        if (r.key === kept.key || (kept.kind === 'node' && dependsOn(r, kept.id))) insertFrom(to, r, from.order);
      }
    }
  }
  for (const { key, keeper, deleter } of nodeDecisions.filter((d) => !d.keep)) dropEntity(keeper, deleter, key);
  const keptNodes: { id: string; source: Side; keeper: Side; deleter: Side }[] = [];
  for (const { key, keeper, deleter } of nodeDecisions.filter((d) => d.keep)) {
    // Undo the deletion on the deleting side, so the keeper's edits apply on top of the ancestor.
    // The node comes back as the keeper has it: its items follow the keeper (also items the
    // deleter had moved away first), and the ones the deleter deleted with it come back.
    const source = B ?? keeper;
    const node = source.records.get(key)!;
    insertFrom(deleter, node, source.order);
    for (const r of keeper.records.values()) {
      if (!dependsOn(r, node.id)) continue;
      const there = deleter.records.get(r.key);
      if (there) deleter.records.set(r.key, withLeaves(there, r, [PARENT_KEY, SOURCE_KEY, TARGET_KEY]));
      else if (isChildKind(r.kind) && source.records.has(r.key)) insertFrom(deleter, source.records.get(r.key)!, source.order);
    }
    keptNodes.push({ id: node.id, source, keeper, deleter });
  }
  // Edges to kept nodes come back once every node decision is made, and only where both ends exist.
  for (const { id, source, keeper, deleter } of keptNodes) {
    for (const r of keeper.records.values()) {
      const original = source.records.get(r.key);
      if (!touches(r, id) || deleter.records.has(r.key) || !original) continue;
      const ends = [r.fields.get(SOURCE_KEY)?.value, r.fields.get(TARGET_KEY)?.value];
      if (ends.every((end) => deleter.records.has(`node:${String(end)}`))) insertFrom(deleter, original, source.order);
    }
  }

  // 3. Everything else that one side lacks.
  for (const key of allKeys((k) => k !== 'node' && k !== 'plan')) {
    if (colliding.has(key)) continue;
    const decision = presence(key, (keeper) => !sameFields(B!.records.get(key)!.fields, keeper.records.get(key)!.fields));
    if (!decision) continue;
    if (decision.keep) {
      const source = B ?? decision.keeper;
      insertFrom(decision.deleter, source.records.get(key)!, source.order);
    } else {
      dropEntity(decision.keeper, decision.deleter, key);
    }
  }

  // 4. Field by field.
  const merged = new Map<string, EntityRecord>();
  for (const key of allKeys(() => true)) {
    const m = M.records.get(key);
    const t = T.records.get(key);
    if (!m || !t) {
      const only = m ?? t;
      if (only && !B?.records.has(key)) merged.set(key, only);
      continue;
    }
    merged.set(key, mergeRecord(B ? (B.records.get(key) ?? null) : undefined, m, t));
  }

  function mergeRecord(base: EntityRecord | null | undefined, m: EntityRecord, t: EntityRecord): EntityRecord {
    const hasBase = base !== undefined;
    const fields: Fields = new Map();
    const keys = new Set([...m.fields.keys(), ...t.fields.keys(), ...(base?.fields.keys() ?? [])]);
    for (const key of keys) {
      const ml = m.fields.get(key);
      const tl = t.fields.get(key);
      const path = (ml ?? tl ?? base!.fields.get(key)!).path;
      const mv = ml?.value;
      const tv = tl?.value;
      const bv = base?.fields.get(key)?.value;
      let value: unknown;
      if (sameValue(mv, tv)) value = mv;
      else if (hasBase && sameValue(mv, bv)) value = tv;
      else if (hasBase && sameValue(tv, bv)) value = mv;
      else {
        const sets = hasBase ? mergeSets(bv, mv, tv) : { ok: false };
        if (sets.ok) value = sets.value;
        else {
          const conflict: Conflict = {
            entity: m.kind,
            id: m.id,
            ...(m.nodeId !== undefined ? { nodeId: m.nodeId } : {}),
            field: fieldName(path),
            base: bv,
            mine: mv,
            theirs: tv,
            label: m.label,
            reason: hasBase ? 'both-changed' : 'no-ancestor',
          };
          const choice = choices[conflictKey(conflict)];
          if (isMinorField(m.kind, path)) {
            conflict.minor = true;
            (choice ? conflicts : autoResolved).push(conflict);
          } else {
            conflicts.push(conflict);
          }
          value = choose(choice, mv, tv);
        }
      }
      if (value !== undefined) fields.set(key, { path, value });
    }
    const parent = fields.get(PARENT_KEY)?.value;
    return { ...m, fields, ...(typeof parent === 'string' ? { nodeId: parent } : {}) };
  }

  // An edge whose end was a node until a decision removed it goes with that node. (An end that
  // names no node in any input is a broken reference the person already has; it stays.)
  const everNodes = new Set(allKeys((k) => k === 'node'));
  for (const [key, r] of merged) {
    if (r.kind !== 'edge') continue;
    const ends = [r.fields.get(SOURCE_KEY)?.value, r.fields.get(TARGET_KEY)?.value].map((end) => `node:${String(end)}`);
    if (ends.some((end) => everNodes.has(end) && !merged.has(end))) merged.delete(key);
  }

  const order = mergedOrder(B, M, T, merged);
  const rank = new Map(ENTITY_KINDS.map((k, i) => [k, i]));
  const position = new Map(allKeys(() => true).map((k, i) => [k, i]));
  const sortKey = (c: Conflict) => [rank.get(c.entity)!, position.get(c.entity === 'plan' ? 'plan' : `${c.entity}:${c.id}`) ?? 0];
  const byDocument = (a: Conflict, b: Conflict) => {
    const [ka, kb] = [sortKey(a), sortKey(b)];
    return ka[0] - kb[0] || ka[1] - kb[1];
  };
  conflicts.sort(byDocument);
  autoResolved.sort(byDocument);
  return { plan: recompose(merged, order, mineParts.meta), conflicts, autoResolved };
}

/**
 * Order of the merged entities, list by list (each kind; each node's items): mine's
 * order (theirs' when only theirs reordered the list), with the other side's
 * additions placed after the entity that precedes them on that side.
 */
function mergedOrder(B: Side | null, M: Side, T: Side, merged: ReadonlyMap<string, EntityRecord>): string[] {
  const positions = (side: Side | null) => new Map((side?.order ?? []).map((k, i) => [k, i]));
  const [pb, pm, pt] = [positions(B), positions(M), positions(T)];
  const groups = new Map<string, string[]>();
  for (const key of [...M.order, ...T.order]) {
    const r = merged.get(key);
    if (!r) continue;
    const group = isChildKind(r.kind) ? `${r.kind}@${r.nodeId}` : r.kind;
    const list = groups.get(group) ?? [];
    if (!list.includes(key)) list.push(key);
    groups.set(group, list);
  }
  const seq = (keys: string[], pos: Map<string, number>) =>
    keys.filter((k) => pos.has(k)).sort((a, b) => pos.get(a)! - pos.get(b)!);
  const reordered = (keys: string[], pos: Map<string, number>) => {
    const common = keys.filter((k) => pos.has(k) && pb.has(k));
    return seq(common, pos).join('\n') !== seq(common, pb).join('\n');
  };
  const out: string[] = [];
  for (const keys of groups.values()) {
    const theirsFirst = B !== null && !reordered(keys, pm) && reordered(keys, pt);
    const [first, second] = theirsFirst ? [pt, pm] : [pm, pt];
    const list = seq(keys, first);
    // The other side's additions go after the entity they follow on that side.
    const secondary = seq(keys, second);
    secondary.forEach((key, i) => {
      if (first.has(key)) return;
      let at = 0;
      for (let j = i - 1; j >= 0; j--) {
        const index = list.indexOf(secondary[j]);
        if (index >= 0) {
          at = index + 1;
          break;
        }
      }
      list.splice(at, 0, key);
    });
    out.push(...list);
  }
  return out;
}

function checked(plan: Plan): Plan {
  const parsed = parsePlan(serializePlan(plan));
  if (!parsed.ok) throw new MergeResolutionError(`The merged plan is not valid:\n${formatPlanErrors('merged plan', parsed.errors)}`);
  return plan;
}

/** Three-way merge: what mine and theirs each changed since their common ancestor, combined. */
export function mergePlans(base: Plan, mine: Plan, theirs: Plan): MergeResult {
  const outcome = mergeParts(decompose(base), decompose(mine), decompose(theirs), {});
  return { ...outcome, plan: checked(outcome.plan), inputs: { base, mine, theirs } };
}

/** Merge without a known ancestor: whatever the two sides do not agree on is a conflict. */
export function mergeTwoWay(mine: Plan, theirs: Plan): MergeResult {
  const outcome = mergeParts(null, decompose(mine), decompose(theirs), {});
  return { ...outcome, plan: checked(outcome.plan), inputs: { base: null, mine, theirs } };
}

/**
 * The merged plan with the person's choices applied: 'mine', 'theirs' or an edited
 * value, by conflictKey (unnamed conflicts stay 'mine'). Throws MergeResolutionError
 * when an edited value makes the plan invalid.
 */
export function resolveConflicts(result: MergeResult, choices: ConflictChoices): Plan {
  const { base, mine, theirs } = result.inputs;
  const outcome = mergeParts(base ? decompose(base) : null, decompose(mine), decompose(theirs), choices);
  return checked(outcome.plan);
}
