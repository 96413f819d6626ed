// The near region (renderer/src/canvas/nearRegion.ts): the part of a large plan
// that has its detail and React Flow's flows. It must follow the view only when the
// view leaves it, keep every node it ever detailed, and pick the flows that cross it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InternalNode } from '@xyflow/react';
import { flowsIn, updateNearRegion, useNearRegion, viewRect } from '../../renderer/src/canvas/nearRegion';
import type { FlowEdge, FlowNode } from '../../renderer/src/canvas/flowModel';

/** A row of nodes 200 wide and 78 high, one every 400 units from x = 0. */
function internalNodes(count: number, shift: Record<string, number> = {}): Map<string, InternalNode> {
  const nodes = new Map<string, InternalNode>();
  for (let i = 0; i < count; i++) {
    const id = `n${i}`;
    nodes.set(id, { id, position: { x: 0, y: 0 }, data: {}, measured: { width: 200, height: 78 }, internals: { positionAbsolute: { x: i * 400 + (shift[id] ?? 0), y: 0 }, z: 0, userNode: {} } } as unknown as InternalNode);
  }
  return nodes;
}

function flowNode(id: string, x: number, y: number): FlowNode {
  return { id, type: 'plan', position: { x, y }, data: { width: 200 } as FlowNode['data'], measured: { width: 200, height: 78 } };
}

const edge = (id: string, source: string, target: string, points?: { x: number; y: number }[]): FlowEdge => ({ id, source, target, ...(points ? { data: { points } } : {}) });

describe('near region', () => {
  beforeEach(() => useNearRegion.getState().reset());
  afterEach(() => vi.useRealTimers());

  it('reads the view in plan coordinates from the transform and the canvas size', () => {
    expect(viewRect({ transform: [-100, 50, 0.5], width: 800, height: 600 })).toEqual({ x0: 200, y0: -100, x1: 1800, y1: 1100 });
  });

  it('takes the view plus a quarter on each side, and details the nodes in it', () => {
    const nodes = internalNodes(10);
    updateNearRegion({ x0: 0, y0: 0, x1: 800, y1: 400 }, nodes, false);
    const { rect, detailed } = useNearRegion.getState();
    expect(rect).toEqual({ x0: -200, y0: -100, x1: 1000, y1: 500 });
    // n0..n2 lie within x < 1000 (n2 at 800–1000 touches the edge, n3 starts at 1200).
    expect([...detailed].sort()).toEqual(['n0', 'n1', 'n2']);
  });

  it('keeps the same region while the view stays inside it (zooming in, a small pan)', () => {
    const nodes = internalNodes(10);
    updateNearRegion({ x0: 0, y0: 0, x1: 800, y1: 400 }, nodes, false);
    const before = useNearRegion.getState();
    updateNearRegion({ x0: 100, y0: 50, x1: 500, y1: 250 }, nodes, false);
    updateNearRegion({ x0: -150, y0: -50, x1: 950, y1: 450 }, nodes, false);
    expect(useNearRegion.getState().rect).toBe(before.rect);
    expect(useNearRegion.getState().detailed).toBe(before.detailed);
  });

  it('moves with a view that leaves it, and never takes a node’s detail back', () => {
    const nodes = internalNodes(10);
    updateNearRegion({ x0: 0, y0: 0, x1: 800, y1: 400 }, nodes, false);
    updateNearRegion({ x0: 2400, y0: 0, x1: 3200, y1: 400 }, nodes, false);
    const { rect, detailed } = useNearRegion.getState();
    expect(rect).toEqual({ x0: 2200, y0: -100, x1: 3400, y1: 500 });
    expect([...detailed].sort()).toEqual(['n0', 'n1', 'n2', 'n6', 'n7', 'n8']);
  });

  it('details a node that was moved into the region when the nodes change', () => {
    updateNearRegion({ x0: 0, y0: 0, x1: 800, y1: 400 }, internalNodes(10), false);
    expect(useNearRegion.getState().detailed.has('n5')).toBe(false);
    const moved = internalNodes(10, { n5: -1800 });
    updateNearRegion({ x0: 0, y0: 0, x1: 800, y1: 400 }, moved, false);
    expect(useNearRegion.getState().detailed.has('n5')).toBe(false);
    updateNearRegion({ x0: 0, y0: 0, x1: 800, y1: 400 }, moved, true);
    expect(useNearRegion.getState().detailed.has('n5')).toBe(true);
  });

  it('details a large region a few dozen nodes a frame, nearest the view first', () => {
    vi.useFakeTimers();
    const nodes = internalNodes(200);
    // A view around n100 (x 40,000–40,200) whose region takes in every node of the row.
    updateNearRegion({ x0: 39_900, y0: 0, x1: 40_300, y1: 400 }, nodes, false);
    useNearRegion.setState({ rect: { x0: -1e6, y0: -1e6, x1: 1e6, y1: 1e6 } });
    updateNearRegion({ x0: 39_900, y0: 0, x1: 40_300, y1: 400 }, nodes, true);
    const first = useNearRegion.getState().detailed;
    expect(first.size).toBeLessThan(200);
    expect(first.has('n100')).toBe(true);
    expect(first.has('n0')).toBe(false);
    vi.runAllTimers();
    expect(useNearRegion.getState().detailed.size).toBe(200);
  });

  it('keeps the flows with an end in the region, over it, or bent through it, nearest its middle first', () => {
    const nodes = new Map(
      [flowNode('in', 100, 100), flowNode('left', -3000, 100), flowNode('right', 3000, 100), flowNode('far-a', -3000, 5000), flowNode('far-b', 3000, 5000)].map((n) => [n.id, n]),
    );
    const rect = { x0: 0, y0: 0, x1: 1000, y1: 1000 };
    const kept = flowsIn(rect, nodes, [
      edge('end-inside', 'in', 'right'),
      edge('over', 'left', 'right'),
      edge('outside', 'far-a', 'far-b'),
      edge('bent-through', 'far-a', 'far-b', [{ x: 500, y: 500 }]),
      edge('dangling', 'in', 'missing'),
    ]);
    expect(kept).toEqual(['over', 'end-inside', 'bent-through']);
  });
});
