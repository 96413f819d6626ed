// Reading plan files: every way a file can be wrong gives a message with the JSON
// path and the problem, never an exception.
import { describe, expect, it } from 'vitest';
import { formatPlanErrors, parsePlan, type ParseResult } from '../../shared/model/parse.js';
import { serializePlan } from '../../shared/model/serialize.js';
import { loadSample, SAMPLE_TEXT } from './support/sample-plan.js';

type Json = Record<string, any>;

/** The sample as a plain JSON object, changed by `edit`, as file text. */
function sampleWith(edit: (plan: Json) => void): string {
  const plan = JSON.parse(SAMPLE_TEXT) as Json;
  edit(plan);
  return JSON.stringify(plan, null, 2);
}

function errorsOf(result: ParseResult) {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe('parsePlan', () => {
  it('reads the sample plan', () => {
    const result = parsePlan(SAMPLE_TEXT);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.plan.title).toBe('Subscriber churn scoring');
      expect(result.plan.nodes).toHaveLength(10);
    }
  });

  it('names the line and column of a JSON syntax error', () => {
    const text = '{\n  "format": "handoff-plan",\n  "version": 1,,\n  "id": "x"\n}';
    expect(errorsOf(parsePlan(text))).toEqual([
      { path: '', message: 'not valid JSON at line 3, column 16 (Expected double-quoted property name)' },
    ]);
  });

  it('names the position even where the JSON engine gives none', () => {
    const [error] = errorsOf(parsePlan('{\n  "title": tru\n}'));
    expect(error.message).toBe("not valid JSON at line 2, column 15 (Unexpected token '\\n')");
    expect(errorsOf(parsePlan('hello'))[0].message).toBe("not valid JSON at line 1, column 1 (Unexpected token 'h')");
  });

  it('reports a truncated file at its end', () => {
    const text = SAMPLE_TEXT.slice(0, 200);
    const lines = text.split('\n');
    expect(errorsOf(parsePlan(text))[0].message).toContain(`line ${lines.length}, column ${lines.at(-1)!.length + 1}`);
  });

  it('refuses an empty file', () => {
    expect(errorsOf(parsePlan(''))).toEqual([{ path: '', message: 'is empty, not a plan' }]);
    expect(errorsOf(parsePlan('  \n\t'))).toEqual([{ path: '', message: 'is empty, not a plan' }]);
  });

  it('refuses a binary file', () => {
    const png = String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d);
    expect(errorsOf(parsePlan(png))).toEqual([{ path: '', message: 'is a binary file, not a plan' }]);
    expect(errorsOf(parsePlan('\uFFFD\uFFFDPK\u0003\u0004'))[0].message).toBe('is a binary file, not a plan');
  });

  it('refuses JSON that is not a plan', () => {
    expect(errorsOf(parsePlan('[1, 2]'))[0].message).toMatch(/is not a Handoff Studio plan/);
    expect(errorsOf(parsePlan('{"name": "my-package", "version": "1.0.0"}'))[0].message).toMatch(/is not a Handoff Studio plan/);
    expect(errorsOf(parsePlan('42'))[0].message).toMatch(/is not a Handoff Studio plan/);
  });

  it('refuses a file of another format', () => {
    const errors = errorsOf(parsePlan(sampleWith((p) => (p.format = 'excalidraw'))));
    expect(errors).toEqual([{ path: 'format', message: '"excalidraw" is not "handoff-plan": this is not a Handoff Studio plan' }]);
  });

  it('refuses a newer version but offers the plan read-only', () => {
    const result = parsePlan(sampleWith((p) => (p.version = 2)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.newerVersion).toBe(2);
    expect(result.errors[0].path).toBe('version');
    expect(result.errors[0].message).toMatch(/format version 2, newer than this app reads \(version 1\)/);
    expect(result.readOnlyPlan?.title).toBe('Subscriber churn scoring');
  });

  it('refuses a newer version that does not fit this app without a read-only plan', () => {
    const result = parsePlan(sampleWith((p) => ((p.version = 3), (p.nodes = 'moved elsewhere'))));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.newerVersion).toBe(3);
    expect(result.readOnlyPlan).toBeUndefined();
  });

  it('refuses a version that is not a whole number', () => {
    expect(errorsOf(parsePlan(sampleWith((p) => (p.version = '1'))))).toEqual([{ path: 'version', message: 'expected a number, got "1"' }]);
    expect(errorsOf(parsePlan(sampleWith((p) => (p.version = 1.5))))[0]).toEqual({ path: 'version', message: 'must be a whole number' });
  });

  it('names both places of a duplicate id', () => {
    const errors = errorsOf(parsePlan(sampleWith((p) => (p.edges[2].id = 'n-model'))));
    expect(errors).toEqual([{ path: 'edges[2].id', message: '"n-model" is already the id of nodes[4]' }]);
  });

  it('catches duplicate ids across nested entities', () => {
    const errors = errorsOf(parsePlan(sampleWith((p) => (p.nodes[4].checklist[0].id = 'c-f1'))));
    expect(errors).toEqual([{ path: 'nodes[4].checklist[0].id', message: '"c-f1" is already the id of nodes[2].checklist[0]' }]);
  });

  it('refuses a missing or empty title', () => {
    expect(errorsOf(parsePlan(sampleWith((p) => delete p.title)))).toEqual([{ path: 'title', message: 'is required' }]);
    expect(errorsOf(parsePlan(sampleWith((p) => (p.title = ''))))).toEqual([{ path: 'title', message: 'must not be empty' }]);
    expect(errorsOf(parsePlan(sampleWith((p) => (p.nodes[3].title = '   '))))).toEqual([{ path: 'nodes[3].title', message: 'must not be empty' }]);
  });

  it('refuses a value outside its list', () => {
    expect(errorsOf(parsePlan(sampleWith((p) => (p.nodes[3].type = 'modle'))))).toEqual([
      { path: 'nodes[3].type', message: '"modle" is not a node type' },
    ]);
    expect(errorsOf(parsePlan(sampleWith((p) => (p.phase = 'done'))))).toEqual([{ path: 'phase', message: '"done" is not a phase' }]);
    expect(errorsOf(parsePlan(sampleWith((p) => (p.edges[0].protocol = 'ftp'))))).toEqual([
      { path: 'edges[0].protocol', message: '"ftp" is not a protocol' },
    ]);
    expect(errorsOf(parsePlan(sampleWith((p) => (p.nodes[0].requirements[0].category = 'legal'))))).toEqual([
      { path: 'nodes[0].requirements[0].category', message: '"legal" is not a requirement category' },
    ]);
  });

  it('refuses a field of the wrong type', () => {
    expect(errorsOf(parsePlan(sampleWith((p) => (p.nodes[2].checklist[0].done = 'yes'))))).toEqual([
      { path: 'nodes[2].checklist[0].done', message: 'expected true or false, got "yes"' },
    ]);
    expect(errorsOf(parsePlan(sampleWith((p) => (p.nodes[0].position.x = '10'))))).toEqual([
      { path: 'nodes[0].position.x', message: 'expected a number, got "10"' },
    ]);
    expect(errorsOf(parsePlan(sampleWith((p) => (p.teams = { 'team-ds': 'Customer Analytics' })))))
      .toEqual([{ path: 'teams', message: expect.any(String) }]);
    expect(errorsOf(parsePlan(sampleWith((p) => (p.summary = 7))))).toEqual([{ path: 'summary', message: 'expected text, got 7' }]);
  });

  it('refuses a missing required field deep in the plan', () => {
    expect(errorsOf(parsePlan(sampleWith((p) => delete p.nodes[5].position)))).toEqual([{ path: 'nodes[5].position', message: 'is required' }]);
    expect(errorsOf(parsePlan(sampleWith((p) => delete p.edges[1].target)))).toEqual([{ path: 'edges[1].target', message: 'is required' }]);
  });

  it('refuses a date that is not ISO 8601', () => {
    expect(errorsOf(parsePlan(sampleWith((p) => (p.milestones[2].targetDate = '15.12.2026'))))).toEqual([
      { path: 'milestones[2].targetDate', message: '"15.12.2026" is not an ISO 8601 date (YYYY-MM-DD)' },
    ]);
    expect(errorsOf(parsePlan(sampleWith((p) => (p.nodes[2].checklist[0].due = '2026-13-01'))))[0].path).toBe('nodes[2].checklist[0].due');
  });

  it('accepts full timestamps in meta and dates in milestones', () => {
    const result = parsePlan(sampleWith((p) => (p.meta = { createdAt: '2026-11-02T09:30:00Z', updatedAt: '2026-11-03T10:00:00.125+01:00' })));
    expect(result.ok).toBe(true);
  });

  it('lists several problems at once', () => {
    const errors = errorsOf(parsePlan(sampleWith((p) => ((p.nodes[0].type = 'db'), (p.phase = 'x')))));
    expect(errors.map((e) => e.path).sort()).toEqual(['nodes[0].type', 'phase']);
  });

  it('lets a broken reference open (the rules report it)', () => {
    expect(parsePlan(sampleWith((p) => (p.edges[0].target = 'n-gone'))).ok).toBe(true);
  });

  it('ignores a byte-order mark', () => {
    expect(parsePlan(`\uFEFF${SAMPLE_TEXT}`).ok).toBe(true);
  });

  it('never throws, whatever the input', () => {
    const inputs = ['null', 'true', '"text"', '{}', '{"format":"handoff-plan"}', '{"format":"handoff-plan","version":1,"nodes":[null]}', '['.repeat(100_000)];
    for (const input of inputs) expect(() => parsePlan(input)).not.toThrow();
    expect(parsePlan('{"format":"handoff-plan","version":1,"nodes":[null]}').ok).toBe(false);
  });
});

describe('formatPlanErrors', () => {
  it('names the file, the path and the problem on one line each', () => {
    const errors = errorsOf(parsePlan(sampleWith((p) => ((p.nodes[3].type = 'modle'), (p.phase = 'x')))));
    const text = formatPlanErrors('churn.handoff.json', errors);
    expect(text.split('\n')).toContain('churn.handoff.json: nodes[3].type: "modle" is not a node type');
    expect(formatPlanErrors('a.json', [{ path: '', message: 'is empty, not a plan' }])).toBe('a.json: is empty, not a plan');
  });
});

describe('a parsed plan', () => {
  it('keeps what it read', () => {
    const plan = loadSample();
    expect(serializePlan(plan)).toBe(SAMPLE_TEXT);
  });
});
