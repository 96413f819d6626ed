// Shared document → plan. The mirror watches the document and rebuilds only the
// entities a transaction touched; every other entity, and every list nobody touched,
// keeps its object identity, so the canvas redraws one node when one node moves.
// What a peer wrote that is not a valid plan (a bad enum, a missing field, an edge to
// a missing node) is left out of the plan and reported as a problem, never thrown.
import * as Y from 'yjs';
import type { z } from 'zod';
import { CommentSchema, VoteRoundSchema, WorkshopRecordSchema } from '../model/facilitation.js';
import { findDuplicateIds } from '../model/parse.js';
import { EdgeSchema, FrameSchema, MilestoneSchema, NodeSchema, PersonSchema, PlanSchema, QuestionSchema, SignOffSchema, TeamSchema } from '../model/schema.js';
import type { Plan } from '../model/types.js';
import { jsonEqual } from '../ops/shared.js';
import { PLAN_LISTS, fromShared, listMap, orderMap, planFieldsMap, type PlanListName } from './doc-shape.js';

/** Something in the shared document that is kept out of the plan, and why. */
export interface WorkshopProblem {
  /** The list and entity (`nodes`, `n-3`), or `plan` for a top-level field. */
  list: PlanListName | 'plan';
  key?: string;
  /** The JSON path inside the entity, e.g. `type`. */
  path: string;
  message: string;
}

const ENTITY_SCHEMAS: Record<PlanListName, z.ZodType> = {
  nodes: NodeSchema,
  edges: EdgeSchema,
  teams: TeamSchema,
  people: PersonSchema,
  milestones: MilestoneSchema,
  questions: QuestionSchema,
  signoffs: SignOffSchema,
  comments: CommentSchema,
  votes: VoteRoundSchema,
  workshops: WorkshopRecordSchema,
  frames: FrameSchema,
};

interface CachedEntity {
  raw: unknown;
  /** The validated entity, or null when it is kept out. */
  value: Record<string, unknown> | null;
  problem?: WorkshopProblem;
}

export interface MirrorState {
  /** The plan as everyone should see it, or null while the document holds no plan. */
  plan: Plan | null;
  problems: WorkshopProblem[];
}

const describe = (error: z.ZodError): { path: string; message: string } => {
  const issue = error.issues[0];
  return { path: issue?.path.map(String).join('.') ?? '', message: issue?.message ?? 'is not valid' };
};

export class PlanMirror {
  private readonly entities = new Map<PlanListName, Map<string, CachedEntity>>();
  private readonly dirtyKeys = new Map<PlanListName, Set<string>>();
  private readonly lists = new Map<PlanListName, Record<string, unknown>[]>();
  private dirtyLists = new Set<PlanListName>(PLAN_LISTS);
  private fieldsDirty = true;
  private fields: Record<string, unknown> = {};
  private fieldProblems: WorkshopProblem[] = [];
  private lastValidFields: Record<string, unknown> | null = null;
  private state: MirrorState = { plan: null, problems: [] };
  private readonly unobserve: (() => void)[] = [];

  constructor(private readonly doc: Y.Doc) {
    for (const list of PLAN_LISTS) {
      this.entities.set(list, new Map());
      this.dirtyKeys.set(list, new Set(listMap(doc, list).keys()));
      const map = listMap(doc, list);
      const onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
        const dirty = this.dirtyKeys.get(list)!;
        for (const event of events) {
          if (event.target === map) for (const key of event.keys.keys()) dirty.add(key);
          else if (typeof event.path[0] === 'string') dirty.add(event.path[0]);
        }
        this.dirtyLists.add(list);
      };
      map.observeDeep(onChange);
      this.unobserve.push(() => map.unobserveDeep(onChange));
    }
    const fields = planFieldsMap(doc);
    const onFields = () => {
      this.fieldsDirty = true;
    };
    fields.observeDeep(onFields);
    this.unobserve.push(() => fields.unobserveDeep(onFields));
    const order = orderMap(doc);
    const onOrder = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      for (const event of events) {
        const list = (event.target === order ? [...event.keys.keys()] : [event.path[0]]) as PlanListName[];
        for (const name of list) if (PLAN_LISTS.includes(name)) this.dirtyLists.add(name);
      }
    };
    order.observeDeep(onOrder);
    this.unobserve.push(() => order.unobserveDeep(onOrder));
  }

  /** The plan the document holds now; the same object until the document changes. */
  current(): MirrorState {
    if (!this.fieldsDirty && this.dirtyLists.size === 0) return this.state;
    if (this.fieldsDirty) this.readFields();
    const edgesBefore = this.lists.get('edges');
    const nodesBefore = this.lists.get('nodes');
    for (const list of this.dirtyLists) this.readList(list);
    this.dirtyLists.clear();

    const entityProblems: WorkshopProblem[] = [];
    for (const list of PLAN_LISTS) {
      for (const [, cached] of this.entities.get(list)!) if (cached.problem) entityProblems.push(cached.problem);
    }
    const nodes = this.lists.get('nodes')!;
    let edges = this.lists.get('edges')!;
    if (edges !== edgesBefore || nodes !== nodesBefore || this.danglingEdges.length > 0) edges = this.dropDanglingEdges(nodes, edges);

    if (Object.keys(this.fields).length === 0 && nodes.length === 0) {
      this.state = { plan: null, problems: [] };
      return this.state;
    }
    const plan = { ...this.fields } as Record<string, unknown>;
    for (const list of PLAN_LISTS) {
      const items = list === 'edges' ? edges : this.lists.get(list)!;
      // An absent list stays absent, as in the file; an emptied one stays empty.
      if (items.length > 0 || this.hadList.has(list)) plan[list] = items;
    }
    const duplicates = findDuplicateIds(plan as Plan).map<WorkshopProblem>((error) => ({ list: 'plan', path: error.path, message: error.message }));
    const previous = this.state.plan as Record<string, unknown> | null;
    const same = previous && Object.keys(plan).length === Object.keys(previous).length && Object.keys(plan).every((key) => plan[key] === previous[key]);
    this.state = {
      plan: same ? (previous as Plan) : (plan as Plan),
      problems: [...this.fieldProblems, ...entityProblems, ...this.danglingEdges, ...duplicates],
    };
    return this.state;
  }

  destroy(): void {
    for (const stop of this.unobserve) stop();
  }

  private readonly hadList = new Set<PlanListName>();
  private danglingEdges: WorkshopProblem[] = [];
  private filteredEdges: { from: Record<string, unknown>[]; to: Record<string, unknown>[] } | null = null;

  private dropDanglingEdges(nodes: Record<string, unknown>[], edges: Record<string, unknown>[]): Record<string, unknown>[] {
    const nodeIds = new Set(nodes.map((node) => node.id as string));
    const problems: WorkshopProblem[] = [];
    const kept = edges.filter((edge) => {
      const missing = [edge.source, edge.target].find((end) => !nodeIds.has(end as string));
      if (missing === undefined) return true;
      problems.push({ list: 'edges', key: edge.id as string, path: missing === edge.source ? 'source' : 'target', message: `points to node ${JSON.stringify(missing)}, which is not in the plan` });
      return false;
    });
    this.danglingEdges = problems;
    if (kept.length === edges.length) return edges;
    // Keep the filtered list's identity while nothing relevant changed.
    const previous = this.filteredEdges;
    if (previous && previous.from === edges && previous.to.length === kept.length && previous.to.every((edge, i) => edge === kept[i])) return previous.to;
    this.filteredEdges = { from: edges, to: kept };
    return kept;
  }

  private readFields(): void {
    this.fieldsDirty = false;
    const raw: Record<string, unknown> = {};
    for (const [key, value] of planFieldsMap(this.doc).entries()) raw[key] = fromShared(value);
    const checked = PlanSchema.safeParse(raw);
    if (checked.success) {
      this.fieldProblems = [];
      this.lastValidFields = this.reuseFields(checked.data as Record<string, unknown>);
      this.fields = this.lastValidFields;
      return;
    }
    // Keep each bad field out: its last valid value stands (or it is left out when optional).
    this.fieldProblems = checked.error.issues.slice(0, 20).map((issue) => ({
      list: 'plan' as const,
      path: issue.path.map(String).join('.'),
      message: issue.message,
    }));
    const badKeys = new Set(checked.error.issues.map((issue) => String(issue.path[0])));
    const repaired: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(raw)) if (!badKeys.has(key)) repaired[key] = value;
    for (const key of badKeys) if (this.lastValidFields && key in this.lastValidFields) repaired[key] = this.lastValidFields[key];
    const again = PlanSchema.safeParse(repaired);
    this.fields = this.reuseFields(again.success ? (again.data as Record<string, unknown>) : repaired);
  }

  /** The new top-level fields, each one the old object where its content is unchanged. */
  private reuseFields(next: Record<string, unknown>): Record<string, unknown> {
    const old = this.fields;
    const out: Record<string, unknown> = {};
    let same = Object.keys(next).length === Object.keys(old).length;
    for (const [key, value] of Object.entries(next)) {
      if (key in old && jsonEqual(old[key], value)) out[key] = old[key];
      else {
        out[key] = value;
        same = false;
      }
    }
    return same ? old : out;
  }

  private readList(list: PlanListName): void {
    const map = listMap(this.doc, list);
    const cache = this.entities.get(list)!;
    const dirty = this.dirtyKeys.get(list)!;
    if (map.size > 0) this.hadList.add(list);
    for (const key of dirty) {
      const shared = map.get(key);
      if (shared === undefined) {
        cache.delete(key);
        continue;
      }
      const raw = fromShared(shared);
      const previous = cache.get(key);
      if (previous && jsonEqual(previous.raw, raw)) continue;
      cache.set(key, this.validate(list, key, raw));
    }
    dirty.clear();

    const order = orderMap(this.doc).get(list);
    const ordered: string[] = [];
    const seen = new Set<string>();
    if (order instanceof Y.Array) {
      for (const key of order.toArray()) {
        if (typeof key === 'string' && !seen.has(key) && cache.has(key)) {
          seen.add(key);
          ordered.push(key);
        }
      }
    }
    const rest = [...cache.keys()].filter((key) => !seen.has(key)).sort();
    const items: Record<string, unknown>[] = [];
    for (const key of [...ordered, ...rest]) {
      const value = cache.get(key)!.value;
      if (value) items.push(value);
    }
    const previous = this.lists.get(list);
    if (previous && previous.length === items.length && previous.every((item, i) => item === items[i])) return;
    this.lists.set(list, items);
  }

  private validate(list: PlanListName, key: string, raw: unknown): CachedEntity {
    const checked = ENTITY_SCHEMAS[list].safeParse(raw);
    if (checked.success) {
      const value = checked.data as Record<string, unknown>;
      const keyField = list === 'milestones' ? value.phase : value.id;
      if (keyField === key) return { raw, value };
      return { raw, value: null, problem: { list, key, path: list === 'milestones' ? 'phase' : 'id', message: `does not match its key ${JSON.stringify(key)}` } };
    }
    const { path, message } = describe(checked.error);
    return { raw, value: null, problem: { list, key, path, message } };
  }
}

/** A problem as one line a person can read: `nodes n-3: type: "modle" is not a node type`. */
export function formatProblem(problem: WorkshopProblem): string {
  const where = problem.key ? `${problem.list} ${problem.key}` : problem.list;
  return problem.path ? `${where}: ${problem.path}: ${problem.message}` : `${where}: ${problem.message}`;
}
