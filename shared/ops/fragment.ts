// Copy, paste and duplicate. A fragment is a set of nodes and the edges between
// them; pasting gives every entity in it (nodes, checklist items, requirements,
// edges) a new id, so ids stay unique when pasting twice or into another plan,
// and drops references to teams and people the target plan does not have.
import { z } from 'zod';
import { EdgeSchema, NodeSchema } from '../model/schema.js';
import type { Plan, PlanEdge, PlanNode, Raci } from '../model/types.js';
import { collectIds } from '../model/ids.js';
import { applyPatch, listOf } from './shared.js';

export interface PlanFragment {
  nodes: PlanNode[];
  edges: PlanEdge[];
}

/** Marks clipboard text as a Handoff Studio fragment. */
export const FRAGMENT_FORMAT = 'handoff-fragment';

export interface PasteOptions {
  /** A new, unused id for each old one (e.g. `freshIdsFor(plan)` from model/ids); called once per id. */
  idFor: (oldId: string) => string;
  /** How far to shift pasted nodes from where they were copied. */
  offset?: { x: number; y: number };
}

/** The named nodes (in plan order) and the edges running between them. */
export function extractFragment(plan: Plan, nodeIds: readonly string[]): PlanFragment {
  const ids = new Set(nodeIds);
  return {
    nodes: listOf(plan, 'nodes').filter((n) => ids.has(n.id)),
    edges: listOf(plan, 'edges').filter((e) => ids.has(e.source) && ids.has(e.target)),
  };
}

/** Clipboard text for a fragment. */
export function fragmentToText(fragment: PlanFragment): string {
  return JSON.stringify({ format: FRAGMENT_FORMAT, nodes: fragment.nodes, edges: fragment.edges });
}

const FragmentSchema = z.object({
  format: z.literal(FRAGMENT_FORMAT),
  nodes: z.array(NodeSchema),
  edges: z.array(EdgeSchema).default([]),
});

/** A fragment from clipboard text, or null when the text is not one (anything else on the clipboard). */
export function fragmentFromText(text: string): PlanFragment | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const result = FragmentSchema.safeParse(value);
  return result.success ? { nodes: result.data.nodes, edges: result.data.edges } : null;
}

function keepKnown(ids: string[] | undefined, known: ReadonlySet<string>): string[] | undefined {
  if (!ids) return ids;
  const kept = ids.filter((id) => known.has(id));
  return kept.length === ids.length ? ids : kept;
}

function raciFor(raci: Raci, people: ReadonlySet<string>): Raci {
  return applyPatch(raci, {
    responsible: keepKnown(raci.responsible, people),
    accountable: raci.accountable && people.has(raci.accountable) ? raci.accountable : undefined,
    consulted: keepKnown(raci.consulted, people),
    informed: keepKnown(raci.informed, people),
  });
}

/** Add a copy of the fragment to the plan with new ids; unchanged when the fragment is empty or an id clashes. */
export function pasteFragment(plan: Plan, fragment: PlanFragment, options: PasteOptions): Plan {
  if (fragment.nodes.length === 0) return plan;
  const issued = new Map<string, string>();
  const newId = (old: string) => {
    let id = issued.get(old);
    if (id === undefined) issued.set(old, (id = options.idFor(old)));
    return id;
  };
  const teams = new Set(listOf(plan, 'teams').map((t) => t.id));
  const people = new Set(listOf(plan, 'people').map((p) => p.id));
  const person = (id: string | undefined) => (id && people.has(id) ? id : undefined);
  const team = (id: string | undefined) => (id && teams.has(id) ? id : undefined);
  const frames = new Set(listOf(plan, 'frames').map((f) => f.id));
  const dx = options.offset?.x ?? 0;
  const dy = options.offset?.y ?? 0;

  const nodeIds = new Set(fragment.nodes.map((n) => n.id));
  const nodes = fragment.nodes.map((node) => ({
    ...applyPatch(node, {
      ownerTeamId: team(node.ownerTeamId),
      operatorTeamId: team(node.operatorTeamId),
      frameId: node.frameId && frames.has(node.frameId) ? node.frameId : undefined,
      raci: node.raci && raciFor(node.raci, people),
      handoff: node.handoff && applyPatch(node.handoff, { maintainerId: person(node.handoff.maintainerId) }),
      checklist: node.checklist?.map((item) => ({ ...applyPatch(item, { assigneeId: person(item.assigneeId) }), id: newId(item.id) })),
      requirements: node.requirements?.map((r) => ({ ...r, id: newId(r.id) })),
      position: { ...node.position, x: node.position.x + dx, y: node.position.y + dy },
    }),
    id: newId(node.id),
  }));
  const edges = fragment.edges
    .filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target))
    .map((e) => ({
      ...e,
      id: newId(e.id),
      source: newId(e.source),
      target: newId(e.target),
      ...(e.points ? { points: e.points.map((p) => ({ ...p, x: p.x + dx, y: p.y + dy })) } : {}),
    }));

  // A careless idFor must not break the plan's one promise about ids: refuse instead.
  const taken = collectIds(plan);
  const added = [...issued.values()];
  if (new Set(added).size !== added.length || added.some((id) => taken.has(id))) return plan;
  return { ...plan, nodes: [...listOf(plan, 'nodes'), ...nodes], edges: [...listOf(plan, 'edges'), ...edges] };
}

/** Copy nodes (and the edges between them) within the plan, shifted by `offset`. */
export function duplicateNodes(
  plan: Plan,
  nodeIds: readonly string[],
  idFor: (oldId: string) => string,
  offset: { x: number; y: number } = { x: 40, y: 40 },
): Plan {
  return pasteFragment(plan, extractFragment(plan, nodeIds), { idFor, offset });
}
