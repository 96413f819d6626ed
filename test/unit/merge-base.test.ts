// The ancestor a copy records (meta.base), and the SHA-256 that identifies it.
import { createHash } from 'node:crypto';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializePlan } from '../../shared/model/serialize.js';
import { baseOf, commonBaseOf, diffPlans, mergePlans, withBase } from '../../shared/merge/index.js';
import { sha256Hex } from '../../shared/merge/sha256.js';
import * as ops from '../../shared/ops/index.js';
import { throughDisk } from './merge-support.js';
import { SAMPLE_TEXT, loadSample } from './support/sample-plan.js';

describe('sha256', () => {
  it('matches node:crypto on known and random text, across block boundaries and non-ASCII', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const reference = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
    for (const n of [55, 56, 63, 64, 65, 119, 120, 1000]) expect(sha256Hex('x'.repeat(n))).toBe(reference('x'.repeat(n)));
    expect(sha256Hex(SAMPLE_TEXT)).toBe(reference(SAMPLE_TEXT));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => sha256Hex(s) === reference(s)), { numRuns: 200 });
  });
});

describe('meta.base', () => {
  it('records the plan as the ancestor of a copy, surviving save and load', () => {
    const original = loadSample();
    const copy = throughDisk(withBase(original));
    const base = copy.meta?.base as { hash: string; snapshot: string };
    expect(base.hash).toBe(createHash('sha256').update(SAMPLE_TEXT, 'utf8').digest('hex'));
    expect(base.snapshot).not.toContain('\n');
    expect(serializePlan(baseOf(copy)!)).toBe(SAMPLE_TEXT);
    // Saving the copy again keeps the record byte for byte (meta is a loose object).
    expect(serializePlan(throughDisk(copy))).toBe(serializePlan(copy));
    // The record is bookkeeping: the copy does not differ from the original.
    expect(diffPlans(original, copy).changes).toEqual([]);
  });

  it('keeps one level: a copy of a copy records the copy, without its old record', () => {
    const first = throughDisk(withBase(loadSample()));
    const edited = ops.toggleChecklistItem(first, 'c-f2', true);
    const second = throughDisk(withBase(edited));
    const ancestor = baseOf(second)!;
    expect(ancestor.meta?.base).toBeUndefined();
    expect(ancestor.nodes!.flatMap((n) => n.checklist ?? []).find((c) => c.id === 'c-f2')?.done).toBe(true);
    expect(serializePlan(second).match(/"snapshot"/g)).toHaveLength(1);
  });

  it('ignores a missing or damaged record', () => {
    expect(baseOf(loadSample())).toBeNull();
    const copy = withBase(loadSample());
    const base = copy.meta!.base as { hash: string; snapshot: string };
    const tampered = { ...copy, meta: { ...copy.meta, base: { ...base, snapshot: base.snapshot.replace('Billing database', 'Billing DB') } } };
    expect(baseOf(tampered)).toBeNull();
    expect(baseOf({ ...copy, meta: { base: { hash: base.hash, snapshot: '{not json' } } })).toBeNull();
    expect(baseOf({ ...copy, meta: { base: 'sha256:abc' } })).toBeNull();
  });

  it('lets two leads merge their copies three-way without naming the ancestor', () => {
    const original = loadSample();
    const copyA = throughDisk(withBase(original));
    const copyB = throughDisk(withBase(original));
    const mine = ops.updateEdge(copyA, 'e-7', { contract: 'OpenAPI crm-scores v1' });
    const theirs = ops.toggleChecklistItem(copyB, 'c-f2', true);
    const base = commonBaseOf(mine, theirs);
    expect(base).not.toBeNull();
    const result = mergePlans(base!, mine, theirs);
    expect(result.conflicts).toEqual([]);
    // The merged plan still records the workshop version, so a third lead's copy merges three-way too.
    expect(baseOf(result.plan)).toEqual(base);
    expect(result.plan.edges!.find((e) => e.id === 'e-7')?.contract).toBe('OpenAPI crm-scores v1');

    // Copies of different ancestors: no common one, so the caller falls back to a two-way merge.
    const later = throughDisk(withBase(ops.updatePlanFields(original, { title: 'Churn scoring v2' })));
    expect(commonBaseOf(mine, later)).toBeNull();
    // A copy and the original it was made from (which records nothing): the copy's record is the ancestor.
    expect(serializePlan(commonBaseOf(original, mine)!)).toBe(SAMPLE_TEXT);
  });
});
