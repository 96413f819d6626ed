// The JSON Schema shipped for editors: generated from the same zod schemas as the
// app, committed, and checked here so it can never drift from them.
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPlanJsonSchemaText, JSON_SCHEMA_FILE } from '../../scripts/write-json-schema.js';
import { SAMPLE_TEXT } from './support/sample-plan.js';

const committed = readFileSync(JSON_SCHEMA_FILE, 'utf8');
const schema = JSON.parse(committed);
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

function sampleWith(edit: (plan: Record<string, any>) => void) {
  const plan = JSON.parse(SAMPLE_TEXT);
  edit(plan);
  return plan;
}

describe('schema/handoff-plan.schema.json', () => {
  it('is exactly what `npm run schema` generates now', () => {
    expect(committed).toBe(buildPlanJsonSchemaText());
  });

  it('identifies itself and pins the format', () => {
    expect(schema.$id).toBe('urn:handoff-studio:schema:handoff-plan:1');
    expect(schema.title).toBe('Handoff Studio plan');
    expect(schema.properties.format).toMatchObject({ const: 'handoff-plan' });
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'id', 'title', 'phase']));
  });

  it('accepts the sample plan, unknown fields included', () => {
    expect(validate(JSON.parse(SAMPLE_TEXT))).toBe(true);
    expect(validate(sampleWith((p) => ((p.addedLater = { x: 1 }), (p.nodes[0].layer = 'bronze'))))).toBe(true);
  });

  it('flags what the app would refuse, at the same path', () => {
    expect(validate(sampleWith((p) => (p.nodes[3].type = 'modle')))).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toContain('/nodes/3/type');
    expect(validate(sampleWith((p) => (p.title = '')))).toBe(false);
    expect(validate(sampleWith((p) => (p.format = 'excalidraw')))).toBe(false);
    expect(validate(sampleWith((p) => (p.milestones[0].targetDate = '15.08.2026')))).toBe(false);
    expect(validate(sampleWith((p) => delete p.nodes[0].position))).toBe(false);
    expect(validate(sampleWith((p) => (p.nodes[2].checklist[0].done = 'yes')))).toBe(false);
  });
});
