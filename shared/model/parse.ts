// Reading a plan file: text in, a validated plan or errors a person can act on out.
// Never throws: every failure becomes a PlanError with the JSON path and the problem.
import type { z } from 'zod';
import { describeJsonError } from './json-error.js';
import { PlanSchema } from './schema.js';
import type { Plan } from './types.js';
import { CURRENT_FORMAT_VERSION, PLAN_FORMAT } from './vocabulary.js';

export interface PlanError {
  /** JSON path such as `nodes[3].type`; empty for the document as a whole. */
  path: string;
  message: string;
}

export type ParseResult =
  | { ok: true; plan: Plan }
  | {
      ok: false;
      errors: PlanError[];
      /** Set when the file is a plan of a newer format version than this app knows. */
      newerVersion?: number;
      /** For a newer version that still fits this app's schema: the plan, to show read-only. */
      readOnlyPlan?: Plan;
    };

const MAX_ERRORS = 20;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** `plan.handoff.json: nodes[3].type: "modle" is not a node type`, one line per error. */
export function formatPlanErrors(fileName: string, errors: readonly PlanError[]): string {
  return errors.map((e) => (e.path ? `${fileName}: ${e.path}: ${e.message}` : `${fileName}: ${e.message}`)).join('\n');
}

function fail(message: string, path = ''): ParseResult {
  return { ok: false, errors: [{ path, message }] };
}

function zodErrors(error: z.ZodError): PlanError[] {
  return error.issues.slice(0, MAX_ERRORS).map((issue) => {
    let message = issue.message;
    if (issue.code === 'invalid_type' && /received undefined/.test(message)) message = 'is required';
    if (issue.code === 'invalid_union') message = 'has the wrong shape';
    return { path: formatPath(issue.path), message };
  });
}

/** Every entity id must be unique across the whole plan (spec: "unique within the plan"). */
export function findDuplicateIds(plan: Plan): PlanError[] {
  const seen = new Map<string, string>();
  const errors: PlanError[] = [];
  const visit = (entityId: string, path: string) => {
    const first = seen.get(entityId);
    if (first !== undefined) errors.push({ path: `${path}.id`, message: `${JSON.stringify(entityId)} is already the id of ${first}` });
    else seen.set(entityId, path);
  };
  plan.teams?.forEach((t, i) => visit(t.id, `teams[${i}]`));
  plan.people?.forEach((p, i) => visit(p.id, `people[${i}]`));
  plan.nodes?.forEach((n, i) => {
    visit(n.id, `nodes[${i}]`);
    n.checklist?.forEach((c, j) => visit(c.id, `nodes[${i}].checklist[${j}]`));
    n.requirements?.forEach((r, j) => visit(r.id, `nodes[${i}].requirements[${j}]`));
  });
  plan.edges?.forEach((e, i) => visit(e.id, `edges[${i}]`));
  plan.frames?.forEach((f, i) => visit(f.id, `frames[${i}]`));
  plan.questions?.forEach((q, i) => visit(q.id, `questions[${i}]`));
  plan.signoffs?.forEach((s, i) => visit(s.id, `signoffs[${i}]`));
  return errors.slice(0, MAX_ERRORS);
}

/** Validate an already-parsed JSON value as a plan. */
export function validatePlanValue(value: unknown): ParseResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(`is not a Handoff Studio plan (expected a JSON object with "format": "${PLAN_FORMAT}")`);
  }
  const record = value as Record<string, unknown>;
  if (record.format !== PLAN_FORMAT) {
    return record.format === undefined
      ? fail(`is not a Handoff Studio plan (it has no "format": "${PLAN_FORMAT}")`)
      : fail(`${JSON.stringify(record.format)} is not "${PLAN_FORMAT}": this is not a Handoff Studio plan`, 'format');
  }
  const version = record.version;
  const newer = typeof version === 'number' && Number.isInteger(version) && version > CURRENT_FORMAT_VERSION;

  const result = PlanSchema.safeParse(value);
  const errors = result.success ? findDuplicateIds(result.data) : zodErrors(result.error);

  if (newer) {
    const message = `was written in format version ${version}, newer than this app reads (version ${CURRENT_FORMAT_VERSION}); update Handoff Studio to edit it`;
    return {
      ok: false,
      errors: [{ path: 'version', message }],
      newerVersion: version,
      ...(result.success && errors.length === 0 ? { readOnlyPlan: result.data } : {}),
    };
  }
  if (!result.success || errors.length > 0) return { ok: false, errors };
  if (result.data.version !== CURRENT_FORMAT_VERSION) {
    return fail(`${result.data.version} is not a format version this app knows`, 'version');
  }
  return { ok: true, plan: result.data };
}

/** Parse the text of a `*.handoff.json` file. */
export function parsePlan(text: string): ParseResult {
  if (typeof text !== 'string') return fail('could not be read as text');
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail('is empty, not a plan');
  if (body.includes('\u0000') || /\uFFFD/.test(body.slice(0, 1024))) return fail('is a binary file, not a plan');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (err) {
    return fail(describeJsonError(body, err));
  }
  return validatePlanValue(value);
}
