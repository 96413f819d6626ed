// Writes schema/handoff-plan.schema.json from the zod schemas (the one source of
// the format), so editors such as VS Code validate `*.handoff.json` files.
// Run: `npm run schema`. test/unit/json-schema.test.ts fails when the committed
// file differs from what this produces, so the file cannot go stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { PlanSchema } from '../shared/model/schema.js';
import { CURRENT_FORMAT_VERSION } from '../shared/model/vocabulary.js';

export const JSON_SCHEMA_FILE = fileURLToPath(new URL('../schema/handoff-plan.schema.json', import.meta.url));

/** The JSON Schema text, exactly as committed. */
export function buildPlanJsonSchemaText(): string {
  // draft-7: the draft editors' JSON language services support most completely.
  const generated = z.toJSONSchema(PlanSchema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  const schema = {
    $schema,
    $id: `urn:handoff-studio:schema:handoff-plan:${CURRENT_FORMAT_VERSION}`,
    title: 'Handoff Studio plan',
    description:
      'A Handoff Studio plan (*.handoff.json): the pipeline of one model, who is responsible for each part, phase-gate checklists and what IT is asked to provide. Generated from the app\'s schema; see docs/plan-format.md.',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(JSON_SCHEMA_FILE, buildPlanJsonSchemaText());
  console.log(`wrote ${JSON_SCHEMA_FILE}`);
}
