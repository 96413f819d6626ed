// Copy, paste and duplicate. A fragment is a set of nodes and the edges between
// them, with the names of the teams and people they refer to; pasting gives every
// entity in it (nodes, checklist items, requirements, edges) a new id, so ids stay
// unique when pasting twice or into another plan. Teams and people are matched by
// name in the target plan (an id means nothing in another plan: "team-1" there is
// some other team); what has no match there is left empty and named.
import { z } from 'zod';
import { EdgeSchema, NodeSchema } from '../model/schema.js';
import type { Plan, PlanEdge, PlanNode, Raci } from '../model/types.js';
import { collectIds } from '../model/ids.js';
import { applyPatch, listOf } from './shared.js';

/** A team or person a fragment refers to, as the plan it was copied from names it. */
export interface NamedRef {
  id: string;
  name: string;
}

export interface PlanFragment {
  nodes: PlanNode[];
  edges: PlanEdge[];
  /** The teams and people the nodes refer to (absent in fragments of older versions: then ids are kept where the plan has them). */
  teams?: NamedRef[];
  people?: NamedRef[];
}

/** Marks clipboard text as a Handoff Studio fragment. */
export const FRAGMENT_FORMAT = 'handoff-fragment';

export interface PasteOptions {
  /** A new, unused id for each old one (e.g. `freshIdsFor(plan)` from model/ids); called once per id. */
  idFor: (oldId: string) => string;
  /** How far to shift pasted nodes from where they were copied. */
  offset?: { x: number; y: number };
}

/** The team and person ids a node refers to. */
function referencesOf(node: PlanNode): { teams: string[]; people: string[] } {
  const raci = node.raci;
  return {
    teams: [node.ownerTeamId, node.operatorTeamId].filter((id): id is string => Boolean(id)),
    people: [
      ...(raci?.responsible ?? []),
      ...(raci?.accountable ? [raci.accountable] : []),
      ...(raci?.consulted ?? []),
      ...(raci?.informed ?? []),
      ...(node.handoff?.maintainerId ? [node.handoff.maintainerId] : []),
      ...(node.checklist ?? []).flatMap((item) => (item.assigneeId ? [item.assigneeId] : [])),
    ],
  };
}

/** The named nodes (in plan order), the edges running between them and the teams and people they name. */
export function extractFragment(plan: Plan, nodeIds: readonly string[]): PlanFragment {
  const ids = new Set(nodeIds);
  const nodes = listOf(plan, 'nodes').filter((n) => ids.has(n.id));
  const teamIds = new Set(nodes.flatMap((n) => referencesOf(n).teams));
  const personIds = new Set(nodes.flatMap((n) => referencesOf(n).people));
  return {
    nodes,
    edges: listOf(plan, 'edges').filter((e) => ids.has(e.source) && ids.has(e.target)),
    teams: listOf(plan, 'teams').filter((t) => teamIds.has(t.id)).map(({ id, name }) => ({ id, name })),
    people: listOf(plan, 'people').filter((p) => personIds.has(p.id)).map(({ id, name }) => ({ id, name })),
  };
}

/** Clipboard text for a fragment. */
export function fragmentToText(fragment: PlanFragment): string {
  return JSON.stringify({ format: FRAGMENT_FORMAT, nodes: fragment.nodes, edges: fragment.edges, teams: fragment.teams, people: fragment.people });
}

const NamedRefSchema = z.object({ id: z.string(), name: z.string() });

const FragmentSchema = z.object({
  format: z.literal(FRAGMENT_FORMAT),
  nodes: z.array(NodeSchema),
  edges: z.array(EdgeSchema).default([]),
  teams: z.array(NamedRefSchema).optional(),
  people: z.array(NamedRefSchema).optional(),
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
  if (!result.success) return null;
  const { nodes, edges, teams, people } = result.data;
  return { nodes, edges, ...(teams ? { teams } : {}), ...(people ? { people } : {}) };
}

/** How a fragment's team and person ids become the target plan's, and the names that have no match there. */
export interface FragmentMapping {
  teams: ReadonlyMap<string, string>;
  people: ReadonlyMap<string, string>;
  /** Names (or, for fragments without names, ids) of the teams and people the plan does not have. */
  unmappedTeams: string[];
  unmappedPeople: string[];
}

const nameKey = (name: string) => name.trim().toLocaleLowerCase();

function mapByName(
  referred: ReadonlySet<string>,
  named: readonly NamedRef[] | undefined,
  target: readonly { id: string; name: string }[],
): { map: Map<string, string>; unmapped: string[] } {
  const map = new Map<string, string>();
  const unmapped: string[] = [];
  const targetIds = new Set(target.map((t) => t.id));
  const byName = new Map(target.map((t) => [nameKey(t.name), t.id] as const));
  const names = new Map((named ?? []).map((ref) => [ref.id, ref.name] as const));
  for (const id of referred) {
    const name = names.get(id);
    const match = name !== undefined ? byName.get(nameKey(name)) : targetIds.has(id) ? id : undefined;
    if (match) map.set(id, match);
    else unmapped.push(name ?? id);
  }
  return { map, unmapped };
}

/** Matches the fragment's teams and people to the plan's by name (by id only for fragments that carry no names). */
export function fragmentMapping(plan: Plan, fragment: PlanFragment): FragmentMapping {
  const teams = mapByName(new Set(fragment.nodes.flatMap((n) => referencesOf(n).teams)), fragment.teams, listOf(plan, 'teams'));
  const people = mapByName(new Set(fragment.nodes.flatMap((n) => referencesOf(n).people)), fragment.people, listOf(plan, 'people'));
  return { teams: teams.map, people: people.map, unmappedTeams: teams.unmapped, unmappedPeople: people.unmapped };
}

function mapKnown(ids: string[] | undefined, map: ReadonlyMap<string, string>): string[] | undefined {
  if (!ids) return ids;
  const mapped = ids.flatMap((id) => (map.has(id) ? [map.get(id)!] : []));
  return mapped.length === ids.length && mapped.every((id, i) => id === ids[i]) ? ids : mapped;
}

function raciFor(raci: Raci, people: ReadonlyMap<string, string>): Raci {
  return applyPatch(raci, {
    responsible: mapKnown(raci.responsible, people),
    accountable: raci.accountable ? people.get(raci.accountable) : undefined,
    consulted: mapKnown(raci.consulted, people),
    informed: mapKnown(raci.informed, people),
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
  const { teams, people } = fragmentMapping(plan, fragment);
  const person = (id: string | undefined) => (id ? people.get(id) : undefined);
  const team = (id: string | undefined) => (id ? teams.get(id) : undefined);
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
