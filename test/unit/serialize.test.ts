// Writing plans: the canonical text of the spec, so saving an unchanged plan gives
// the same bytes and a git diff shows only what a person changed.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../shared/model/parse.js';
import { serializePlan } from '../../shared/model/serialize.js';
import type { Plan } from '../../shared/model/types.js';
import { SAMPLE_TEXT } from './support/sample-plan.js';

function parse(text: string): Plan {
  const result = parsePlan(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.plan;
}

/** Reverse the key order of every object, recursively: same plan, scrambled text. */
function scramble(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scramble);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, scramble(v)]));
}

describe('serializePlan', () => {
  it('gives back the sample file byte for byte', () => {
    expect(serializePlan(parse(SAMPLE_TEXT))).toBe(SAMPLE_TEXT);
  });

  it('writes 2-space indent, the spec key order and a final newline whatever order it read', () => {
    const scrambled = JSON.stringify(scramble(JSON.parse(SAMPLE_TEXT)));
    expect(scrambled.startsWith('{"questions"')).toBe(true);
    expect(serializePlan(parse(scrambled))).toBe(SAMPLE_TEXT);
  });

  it('is stable: writing what it wrote changes nothing', () => {
    const once = serializePlan(parse(JSON.stringify(scramble(JSON.parse(SAMPLE_TEXT)))));
    expect(serializePlan(parse(once))).toBe(once);
  });

  it('keeps unknown fields at the top level and nested, after the known ones, in the order read', () => {
    const value = JSON.parse(SAMPLE_TEXT);
    const withExtras = {
      zExtra: { kept: true },
      ...value,
      aExtra: [1, 2],
      nodes: value.nodes.map((n: Record<string, unknown>, i: number) =>
        i === 0 ? { layer: 'bronze', ...n, costCenter: 'CC-42', raci: { ...(n.raci as object), sponsor: 'p-eli' } } : n,
      ),
      edges: value.edges.map((e: Record<string, unknown>, i: number) => (i === 1 ? { ...e, data: { lineage: 'x', classification: 'internal' } } : e)),
    };
    const text = serializePlan(parse(JSON.stringify(withExtras)));
    const written = JSON.parse(text);

    const topKeys = Object.keys(written);
    expect(topKeys.slice(-2)).toEqual(['zExtra', 'aExtra']);
    expect(topKeys.slice(0, 3)).toEqual(['format', 'version', 'id']);
    expect(written.zExtra).toEqual({ kept: true });

    const node = written.nodes[0];
    expect(Object.keys(node).slice(-2)).toEqual(['layer', 'costCenter']);
    expect(node.costCenter).toBe('CC-42');
    expect(Object.keys(node.raci)).toEqual(['responsible', 'accountable', 'sponsor']);
    expect(Object.keys(written.edges[1].data)).toEqual(['classification', 'lineage']);

    // and they survive a second round trip unchanged
    expect(serializePlan(parse(text))).toBe(text);
  });

  it('leaves out empty optional fields', () => {
    const value = JSON.parse(SAMPLE_TEXT);
    value.summary = '';
    value.questions = [];
    value.meta = {};
    value.nodes[1].checklist = [];
    value.nodes[1].raci = { responsible: [], accountable: 'p-chen', consulted: [] };
    value.nodes[1].handoff = {};
    value.nodes[1].tech = '';
    value.edges[3].label = '';
    const written = JSON.parse(serializePlan(parse(JSON.stringify(value))));
    for (const key of ['summary', 'questions', 'meta']) expect(written).not.toHaveProperty(key);
    for (const key of ['checklist', 'handoff', 'tech']) expect(written.nodes[1]).not.toHaveProperty(key);
    expect(written.nodes[1].raci).toEqual({ accountable: 'p-chen' });
    expect(written.edges[3]).not.toHaveProperty('label');
  });

  it('keeps required fields even when they are empty or false', () => {
    const value = JSON.parse(SAMPLE_TEXT);
    value.nodes[2].checklist[1].text = '';
    const written = JSON.parse(serializePlan(parse(JSON.stringify(value))));
    expect(written.nodes[2].checklist[1]).toMatchObject({ id: 'c-f2', text: '', done: false });
  });

  it('writes non-ASCII text as it is', () => {
    const value = JSON.parse(SAMPLE_TEXT);
    value.title = '客户流失评分 — Kündigung';
    const text = serializePlan(parse(JSON.stringify(value)));
    expect(text).toContain('"title": "客户流失评分 — Kündigung"');
  });
});
