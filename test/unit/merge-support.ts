// Random plans and random edit sequences for the merge property tests, built from the
// schema's vocabularies and the editor's own operations (shared/ops), plus a few edits
// the editor has no operation for (unknown fields, moving an item to another node),
// written as direct immutable edits.
import * as fc from 'fast-check';
import type { ChecklistItem, Plan, PlanEdge, PlanNode, Question, Requirement } from '../../shared/model/types.js';
import {
  CLASSIFICATIONS,
  NODE_TYPES,
  PHASES,
  PRIORITIES,
  PROTOCOLS,
  QUESTION_KINDS,
  REQUIREMENT_CATEGORIES,
  TEAM_KINDS,
} from '../../shared/model/vocabulary.js';
import * as ops from '../../shared/ops/index.js';
import { parsePlan } from '../../shared/model/parse.js';
import { canonicalizePlan, serializePlan } from '../../shared/model/serialize.js';

// Small pools, so both branches often make the very same change.
const word = fc.constantFrom('alpha', 'beta', 'gamma', 'delta');
const date = fc.constantFrom('2026-01-15', '2026-06-30', '2027-03-01');
const coord = fc.integer({ min: -3, max: 3 }).map((n) => n * 100);
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Drop undefined fields (an absent optional field is absent, not undefined). */
function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const nodeSpec = fc.record({
  type: fc.constantFrom(...NODE_TYPES),
  title: word,
  x: coord,
  y: coord,
  description: opt(word),
  owner: opt(fc.nat(3)),
  responsible: fc.uniqueArray(fc.nat(3), { maxLength: 3 }),
  classification: opt(fc.constantFrom(...CLASSIFICATIONS)),
  extra: opt(word),
  checklist: fc.array(fc.record({ text: word, done: fc.boolean(), phase: opt(fc.constantFrom(...PHASES)) }), { maxLength: 3 }),
  requirements: fc.array(
    fc.record({ category: fc.constantFrom(...REQUIREMENT_CATEGORIES), text: word, priority: fc.constantFrom(...PRIORITIES) }),
    { maxLength: 2 },
  ),
});

/** A random valid plan: ids are unique, references point at existing entities. */
export const planArb: fc.Arbitrary<Plan> = fc
  .record({
    title: word,
    summary: opt(word),
    phase: fc.constantFrom(...PHASES),
    objective: opt(word),
    kpis: fc.uniqueArray(fc.record({ name: word, target: opt(word) }), { selector: (k) => k.name, maxLength: 2 }),
    milestones: fc.uniqueArray(fc.record({ phase: fc.constantFrom(...PHASES), targetDate: opt(date), done: opt(fc.boolean()) }), {
      selector: (m) => m.phase,
      maxLength: 3,
    }),
    teams: fc.array(fc.record({ name: word, kind: fc.constantFrom(...TEAM_KINDS) }), { minLength: 1, maxLength: 3 }),
    people: fc.array(fc.record({ name: word, team: fc.nat(3) }), { minLength: 1, maxLength: 4 }),
    nodes: fc.array(nodeSpec, { minLength: 1, maxLength: 6 }),
    edges: fc.array(fc.record({ s: fc.nat(9), t: fc.nat(9), protocol: opt(fc.constantFrom(...PROTOCOLS)), contract: opt(word) }), {
      maxLength: 6,
    }),
    questions: fc.array(fc.record({ kind: fc.constantFrom(...QUESTION_KINDS), text: word, node: opt(fc.nat(9)) }), { maxLength: 3 }),
    extension: opt(fc.record({ a: word, b: fc.array(word, { maxLength: 2 }) })),
  })
  .map((s) => {
    const teams = s.teams.map((t, i) => ({ id: `team-${i}`, ...t }));
    const people = s.people.map((p, i) => clean({ id: `p-${i}`, name: p.name, teamId: teams[p.team % teams.length].id }));
    const nodes: PlanNode[] = s.nodes.map((n, i) =>
      clean({
        id: `n-${i}`,
        type: n.type,
        title: n.title,
        description: n.description,
        position: { x: n.x, y: n.y },
        ownerTeamId: n.owner === undefined ? undefined : teams[n.owner % teams.length].id,
        raci: n.responsible.length ? { responsible: [...new Set(n.responsible.map((r) => people[r % people.length].id))] } : undefined,
        data: n.classification ? { classification: n.classification } : undefined,
        checklist: n.checklist.map((c, j) => clean({ id: `c-${i}-${j}`, ...c })),
        requirements: n.requirements.map((r, j) => ({ id: `r-${i}-${j}`, ...r })),
        'x-colour': n.extra,
      }) as PlanNode,
    );
    const edges: PlanEdge[] = s.edges.map((e, i) =>
      clean({ id: `e-${i}`, source: nodes[e.s % nodes.length].id, target: nodes[e.t % nodes.length].id, protocol: e.protocol, contract: e.contract }),
    );
    const questions: Question[] = s.questions.map((q, i) =>
      clean({ id: `q-${i}`, kind: q.kind, text: q.text, status: 'open' as const, nodeId: q.node === undefined ? undefined : nodes[q.node % nodes.length].id }),
    );
    return clean({
      format: 'handoff-plan' as const,
      version: 1,
      id: 'plan-random',
      title: s.title,
      summary: s.summary,
      business: clean({ objective: s.objective, kpis: s.kpis.map((k) => clean(k)) }),
      phase: s.phase,
      milestones: s.milestones.map((m) => clean(m)),
      teams,
      people,
      nodes,
      edges,
      questions,
      'x-extension': s.extension,
    }) as Plan;
  });

/** An edit, described abstractly: `pick` chooses an existing entity (modulo the list's length) when applied. */
export type Edit = { op: string; pick: number; other: number; text: string; flag: boolean; x: number; y: number };

const OPS = [
  'addNode', 'moveNode', 'renameNode', 'describeNode', 'setOwner', 'addResponsible', 'dropResponsible', 'setNodeExtra',
  'removeNode', 'connect', 'editEdgeContract', 'setProtocol', 'removeEdge',
  'addItem', 'toggleItem', 'editItemText', 'moveItemWithinNode', 'moveItemToNode', 'removeItem',
  'addRequirement', 'editRequirementText', 'setPriority', 'removeRequirement',
  'addTeam', 'renameTeam', 'removeTeam', 'addPerson', 'renamePerson', 'removePerson',
  'addQuestion', 'resolveQuestion', 'removeQuestion',
  'setPhase', 'setTitle', 'setObjective', 'setMilestone', 'addKpi', 'setExtension',
] as const;

export const editArb: fc.Arbitrary<Edit> = fc.record({
  op: fc.constantFrom(...OPS),
  pick: fc.nat(20),
  other: fc.nat(20),
  text: word,
  flag: fc.boolean(),
  x: coord,
  y: coord,
});

const allItems = (plan: Plan): ChecklistItem[] => (plan.nodes ?? []).flatMap((n) => n.checklist ?? []);
const allRequirements = (plan: Plan): Requirement[] => (plan.nodes ?? []).flatMap((n) => n.requirements ?? []);
const pickFrom = <T>(list: readonly T[] | undefined, n: number): T | undefined => (list && list.length ? list[n % list.length] : undefined);

/**
 * Applies edits on one branch. New ids are `<branch>-<n>`, so the two branches never
 * clash — except when `shareIds` is set: then both branches draw from one small
 * pool, and two different entities can take one id (the merge must catch that).
 */
export function applyEdits(plan: Plan, edits: readonly Edit[], branch: string, shareIds = false): Plan {
  let counter = 0;
  const newId = (prefix: string) => (shareIds ? `new-${counter++ % 3}` : `${branch}-${prefix}-${counter++}`);
  let p = plan;
  for (const e of edits) {
    const node = pickFrom(p.nodes, e.pick);
    const edge = pickFrom(p.edges, e.pick);
    const item = pickFrom(allItems(p), e.pick);
    const req = pickFrom(allRequirements(p), e.pick);
    const team = pickFrom(p.teams, e.pick);
    const person = pickFrom(p.people, e.pick);
    const question = pickFrom(p.questions, e.pick);
    const otherNode = pickFrom(p.nodes, e.other);
    switch (e.op) {
      case 'addNode':
        p = ops.addNode(p, { id: newId('n'), type: NODE_TYPES[e.pick % NODE_TYPES.length], title: e.text, position: { x: e.x, y: e.y } });
        break;
      case 'moveNode':
        if (node) p = ops.moveNodes(p, { [node.id]: { x: e.x, y: e.y } });
        break;
      case 'renameNode':
        if (node) p = ops.updateNode(p, node.id, { title: e.text });
        break;
      case 'describeNode':
        if (node) p = ops.updateNode(p, node.id, { description: e.flag ? e.text : undefined });
        break;
      case 'setOwner':
        if (node) p = ops.updateNode(p, node.id, { ownerTeamId: pickFrom(p.teams, e.other)?.id });
        break;
      case 'addResponsible':
      case 'dropResponsible': {
        const who = pickFrom(p.people, e.other);
        if (!node || !who) break;
        const current = node.raci?.responsible ?? [];
        const responsible = e.op === 'addResponsible' ? [...new Set([...current, who.id])] : current.filter((id) => id !== who.id);
        p = ops.updateNode(p, node.id, { raci: { ...node.raci, responsible } });
        break;
      }
      case 'setNodeExtra':
        // An unknown field, as a newer app would write it.
        if (node) p = { ...p, nodes: p.nodes!.map((n) => (n.id === node.id ? { ...n, 'x-colour': e.text } : n)) };
        break;
      case 'removeNode':
        if (node) p = ops.removeNodes(p, [node.id]);
        break;
      case 'connect':
        if (node && otherNode) p = ops.connect(p, { id: newId('e'), source: node.id, target: otherNode.id });
        break;
      case 'editEdgeContract':
        if (edge) p = ops.updateEdge(p, edge.id, { contract: e.text });
        break;
      case 'setProtocol':
        if (edge) p = ops.updateEdge(p, edge.id, { protocol: PROTOCOLS[e.other % PROTOCOLS.length] });
        break;
      case 'removeEdge':
        if (edge) p = ops.removeEdges(p, [edge.id]);
        break;
      case 'addItem':
        if (node) p = ops.addChecklistItem(p, node.id, { id: newId('c'), text: e.text, done: e.flag });
        break;
      case 'toggleItem':
        if (item) p = ops.toggleChecklistItem(p, item.id, e.flag);
        break;
      case 'editItemText':
        if (item) p = ops.updateChecklistItem(p, item.id, { text: e.text });
        break;
      case 'moveItemWithinNode':
        if (item) p = ops.moveChecklistItem(p, item.id, e.other % 3);
        break;
      case 'moveItemToNode':
        // No editor operation moves an item between nodes; a script or a newer app might.
        if (item && otherNode) {
          const without = p.nodes!.map((n) => ({ ...n, checklist: (n.checklist ?? []).filter((c) => c.id !== item.id) }));
          p = { ...p, nodes: without.map((n) => (n.id === otherNode.id ? { ...n, checklist: [...n.checklist, item] } : n)) };
        }
        break;
      case 'removeItem':
        if (item) p = ops.removeChecklistItem(p, item.id);
        break;
      case 'addRequirement':
        if (node) p = ops.addRequirement(p, node.id, { id: newId('r'), category: 'security', text: e.text, priority: 'must' });
        break;
      case 'editRequirementText':
        if (req) p = ops.updateRequirement(p, req.id, { text: e.text });
        break;
      case 'setPriority':
        if (req) p = ops.updateRequirement(p, req.id, { priority: PRIORITIES[e.other % PRIORITIES.length] });
        break;
      case 'removeRequirement':
        if (req) p = ops.removeRequirement(p, req.id);
        break;
      case 'addTeam':
        p = ops.addTeam(p, { id: newId('team'), name: e.text, kind: 'it' });
        break;
      case 'renameTeam':
        if (team) p = ops.updateTeam(p, team.id, { name: e.text });
        break;
      case 'removeTeam':
        if (team) p = ops.removeTeam(p, team.id);
        break;
      case 'addPerson':
        p = ops.addPerson(p, { id: newId('p'), name: e.text });
        break;
      case 'renamePerson':
        if (person) p = ops.updatePerson(p, person.id, { name: e.text });
        break;
      case 'removePerson':
        if (person) p = ops.removePerson(p, person.id);
        break;
      case 'addQuestion':
        p = ops.addQuestion(p, { id: newId('q'), kind: 'risk', text: e.text, status: 'open', nodeId: otherNode?.id });
        break;
      case 'resolveQuestion':
        if (question) p = ops.updateQuestion(p, question.id, { status: 'resolved', resolution: e.text });
        break;
      case 'removeQuestion':
        if (question) p = ops.removeQuestion(p, question.id);
        break;
      case 'setPhase':
        p = ops.setPhase(p, PHASES[e.pick % PHASES.length]);
        break;
      case 'setTitle':
        p = ops.updatePlanFields(p, { title: e.text });
        break;
      case 'setObjective':
        p = ops.updateBusiness(p, { objective: e.flag ? e.text : undefined });
        break;
      case 'setMilestone':
        p = ops.setMilestone(p, PHASES[e.pick % PHASES.length], e.flag ? { done: true } : { targetDate: '2027-03-01' });
        break;
      case 'addKpi': {
        const kpis = p.business?.kpis ?? [];
        if (!kpis.some((k) => k.name === e.text)) p = ops.updateBusiness(p, { kpis: [...kpis, { name: e.text, target: 'up' }] });
        break;
      }
      case 'setExtension':
        p = { ...p, 'x-extension': { a: e.text, b: e.flag ? [e.text] : [] } };
        break;
    }
  }
  return p;
}

export const editsArb = fc.array(editArb, { maxLength: 8 });

/**
 * The plan with every list sorted by id (and plain string lists sorted), as text:
 * equal for plans that differ only in the order of entities — which is where two
 * merges with the sides swapped may legitimately differ.
 */
export function orderFree(plan: Plan): string {
  const sortDeep = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      const items = value.map(sortDeep);
      const keyOf = (v: unknown) =>
        typeof v === 'object' && v !== null ? String((v as Record<string, unknown>).id ?? (v as Record<string, unknown>).phase ?? (v as Record<string, unknown>).name ?? JSON.stringify(v)) : JSON.stringify(v);
      return items.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
    }
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((k) => [k, sortDeep((value as Record<string, unknown>)[k])]),
      );
    }
    return value;
  };
  const { meta: _meta, ...rest } = canonicalizePlan(plan);
  return JSON.stringify(sortDeep(rest));
}

/** The plan saved and opened again, as a copy travels on disk. */
export function throughDisk(plan: Plan): Plan {
  const parsed = parsePlan(serializePlan(plan));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.plan;
}
