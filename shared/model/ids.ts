// Entity ids: random, so two people adding nodes to copies of one plan never
// collide when their plans are merged, and never renumbered (spec: ids are stable).
import type { Plan } from './types.js';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const RANDOM_LENGTH = 8;

function randomSuffix(): string {
  const bytes = new Uint8Array(RANDOM_LENGTH);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  // 256 is not a multiple of 36; the slight bias is harmless for ids.
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return out;
}

/**
 * A new id such as `n-k3x9q0ab`. `taken` lets the caller rule out ids already in
 * use (e.g. `(id) => collectIds(plan).has(id)`); a clash is retried.
 */
export function createId(prefix: string, taken?: (id: string) => boolean): string {
  for (;;) {
    const candidate = `${prefix}-${randomSuffix()}`;
    if (!taken || !taken(candidate)) return candidate;
  }
}

/** Every entity id in the plan (teams, people, nodes, checklist items, requirements, edges, frames, questions, sign-offs). */
export function collectIds(plan: Plan): Set<string> {
  const ids = new Set<string>();
  for (const team of plan.teams ?? []) ids.add(team.id);
  for (const person of plan.people ?? []) ids.add(person.id);
  for (const node of plan.nodes ?? []) {
    ids.add(node.id);
    for (const item of node.checklist ?? []) ids.add(item.id);
    for (const requirement of node.requirements ?? []) ids.add(requirement.id);
  }
  for (const edge of plan.edges ?? []) ids.add(edge.id);
  for (const frame of plan.frames ?? []) ids.add(frame.id);
  for (const question of plan.questions ?? []) ids.add(question.id);
  for (const signoff of plan.signoffs ?? []) ids.add(signoff.id);
  return ids;
}

/** The letters an id starts with (`n-billing` → `n`), so a copy gets a new id of the same kind. */
export function idPrefix(id: string): string {
  return /^[a-z]+/i.exec(id)?.[0] ?? 'id';
}

/**
 * An `idFor` for pasting or duplicating into `plan`: each old id gets one fresh
 * id with the same prefix, unique in the plan and among the ids it has handed out.
 */
export function freshIdsFor(plan: Plan): (oldId: string) => string {
  const taken = collectIds(plan);
  const issued = new Map<string, string>();
  return (oldId) => {
    const known = issued.get(oldId);
    if (known !== undefined) return known;
    const id = createId(idPrefix(oldId), (candidate) => taken.has(candidate));
    taken.add(id);
    issued.set(oldId, id);
    return id;
  };
}
