// What a sign-off signs, as a hash (an extension: docs/format-extensions.md).
// A handoff point is signed as its canonical content — fields, checklist,
// requirements and the edges that touch it — without its canvas position and size, so
// moving or resizing it or editing anything else keeps the sign-off valid. A phase gate is
// signed as the whole plan's canonical content less what is not the plan's
// substance: canvas positions, meta, the sign-offs themselves (signing one must
// not stale another) and the marks of passing the gate (the phase and the
// milestones' `done`), since signing a gate and then moving on is the point.
import { stableJson } from '../merge/entities.js';
import { sha256Hex } from '../merge/sha256.js';
import { canonicalizePlan } from '../model/serialize.js';
import type { Plan, SignOff } from '../model/types.js';

/** What a sign-off is about: one node (a handoff point) or one phase gate. */
export type SignOffTarget = Pick<SignOff, 'nodeId' | 'gate'>;

function withoutKeys(value: object, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k)));
}

/** The signed content of a node, or null when the plan has no such node. */
export function nodeSignedContent(plan: Plan, nodeId: string): unknown {
  const canonical = canonicalizePlan(plan);
  const node = canonical.nodes?.find((n) => n.id === nodeId);
  if (!node) return null;
  const edges = (canonical.edges ?? [])
    .filter((e) => e.source === nodeId || e.target === nodeId)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { node: withoutKeys(node, ['position', 'size']), edges };
}

/** The signed content of a phase gate: the plan less positions and sizes, meta, sign-offs, phase and milestones' done marks. */
export function gateSignedContent(plan: Plan): unknown {
  const canonical = canonicalizePlan(plan);
  return {
    ...withoutKeys(canonical, ['meta', 'signoffs', 'phase', 'milestones', 'nodes']),
    milestones: (canonical.milestones ?? []).map((m) => withoutKeys(m, ['done'])),
    nodes: (canonical.nodes ?? []).map((n) => withoutKeys(n, ['position', 'size'])),
  };
}

/** SHA-256 (hex) of the signed content: what a sign-off records and is later compared against. */
export function signedHash(plan: Plan, target: SignOffTarget): string {
  const content = target.nodeId !== undefined ? nodeSignedContent(plan, target.nodeId) : gateSignedContent(plan);
  return sha256Hex(stableJson(content));
}
