// The canvas's part of the plan format (docs/format-extensions.md): frames, the lane
// view and bend points — their reading, canonical writing, operations, the shared lane
// geometry, what the exports draw from them, and how merge and workshops carry them.
import * as Y from 'yjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDiagram, renderMermaid } from '../../shared/export/index.js';
import { renderDiagramSvgFile } from '../../shared/export/svg.js';
import { diffPlans, mergePlans } from '../../shared/merge/index.js';
import { arrangeLanes, laneAt, planLanes } from '../../shared/model/lanes.js';
import { parsePlan } from '../../shared/model/parse.js';
import { serializePlan } from '../../shared/model/serialize.js';
import type { Plan } from '../../shared/model/types.js';
import {
  addBendPoint,
  addFrame,
  clearBendPoints,
  moveBendPoint,
  moveFrame,
  moveNodeToLane,
  putInFrame,
  removeBendPoint,
  removeFrame,
  removeNodes,
  removeTeam,
  setLaneView,
  takeOutOfFrame,
  updateFrame,
} from '../../shared/ops/index.js';
import { PlanMirror, seedDoc } from '../../shared/workshop/index.js';
import { loadSample, SAMPLE_TEXT } from './support/sample-plan.js';

const node = (plan: Plan, id: string) => plan.nodes!.find((n) => n.id === id)!;
const edge = (plan: Plan, id: string) => plan.edges!.find((e) => e.id === id)!;
const FRAME = { id: 'f-training', title: 'Training loop', position: { x: 560, y: -40 }, size: { width: 600, height: 300 } };

function parsed(value: unknown) {
  return parsePlan(JSON.stringify(value));
}

/** The sample with a frame around training, model and evaluation, a bend point and lanes as rows. */
function canvasSample(): Plan {
  let plan = addFrame(loadSample(), FRAME, ['n-train', 'n-model', 'n-eval']);
  plan = addBendPoint(plan, 'e-8', 0, { x: 1300, y: 220 });
  return setLaneView(plan, 'rows');
}

describe('the format: frames, layout.lanes, edges[].points', () => {
  it('writes a plan with all three canonically and reads it back byte for byte', () => {
    const text = serializePlan(canvasSample());
    const again = parsePlan(text);
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(serializePlan(again.plan)).toBe(text);
    // Keys in the documented order: frames and layout after edges, frameId last of a node's known fields, points after route.
    const top = Object.keys(JSON.parse(text) as object);
    expect(top.slice(top.indexOf('edges'), top.indexOf('edges') + 3)).toEqual(['edges', 'frames', 'layout']);
    const json = JSON.parse(text) as { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };
    const train = json.nodes.find((n) => n.id === 'n-train')!;
    expect(Object.keys(train).at(-1)).toBe('frameId');
  });

  it('leaves the sample unchanged by load and save', () => {
    expect(serializePlan(loadSample())).toBe(SAMPLE_TEXT);
  });

  it('keeps unknown fields of frames and layout, after the known ones', () => {
    const plan = JSON.parse(SAMPLE_TEXT) as Record<string, unknown>;
    plan.frames = [{ colour: 'blue', id: 'f-1', title: 'A', position: { x: 0, y: 0 }, size: { width: 10, height: 10 } }];
    plan.layout = { zoom: 2, lanes: 'columns' };
    const result = parsed(plan);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const out = JSON.parse(serializePlan(result.plan)) as { frames: object[]; layout: object };
    expect(Object.keys(out.frames[0])).toEqual(['id', 'title', 'position', 'size', 'colour']);
    expect(out.layout).toEqual({ lanes: 'columns', zoom: 2 });
    expect(Object.keys(out.layout)).toEqual(['lanes', 'zoom']);
  });

  it('refuses bad values with the JSON path and the problem', () => {
    const base = JSON.parse(SAMPLE_TEXT) as Record<string, unknown> & { edges: Record<string, unknown>[] };
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ ...base, layout: { lanes: 'diagonal' } }, 'layout.lanes', /"diagonal" is not a lane orientation/],
      [{ ...base, frames: [{ id: 'f-1', title: 'A', position: { x: 0, y: 0 }, size: { width: 0, height: 5 } }] }, 'frames[0].size.width', /more than 0/],
      [{ ...base, frames: [{ id: 'f-1', title: 'A', position: { x: 0, y: 0 } }] }, 'frames[0].size', /is required/],
      [{ ...base, frames: [{ id: 'n-billing', title: 'A', position: { x: 0, y: 0 }, size: { width: 5, height: 5 } }] }, 'frames[0].id', /already the id of nodes\[0\]/],
      [{ ...base, edges: [{ ...base.edges[0], points: [{ x: 1, y: 'up' }] }, ...base.edges.slice(1)] }, 'edges[0].points[0].y', /expected a number/],
      [{ ...base, edges: [{ ...base.edges[0], route: 'zigzag' }, ...base.edges.slice(1)] }, 'edges[0].route', /"zigzag" is not an edge route/],
    ];
    for (const [value, path, message] of cases) {
      const result = parsed(value);
      expect(result.ok, path).toBe(false);
      if (result.ok) continue;
      expect(result.errors[0].path).toBe(path);
      expect(result.errors[0].message).toMatch(message);
    }
  });
});

describe('frame operations', () => {
  it('adds a frame with members, and moving it moves them (and bend points among them) by the same distance', () => {
    let plan = addFrame(loadSample(), FRAME, ['n-train', 'n-model']);
    plan = addBendPoint(plan, 'e-4', 0, { x: 850, y: 20 });
    const before = loadSample();
    const moved = moveFrame(plan, FRAME.id, { x: 600, y: 0 });
    expect(moved.frames![0].position).toEqual({ x: 600, y: 0 });
    expect(node(moved, 'n-train').position).toEqual({ x: node(before, 'n-train').position.x + 40, y: node(before, 'n-train').position.y + 40 });
    expect(node(moved, 'n-model').position).toEqual({ x: 940, y: 40 });
    expect(node(moved, 'n-eval').position).toEqual(node(before, 'n-eval').position);
    expect(edge(moved, 'e-4').points).toEqual([{ x: 890, y: 60 }]);
    expect(moveFrame(moved, FRAME.id, { x: 600, y: 0 })).toBe(moved);
  });

  it('puts nodes in and takes them out; a node is in one frame at most; removing a frame keeps its nodes', () => {
    let plan = addFrame(loadSample(), FRAME, ['n-train']);
    plan = addFrame(plan, { ...FRAME, id: 'f-other', title: 'Other' }, ['n-model']);
    plan = putInFrame(plan, ['n-model', 'n-eval'], FRAME.id);
    expect(plan.nodes!.filter((n) => n.frameId === FRAME.id).map((n) => n.id)).toEqual(['n-train', 'n-model', 'n-eval']);
    plan = takeOutOfFrame(plan, ['n-eval']);
    expect(node(plan, 'n-eval').frameId).toBeUndefined();
    expect(putInFrame(plan, ['n-eval'], 'f-missing')).toBe(plan);
    plan = updateFrame(plan, FRAME.id, { title: 'Training', size: { width: 700, height: 320 } });
    expect(plan.frames![0]).toMatchObject({ title: 'Training', size: { width: 700, height: 320 } });
    const removed = removeFrame(plan, FRAME.id);
    expect(removed.frames!.map((f) => f.id)).toEqual(['f-other']);
    expect(removed.nodes!.some((n) => n.frameId === FRAME.id)).toBe(false);
    expect(removed.nodes).toHaveLength(plan.nodes!.length);
  });

  it('refuses a frame whose id is taken; removing a node takes it out of its frame', () => {
    const plan = addFrame(loadSample(), FRAME, ['n-train']);
    expect(addFrame(plan, { ...FRAME, id: 'n-billing' })).toBe(plan);
    const without = removeNodes(plan, ['n-train']);
    expect(without.frames).toHaveLength(1);
    expect(without.nodes!.some((n) => n.frameId !== undefined)).toBe(false);
  });
});

describe('the lane view', () => {
  it('gives the lanes in team order with "No team" last, each covering its nodes with padding', () => {
    let plan = updateNodeOwner(loadSample(), 'n-monitor', undefined);
    plan = setLaneView(plan, 'rows');
    const lanes = planLanes(plan, 'rows');
    expect(lanes.map((l) => l.teamId)).toEqual(['team-ds', 'team-it', 'team-crm', 'team-ret', null]);
    // Notes belong to no lane.
    expect(lanes.flatMap((l) => l.nodeIds)).not.toContain('n-note');
    for (const lane of lanes) {
      for (const id of lane.nodeIds) {
        const { x, y } = node(plan, id).position;
        expect(x).toBeGreaterThanOrEqual(lane.bounds.x + 24);
        expect(y).toBeGreaterThanOrEqual(lane.bounds.y + 24);
        expect(x + 200).toBeLessThanOrEqual(lane.bounds.x + lane.bounds.width - 24);
        expect(y + 64).toBeLessThanOrEqual(lane.bounds.y + lane.bounds.height - 24);
      }
    }
    // After the lane view arranged them, rows follow one another without overlapping.
    for (let i = 1; i < lanes.length; i++) expect(lanes[i].bounds.y).toBeGreaterThanOrEqual(lanes[i - 1].bounds.y + lanes[i - 1].bounds.height);
    // All rows share one length.
    expect(new Set(lanes.map((l) => `${l.bounds.x}/${l.bounds.width}`)).size).toBe(1);
    // Arranged means arranging again moves nothing.
    expect(arrangeLanes(plan, 'rows')).toEqual({});
    expect(setLaneView(plan, 'rows')).toBe(plan);
  });

  it('moves a frame with its nodes when the lane view moves them all alike, and leaves a frame across lanes where it is', () => {
    let plan = addFrame(loadSample(), { ...FRAME, id: 'f-it', position: { x: 1180, y: 60 } }, ['n-batch', 'n-monitor']);
    plan = addFrame(plan, { ...FRAME, id: 'f-mixed', position: { x: -20, y: -20 } }, ['n-billing', 'n-features']);
    const laned = setLaneView(plan, 'rows');
    const dy = node(laned, 'n-batch').position.y - node(plan, 'n-batch').position.y;
    expect(dy).toBeGreaterThan(0);
    expect(laned.frames!.map((f) => [f.id, f.position])).toEqual([
      ['f-it', { x: 1180, y: 60 + dy }],
      ['f-mixed', { x: -20, y: -20 }],
    ]);
  });

  it('finds the lane a point falls in, as rows and as columns', () => {
    const rows = setLaneView(loadSample(), 'rows');
    const lanes = planLanes(rows, 'rows');
    const it = lanes.find((l) => l.teamId === 'team-it')!;
    expect(laneAt(lanes, { x: 99999, y: it.bounds.y + it.bounds.height / 2 }, 'rows')?.teamId).toBe('team-it');
    expect(laneAt(lanes, { x: 0, y: lanes[0].bounds.y - 1 }, 'rows')).toBeUndefined();
    const columns = setLaneView(loadSample(), 'columns');
    const cols = planLanes(columns, 'columns');
    for (let i = 1; i < cols.length; i++) expect(cols[i].bounds.x).toBeGreaterThanOrEqual(cols[i - 1].bounds.x + cols[i - 1].bounds.width);
    const crm = cols.find((l) => l.teamId === 'team-crm')!;
    expect(laneAt(cols, { x: crm.bounds.x + 5, y: -5000 }, 'columns')?.teamId).toBe('team-crm');
    expect(columns.layout).toEqual({ lanes: 'columns' });
    // Off again: the setting goes, the places stay.
    const off = setLaneView(columns, undefined);
    expect(off.layout).toBeUndefined();
    expect(off.nodes).toBe(columns.nodes);
  });

  it('moves a node to another lane as one operation: new owner team and new position', () => {
    const plan = setLaneView(loadSample(), 'rows');
    const crm = planLanes(plan, 'rows').find((l) => l.teamId === 'team-crm')!;
    const to = { x: 1200, y: crm.bounds.y + 52 };
    const moved = moveNodeToLane(plan, 'n-batch', 'team-crm', to);
    expect(node(moved, 'n-batch')).toMatchObject({ ownerTeamId: 'team-crm', position: to });
    expect(laneAt(planLanes(moved, 'rows'), to, 'rows')?.teamId).toBe('team-crm');
    const homeless = moveNodeToLane(moved, 'n-batch', null, { x: 0, y: 0 });
    expect(node(homeless, 'n-batch').ownerTeamId).toBeUndefined();
    expect(planLanes(homeless, 'rows').at(-1)).toMatchObject({ teamId: null, nodeIds: ['n-batch'] });
    expect(moveNodeToLane(plan, 'n-batch', 'team-missing', to)).toBe(plan);
  });

  it('sends the nodes of a removed team to the "No team" lane', () => {
    const plan = removeTeam(setLaneView(loadSample(), 'rows'), 'team-crm');
    const lanes = planLanes(plan, 'rows');
    expect(lanes.map((l) => l.teamId)).toEqual(['team-ds', 'team-it', 'team-ret', null]);
    expect(lanes.at(-1)!.nodeIds).toEqual(['n-crm']);
  });
});

describe('bend points', () => {
  it('adds, moves and removes bend points in order, and clearing them returns the flow to automatic routing', () => {
    let plan = addBendPoint(loadSample(), 'e-8', 0, { x: 1300, y: 200 });
    plan = addBendPoint(plan, 'e-8', 1, { x: 1300, y: 240 });
    plan = addBendPoint(plan, 'e-8', 1, { x: 1310, y: 220 });
    expect(edge(plan, 'e-8').points).toEqual([{ x: 1300, y: 200 }, { x: 1310, y: 220 }, { x: 1300, y: 240 }]);
    plan = moveBendPoint(plan, 'e-8', 2, { x: 1290, y: 250 });
    plan = removeBendPoint(plan, 'e-8', 1);
    expect(edge(plan, 'e-8').points).toEqual([{ x: 1300, y: 200 }, { x: 1290, y: 250 }]);
    expect(moveBendPoint(plan, 'e-8', 5, { x: 0, y: 0 })).toBe(plan);
    expect(addBendPoint(plan, 'e-8', 0, { x: Number.NaN, y: 0 })).toBe(plan);
    const cleared = clearBendPoints(plan, 'e-8');
    expect('points' in edge(cleared, 'e-8')).toBe(false);
    expect(clearBendPoints(cleared, 'e-8')).toBe(cleared);
  });
});

describe('the exports follow the canvas', () => {
  it('draws lane bands with the team names, frames with titles, and flows through their bend points (SVG)', () => {
    const plan = canvasSample();
    const svg = renderDiagramSvgFile(buildDiagram(plan), plan.title);
    const bands = [...svg.matchAll(/<g class="lane" data-team="([^"]*)"><rect [^>]*\/><text class="lane-name"[^>]*>([^<]*)<\/text>/g)];
    // Only the teams that own a drawn node: Retention owns none.
    expect(bands.map((b) => b[2])).toEqual(['Customer Analytics', 'Platform Engineering', 'CRM Applications']);
    expect(svg).toContain('<g class="lanes" data-orientation="rows">');
    expect(svg).toMatch(/<g class="frame"><rect x="560" y="[-\d.]+" width="600" height="300" rx="6"\/><text class="frame-title"[^>]*>Training loop<\/text>/);
    // The bend point moved down with the Platform Engineering lane that holds both ends of its flow.
    expect(edge(plan, 'e-8').points).toEqual([{ x: 1300, y: 520 }]);
    expect(svg).toMatch(/<path class="edge" d="M 1300 444 L 1300 520 L 1300 560"/);
    // The picture holds every band.
    const [minX, minY, width, height] = /viewBox="([^"]+)"/.exec(svg)![1].split(' ').map(Number);
    for (const lane of buildDiagram(plan).lanes!.lanes) {
      expect(lane.x).toBeGreaterThanOrEqual(minX);
      expect(lane.y).toBeGreaterThanOrEqual(minY);
      expect(lane.x + lane.width).toBeLessThanOrEqual(minX + width);
      expect(lane.y + lane.height).toBeLessThanOrEqual(minY + height);
    }
  });

  it('draws the plan without lanes or frames exactly as before: no bands, no frames', () => {
    const svg = renderDiagramSvgFile(buildDiagram(loadSample()), 'x');
    expect(svg).not.toContain('class="lane');
    expect(svg).not.toContain('class="frame');
  });

  let readFlowchart: (text: string) => Promise<{ subgraphs: { id: string; title: string; nodes: string[] }[] }>;
  beforeAll(async () => {
    // As in export-markdown.test.ts: Mermaid's parser wants DOMPurify's hooks, which a window-less instance lacks.
    const { default: purify } = await import('dompurify');
    const shim = purify as unknown as Record<string, unknown>;
    if (typeof shim['addHook'] !== 'function') {
      shim['addHook'] = () => {};
      shim['removeHook'] = () => {};
      shim['removeHooks'] = () => {};
      shim['sanitize'] = (value: unknown) => String(value);
    }
    const { default: mermaid } = await import('mermaid');
    readFlowchart = async (text) => {
      await mermaid.parse(text);
      const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
      const db = diagram.db as unknown as { getSubGraphs(): { id: string; title: string; nodes: string[] }[] };
      return { subgraphs: db.getSubGraphs().map((s) => ({ id: s.id, title: s.title, nodes: s.nodes })) };
    };
  }, 30_000);

  it('puts each lane in a Mermaid subgraph when lanes are on, "No team" last, and Mermaid parses it', async () => {
    const plan = setLaneView(moveNodeToLane(loadSample(), 'n-monitor', null, { x: 1200, y: 260 }), 'columns');
    const text = renderMermaid(buildDiagram(plan));
    expect(text.split('\n')[0]).toBe('flowchart TB');
    expect(text).toContain('  subgraph lane_none["No team"]');
    const { subgraphs } = await readFlowchart(text);
    const byTitle = Object.fromEntries(subgraphs.map((s) => [s.title, s.nodes.length]));
    expect(byTitle).toEqual({ 'Customer Analytics': 4, 'Platform Engineering': 3, 'CRM Applications': 1, 'No team': 1 });
  });

  it('puts each frame in a Mermaid subgraph when lanes are off', async () => {
    const plan = addFrame(loadSample(), { ...FRAME, title: 'Training "loop" #1' }, ['n-train', 'n-model', 'n-eval']);
    const text = renderMermaid(buildDiagram(plan));
    expect(text.split('\n')[0]).toBe('flowchart LR');
    const { subgraphs } = await readFlowchart(text);
    expect(subgraphs).toHaveLength(1);
    expect(subgraphs[0].nodes.sort()).toEqual(['n_n_eval', 'n_n_model', 'n_n_train']);
    expect(text).toContain('subgraph frame_0["Training #34;loop#34; #35;1"]');
  });
});

describe('merge, diff and workshops carry frames by id', () => {
  it('keeps both frames when two copies each added one, and their members', () => {
    const base = loadSample();
    const mine = addFrame(base, FRAME, ['n-train']);
    const theirs = addFrame(base, { id: 'f-sources', title: 'Sources', position: { x: -40, y: -40 }, size: { width: 280, height: 300 } }, ['n-billing', 'n-usage']);
    const result = mergePlans(base, mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.plan.frames!.map((f) => f.id).sort()).toEqual(['f-sources', 'f-training']);
    expect(result.plan.nodes!.filter((n) => n.frameId).map((n) => [n.id, n.frameId])).toEqual([
      ['n-billing', 'f-sources'],
      ['n-usage', 'f-sources'],
      ['n-train', 'f-training'],
    ]);
  });

  it('names an added frame in the diff, and a moved frame or bent flow as minor', () => {
    const base = addFrame(loadSample(), FRAME);
    expect(diffPlans(loadSample(), base).changes).toEqual([expect.objectContaining({ kind: 'added', entity: 'frame', id: FRAME.id, label: 'Training loop' })]);
    const moved = addBendPoint(updateFrame(base, FRAME.id, { position: { x: 0, y: 0 } }), 'e-1', 0, { x: 5, y: 5 });
    const changes = diffPlans(base, moved).changes;
    expect(changes.map((c) => [c.entity, c.minor])).toEqual([
      ['edge', true],
      ['frame', true],
    ]);
  });

  it('a workshop document holds frames and reads the plan back byte for byte', () => {
    const plan = canvasSample();
    const doc = new Y.Doc();
    seedDoc(doc, plan);
    const { plan: read, problems } = new PlanMirror(doc).current();
    expect(problems).toEqual([]);
    expect(doc.getMap('frames').size).toBe(1);
    expect(serializePlan(read!)).toBe(serializePlan(plan));
  });
});

function updateNodeOwner(plan: Plan, nodeId: string, ownerTeamId: string | undefined): Plan {
  return { ...plan, nodes: plan.nodes!.map((n) => (n.id === nodeId ? { ...n, ownerTeamId } : n)) };
}
