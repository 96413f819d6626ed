// Align, distribute and resize: one operation each, only the named nodes move,
// the input is never mutated, the same plan comes back when nothing changes, and
// a resized width survives writing and reading the file.
import { describe, expect, it } from 'vitest';
import { buildDiagram } from '../../shared/export/index.js';
import { renderDiagramSvgFile } from '../../shared/export/svg.js';
import { parsePlan } from '../../shared/model/parse.js';
import { serializePlan } from '../../shared/model/serialize.js';
import type { Plan } from '../../shared/model/types.js';
import { alignNodes, distributeNodes, moveNodes, resizeNode, type NodeSizes } from '../../shared/ops/index.js';
import { loadSample } from './support/sample-plan.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const IDS = ['n-train', 'n-batch', 'n-crm'];
/** Three nodes of the sample at known places and sizes (the widths differ, as long titles make them). */
function arranged(): { plan: Plan; sizes: NodeSizes } {
  const plan = moveNodes(loadSample(), { 'n-train': { x: 0, y: 40 }, 'n-batch': { x: 300, y: 0 }, 'n-crm': { x: 900, y: 100 } });
  const sizes = { 'n-train': { width: 200, height: 78 }, 'n-batch': { width: 300, height: 78 }, 'n-crm': { width: 240, height: 60 } };
  return { plan: deepFreeze(plan), sizes };
}
const at = (plan: Plan, id: string) => plan.nodes?.find((n) => n.id === id)?.position;

describe('alignNodes', () => {
  it('lines up left edges, right edges and centres on the selection’s bounds', () => {
    const { plan, sizes } = arranged();
    expect(IDS.map((id) => at(alignNodes(plan, IDS, 'left', sizes), id)?.x)).toEqual([0, 0, 0]);
    // The rightmost edge is 900 + 240 = 1140.
    expect(IDS.map((id) => at(alignNodes(plan, IDS, 'right', sizes), id)?.x)).toEqual([940, 840, 900]);
    // Bounds 0…1140, centre 570.
    expect(IDS.map((id) => at(alignNodes(plan, IDS, 'center', sizes), id)?.x)).toEqual([470, 420, 450]);
  });

  it('lines up tops, bottoms and middles and keeps the other coordinate', () => {
    const { plan, sizes } = arranged();
    const top = alignNodes(plan, IDS, 'top', sizes);
    expect(IDS.map((id) => at(top, id))).toEqual([
      { x: 0, y: 0 },
      { x: 300, y: 0 },
      { x: 900, y: 0 },
    ]);
    // The lowest bottom is 100 + 60 = 160.
    expect(IDS.map((id) => at(alignNodes(plan, IDS, 'bottom', sizes), id)?.y)).toEqual([82, 82, 100]);
    expect(IDS.map((id) => at(alignNodes(plan, IDS, 'middle', sizes), id)?.y)).toEqual([41, 41, 50]);
  });

  it('moves only the named nodes and returns the same plan when nothing changes', () => {
    const { plan, sizes } = arranged();
    const next = alignNodes(plan, IDS, 'top', sizes);
    expect(next.nodes?.find((n) => n.id === 'n-features')).toBe(plan.nodes?.find((n) => n.id === 'n-features'));
    expect(alignNodes(next, IDS, 'top', sizes)).toBe(next);
    expect(alignNodes(plan, ['n-train'], 'left', sizes)).toBe(plan);
  });
});

describe('distributeNodes', () => {
  it('leaves equal gaps between the nodes, the outer two staying', () => {
    const { plan, sizes } = arranged();
    const next = distributeNodes(plan, IDS, 'horizontal', sizes);
    // Span 0…1140 holds 740 of nodes: two gaps of 200.
    expect(IDS.map((id) => at(next, id)?.x)).toEqual([0, 400, 900]);
    expect(IDS.map((id) => at(next, id)?.y)).toEqual([40, 0, 100]);
  });

  it('orders by position, not by the order the ids were given, and vertically too', () => {
    const { plan, sizes } = arranged();
    const next = distributeNodes(plan, ['n-crm', 'n-train', 'n-batch'], 'vertical', sizes);
    // By centre: n-batch (39), n-train (79), n-crm (130); span 0…160 holds 216 of nodes: gaps of -28.
    expect(['n-batch', 'n-train', 'n-crm'].map((id) => at(next, id)?.y)).toEqual([0, 50, 100]);
  });

  it('needs three nodes', () => {
    const { plan, sizes } = arranged();
    expect(distributeNodes(plan, ['n-train', 'n-batch'], 'horizontal', sizes)).toBe(plan);
  });
});

describe('resizeNode', () => {
  it('stores a whole width as nodes[].size, clears it with undefined, refuses nonsense', () => {
    const plan = deepFreeze(loadSample());
    const wide = resizeNode(plan, 'n-train', 311.6);
    expect(wide.nodes?.find((n) => n.id === 'n-train')?.size).toEqual({ width: 312 });
    expect(resizeNode(wide, 'n-train', 312)).toBe(wide);
    expect('size' in (resizeNode(wide, 'n-train', undefined).nodes?.find((n) => n.id === 'n-train') ?? {})).toBe(false);
    expect(resizeNode(plan, 'n-train', 0)).toBe(plan);
    expect(resizeNode(plan, 'n-train', Number.NaN)).toBe(plan);
  });

  it('writes size right after position and reads it back', () => {
    const text = serializePlan(resizeNode(loadSample(), 'n-train', 320));
    expect(text).toMatch(/"position": \{\s*"x": [-\d.]+,\s*"y": [-\d.]+\s*\},\s*"size": \{\s*"width": 320\s*\}/);
    const read = parsePlan(text);
    expect(read.ok && read.plan.nodes?.find((n) => n.id === 'n-train')?.size).toEqual({ width: 320 });
    expect(parsePlan(text.replace('"width": 320', '"width": -5')).ok).toBe(false);
  });

  it('draws the resized width in the exported diagram, and the standard width otherwise', () => {
    const plain = renderDiagramSvgFile(buildDiagram(loadSample()), 'x');
    expect(plain).not.toContain('width="320" height="64"');
    const resized = renderDiagramSvgFile(buildDiagram(resizeNode(loadSample(), 'n-train', 320)), 'x');
    expect(resized).toContain('<rect x="600" y="0" width="320" height="64"');
    expect(resized.match(/width="200" height="64"/g)?.length).toBe(plain.match(/width="200" height="64"/g)!.length - 1);
  });
});
