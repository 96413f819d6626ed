// Writing a plan in the spec's canonical form: keys in the spec's order (the
// schemas' order), unknown fields after the known ones in the order read, empty
// optional fields left out, 2-space indent, final newline. Same plan, same bytes.
import { z } from 'zod';
import { PlanSchema } from './schema.js';
import type { Plan } from './types.js';

interface Shape {
  keys: readonly string[];
  required: ReadonlySet<string>;
  /** For fields holding an object or an array of objects: that object's shape. */
  children: ReadonlyMap<string, Shape>;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    if (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else return s;
  }
}

function shapeOf(schema: z.ZodObject): Shape {
  const keys = Object.keys(schema.shape);
  const required = new Set<string>();
  const children = new Map<string, Shape>();
  for (const key of keys) {
    const field = schema.shape[key] as z.ZodType;
    if (!(field instanceof z.ZodOptional)) required.add(key);
    const inner = unwrap(field);
    if (inner instanceof z.ZodObject) children.set(key, shapeOf(inner));
  }
  return { keys, required, children };
}

const PLAN_SHAPE = shapeOf(PlanSchema);

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

function canonical(value: unknown, shape: Shape | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => canonical(v, shape));
  if (!shape || typeof value !== 'object' || value === null) return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of shape.keys) {
    if (!(key in source)) continue;
    const v = canonical(source[key], shape.children.get(key));
    if (v === undefined) continue;
    if (!shape.required.has(key) && isEmpty(v)) continue;
    out[key] = v;
  }
  for (const key of Object.keys(source)) {
    if (shape.keys.includes(key) || source[key] === undefined) continue;
    out[key] = source[key];
  }
  return out;
}

/** The plan in canonical key order with empty optional fields removed. */
export function canonicalizePlan(plan: Plan): Plan {
  return canonical(plan, PLAN_SHAPE) as Plan;
}

/** The canonical file text of a plan. */
export function serializePlan(plan: Plan): string {
  return `${JSON.stringify(canonicalizePlan(plan), null, 2)}\n`;
}
