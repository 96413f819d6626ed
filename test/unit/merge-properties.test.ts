// Property tests of the merge: random plans, random edit sequences on two branches
// from one ancestor (the editor's own operations), and the laws a person relies on
// when two copies of a plan come together.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../shared/model/parse.js';
import { serializePlan } from '../../shared/model/serialize.js';
import type { Plan } from '../../shared/model/types.js';
import { type EntityRecord, decompose, fieldName, pathKey, sameValue } from '../../shared/merge/entities.js';
import {
  type Conflict,
  type ConflictChoices,
  type MergeResult,
  conflictKey,
  diffPlans,
  mergePlans,
  mergeTwoWay,
  resolveConflicts,
} from '../../shared/merge/index.js';
import { applyEdits, editsArb, orderFree, planArb } from './merge-support.js';

// ~13 s here; MERGE_PROPERTY_RUNS=2000 for a deeper search.
const RUNS = Number(process.env.MERGE_PROPERTY_RUNS ?? 120);

/** A plan that a user could save and open again: passes the schema, ids unique (parsePlan checks both). */
function expectValid(plan: Plan): void {
  const parsed = parsePlan(serializePlan(plan));
  expect(parsed.ok ? [] : parsed.errors).toEqual([]);
}

const everyConflict = (r: MergeResult) => [...r.conflicts, ...r.autoResolved];
const chooseAll = (r: MergeResult, side: 'mine' | 'theirs'): ConflictChoices =>
  Object.fromEntries(everyConflict(r).map((c) => [conflictKey(c), side]));
/** Same conflict seen from the other side: an id collision is filed under each side's own entity kind. */
const sideFreeKey = (c: Conflict) => (c.reason === 'id-collision' ? `collision:${c.id}` : conflictKey(c));

/** Two branches from a random ancestor. `shareIds`: new entities on both sides may take one id. */
const branchesArb = fc
  .record({ base: planArb, mineEdits: editsArb, theirsEdits: editsArb, shareIds: fc.boolean() })
  .map(({ base, mineEdits, theirsEdits, shareIds }) => ({
    base,
    mine: applyEdits(base, mineEdits, 'mine', shareIds && mineEdits.length % 3 === 0),
    theirs: applyEdits(base, theirsEdits, 'theirs', shareIds && mineEdits.length % 3 === 0),
  }));

const stats = { merges: 0, withConflicts: 0, conflicts: 0, editDelete: 0, collisions: 0, checkedChanges: 0 };

/**
 * Every change `side` made since `base` is in the merged plan, unless a conflict is
 * about it: changed fields keep the side's value (sets keep its additions and
 * removals), added entities are there, deleted ones are gone.
 */
function expectChangesSurvive(base: Plan, side: Plan, result: MergeResult): void {
  const [B, S, R] = [decompose(base), decompose(side), decompose(result.plan)];
  const inputs = [result.inputs.base!, result.inputs.mine, result.inputs.theirs].map(decompose);
  const conflicted = new Set(everyConflict(result).filter((c) => c.field && c.reason !== 'id-collision').map(conflictKey));
  const wholeIds = new Set(everyConflict(result).filter((c) => !c.field || c.reason === 'id-collision').map((c) => c.id));
  // An entity hanging on a node whose existence was in question follows that node's fate.
  const involved = (key: string) =>
    inputs.some((parts) => {
      const r = parts.records.get(key);
      if (!r) return false;
      const refs = [r.id, r.nodeId, r.fields.get(pathKey(['source']))?.value, r.fields.get(pathKey(['target']))?.value];
      return refs.some((ref) => typeof ref === 'string' && wholeIds.has(ref));
    });
  const isSet = (v: unknown) => v === undefined || (Array.isArray(v) && v.every((x) => typeof x === 'string'));

  for (const [key, s] of S.records) {
    if (involved(key)) continue;
    const b = B.records.get(key);
    if (b && sameValue([...b.fields.values()], [...s.fields.values()])) continue;
    const r: EntityRecord | undefined = R.records.get(key);
    expect(r, `${key} kept`).toBeDefined();
    for (const [leafKey, leaf] of new Map([...(b?.fields ?? []), ...s.fields])) {
      const before = b?.fields.get(leafKey)?.value;
      const after = s.fields.get(leafKey)?.value;
      if (sameValue(before, after)) continue;
      if (conflicted.has(conflictKey({ entity: s.kind, id: s.id, field: fieldName(leaf.path) }))) continue;
      const merged = r!.fields.get(leafKey)?.value;
      stats.checkedChanges++;
      if (isSet(before) && isSet(after) && isSet(merged)) {
        const [bs, as, ms] = [before, after, merged].map((v) => (v ?? []) as string[]);
        for (const x of as.filter((x) => !bs.includes(x))) expect(ms, `${key} ${fieldName(leaf.path)} keeps ${x}`).toContain(x);
        for (const x of bs.filter((x) => !as.includes(x))) expect(ms, `${key} ${fieldName(leaf.path)} drops ${x}`).not.toContain(x);
      } else {
        expect(merged, `${key} ${fieldName(leaf.path)}`).toEqual(after);
      }
    }
  }
  for (const key of B.records.keys()) {
    if (!S.records.has(key) && !involved(key)) expect(R.records.has(key), `${key} deleted`).toBe(false);
  }
}

describe('merge laws (fast-check)', () => {
  it('merging a plan with itself changes nothing', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const r = mergePlans(plan, plan, plan);
        expect(r.conflicts).toEqual([]);
        expect(serializePlan(r.plan)).toBe(serializePlan(plan));
        expect(diffPlans(plan, r.plan).changes).toEqual([]);
        const two = mergeTwoWay(plan, plan);
        expect(two.conflicts).toEqual([]);
        expect(serializePlan(two.plan)).toBe(serializePlan(plan));
      }),
      { numRuns: RUNS },
    );
  });

  it('when only one side changed, the merge is that side', () => {
    fc.assert(
      fc.property(branchesArb, ({ base, mine, theirs }) => {
        const onlyMine = mergePlans(base, mine, base);
        expect(onlyMine.conflicts).toEqual([]);
        expect(serializePlan(onlyMine.plan)).toBe(serializePlan(mine));
        const onlyTheirs = mergePlans(base, base, theirs);
        expect(onlyTheirs.conflicts).toEqual([]);
        expect(onlyTheirs.autoResolved).toEqual([]);
        expect(serializePlan(onlyTheirs.plan)).toBe(serializePlan(theirs));
      }),
      { numRuns: RUNS },
    );
  });

  it('is symmetric up to conflict sides, valid, and keeps every change nobody disputes', () => {
    fc.assert(
      fc.property(branchesArb, ({ base, mine, theirs }) => {
        const r1 = mergePlans(base, mine, theirs);
        const r2 = mergePlans(base, theirs, mine);
        stats.merges++;
        if (r1.conflicts.length) stats.withConflicts++;
        stats.conflicts += r1.conflicts.length;
        stats.editDelete += r1.conflicts.filter((c) => c.reason === 'edit-delete').length;
        stats.collisions += r1.conflicts.filter((c) => c.reason === 'id-collision').length;

        // The same conflicts, with the sides swapped.
        const view = (r: MergeResult, swap: boolean) =>
          everyConflict(r)
            .map((c) => ({
              key: sideFreeKey(c),
              base: c.base,
              mine: c.reason === 'id-collision' ? null : swap ? c.theirs : c.mine,
              theirs: c.reason === 'id-collision' ? null : swap ? c.mine : c.theirs,
            }))
            .sort((a, b) => (a.key < b.key ? -1 : 1));
        expect(view(r2, true)).toEqual(view(r1, false));

        // Settling every conflict the same way gives the same plan (up to entity order).
        const settled1 = resolveConflicts(r1, chooseAll(r1, 'mine'));
        const settled2 = resolveConflicts(r2, chooseAll(r2, 'theirs'));
        expect(orderFree(settled2)).toBe(orderFree(settled1));
        expect(orderFree(settled1)).toBe(orderFree(r1.plan));

        for (const plan of [r1.plan, r2.plan, settled2, resolveConflicts(r1, chooseAll(r1, 'theirs'))]) expectValid(plan);
        expectChangesSurvive(base, mine, r1);
        expectChangesSurvive(base, theirs, r1);
        expectChangesSurvive(base, theirs, r2);
      }),
      { numRuns: RUNS },
    );
    // Evidence that the generator reaches the interesting cases (printed for the report).
    console.log('merge property stats', JSON.stringify(stats));
    expect(stats.withConflicts).toBeGreaterThan(0);
    expect(stats.editDelete).toBeGreaterThan(0);
  });

  it('two-way merge: every difference is a conflict, and choosing one side throughout gives that side', () => {
    fc.assert(
      fc.property(branchesArb, ({ mine, theirs }) => {
        const r = mergeTwoWay(mine, theirs);
        expectValid(r.plan);
        expect(r.conflicts.length === 0 && r.autoResolved.length === 0).toBe(diffPlans(mine, theirs).changes.length === 0);
        expect(orderFree(resolveConflicts(r, chooseAll(r, 'mine')))).toBe(orderFree(mine));
        expect(orderFree(resolveConflicts(r, chooseAll(r, 'theirs')))).toBe(orderFree(theirs));
      }),
      { numRuns: RUNS },
    );
  });

  it('the diff is empty exactly when two plans hold the same entities and fields', () => {
    fc.assert(
      fc.property(branchesArb, ({ base, mine }) => {
        const empty = diffPlans(base, mine).changes.length === 0;
        expect(empty).toBe(orderFree(base) === orderFree(mine));
        expect(diffPlans(mine, mine).changes).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
