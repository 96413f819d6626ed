// Which sign-offs still hold. A sign-off is valid while what it signed hashes the
// same; stale once it changed (or, for a node, once the node is gone). Sign-offs
// are never rewritten: signing again adds a new one, and the older ones stay as
// history. The current one of a person, a role and a target is the last in the list.
import type { Plan, PlanNode, SignOff } from '../model/types.js';
import { isHandoffPoint } from '../rules/graph.js';
import { PHASES, phaseIndex, type Phase } from '../model/vocabulary.js';
import { signedHash } from './content.js';

export type SignOffState = 'valid' | 'stale';

export interface SignOffStatus {
  signoff: SignOff;
  state: SignOffState;
  /** False when a later sign-off of the same person, role and target replaces it. */
  current: boolean;
}

const targetKey = (s: SignOff): string => (s.nodeId !== undefined ? `node:${s.nodeId}` : `gate:${s.gate}`);
const currentKey = (s: SignOff): string => `${targetKey(s)}|${s.personId}|${s.role}`;

/** Plans are immutable: the rule, the sign-off panels and the quick fixes share one answer per plan. */
const statusCache = new WeakMap<Plan, SignOffStatus[]>();

/** Every sign-off of the plan with its state, in the plan's order. Hashes are computed once per target, statuses once per plan. */
export function signOffStatuses(plan: Plan): SignOffStatus[] {
  let statuses = statusCache.get(plan);
  if (!statuses) statusCache.set(plan, (statuses = computeStatuses(plan)));
  return statuses;
}

function computeStatuses(plan: Plan): SignOffStatus[] {
  const signoffs = plan.signoffs ?? [];
  const hashes = new Map<string, string>();
  const hashOf = (s: SignOff) => {
    const key = targetKey(s);
    let hash = hashes.get(key);
    if (hash === undefined) {
      hash = s.nodeId !== undefined && !(plan.nodes ?? []).some((n) => n.id === s.nodeId) ? '' : signedHash(plan, s);
      hashes.set(key, hash);
    }
    return hash;
  };
  const lastIndex = new Map<string, number>();
  signoffs.forEach((s, i) => lastIndex.set(currentKey(s), i));
  return signoffs.map((signoff, i) => ({
    signoff,
    state: hashOf(signoff) === signoff.hash ? 'valid' : 'stale',
    current: lastIndex.get(currentKey(signoff)) === i,
  }));
}

/** The sign-offs of one node, newest first. */
export function nodeSignOffs(statuses: readonly SignOffStatus[], nodeId: string): SignOffStatus[] {
  return statuses.filter((s) => s.signoff.nodeId === nodeId).reverse();
}

/**
 * The phase gates the plan is past: every phase before the current one, and any
 * phase whose milestone is marked done.
 */
export function passedGates(plan: Plan): Phase[] {
  const current = phaseIndex(plan.phase);
  const done = new Set((plan.milestones ?? []).filter((m) => m.done).map((m) => m.phase));
  return PHASES.filter((p) => phaseIndex(p) < current || done.has(p));
}

/** The two sides of a handoff point whose agreement makes it signed. */
export type HandoffSide = 'owner' | 'operator';

export interface MissingSide {
  node: PlanNode;
  side: HandoffSide;
  /** The team that side is: the node's owner or operator team. */
  teamId: string;
}

/**
 * The sides of each handoff point that lack a sign-off among `signoffs`: a side is
 * covered by a sign-off in its role (owner or operator) from a person of its team.
 */
export function missingSides(plan: Plan, signoffs: readonly SignOff[]): MissingSide[] {
  const teamOf = new Map((plan.people ?? []).map((p) => [p.id, p.teamId]));
  const signed = new Set(signoffs.map((s) => `${s.role}|${teamOf.get(s.personId) ?? ''}`));
  const missing: MissingSide[] = [];
  for (const node of plan.nodes ?? []) {
    if (node.type === 'note' || !isHandoffPoint(node)) continue;
    for (const side of ['owner', 'operator'] as const) {
      const teamId = (side === 'owner' ? node.ownerTeamId : node.operatorTeamId) ?? '';
      if (!signed.has(`${side}|${teamId}`)) missing.push({ node, side, teamId });
    }
  }
  return missing;
}

/** The handoff points without a valid, current sign-off from both their owner and their operator side. */
export function unsignedHandoffs(plan: Plan, statuses: readonly SignOffStatus[] = signOffStatuses(plan)): PlanNode[] {
  const nodes = new Map<string, PlanNode>();
  for (const node of plan.nodes ?? []) {
    if (node.type === 'note' || !isHandoffPoint(node)) continue;
    const valid = statuses.filter((s) => s.current && s.state === 'valid' && s.signoff.nodeId === node.id).map((s) => s.signoff);
    const single = { ...plan, nodes: [node] };
    if (missingSides(single, valid).length > 0) nodes.set(node.id, node);
  }
  return [...nodes.values()];
}
