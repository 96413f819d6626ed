// Zoomed far out on a large plan, the flows are one SVG layer instead of a React
// Flow edge each. Every React Flow edge runs three store selectors on each drag
// step and zoom event, and with only visible elements drawn it is mounted and
// unmounted as it enters and leaves the view; far out a flow is a hairline without
// label or arrow anyway. The flows of the nodes being dragged are a path of their
// own, so a drag step redraws (and the raster threads repaint) only those; the
// rest is built once per drag. No dashes: dashes a fraction of a pixel long, tens
// of thousands of them in one path, took the raster threads longer than the drag's
// script. Canvas.tsx still hands React Flow the selected flows (so a selection shows
// and acts) and the flows of the near region (nearRegion.ts), which CSS hides far
// out; near, this layer is hidden instead.
import { memo, useMemo } from 'react';
import { nodeBox, type Box, type FlowEdge, type FlowNode } from './flowModel';
import { useFarView } from './FarZoomClass';
import { ViewportLayer } from './viewportLayer';

/** Where a flow meets a node's side (the middle of it, as the handles sit). */
function anchor(box: Box, side: string | null | undefined): [number, number] {
  if (side === 'l') return [box.x, box.y + box.h / 2];
  if (side === 't') return [box.x + box.w / 2, box.y];
  if (side === 'b') return [box.x + box.w / 2, box.y + box.h];
  return [box.x + box.w, box.y + box.h / 2];
}

/** A flow as an orthogonal line through the middle (or through its bend points): what the eye gets far out. */
function flowPath(edge: FlowEdge, source: Box, target: Box): string {
  const [sx, sy] = anchor(source, edge.sourceHandle);
  const [tx, ty] = anchor(target, edge.targetHandle);
  const points = edge.data?.points;
  if (points?.length) return `M${sx} ${sy}${points.map((p) => `L${p.x} ${p.y}`).join('')}L${tx} ${ty}`;
  if (edge.sourceHandle === 't' || edge.sourceHandle === 'b') {
    const my = (sy + ty) / 2;
    return `M${sx} ${sy}V${my}H${tx}V${ty}`;
  }
  const mx = (sx + tx) / 2;
  return `M${sx} ${sy}H${mx}V${ty}H${tx}`;
}

interface Paths {
  plain: string;
  boundary: string;
}

/** The paths of the flows `wanted` picks, plain and across a team boundary. */
function flowPaths(boxes: ReadonlyMap<string, FlowNode>, edges: readonly FlowEdge[], wanted: (edge: FlowEdge) => boolean): Paths {
  const plain: string[] = [];
  const boundary: string[] = [];
  for (const edge of edges) {
    if (!wanted(edge)) continue;
    const source = boxes.get(edge.source);
    const target = boxes.get(edge.target);
    if (source && target) (edge.className?.includes('edge--boundary') ? boundary : plain).push(flowPath(edge, nodeBox(source), nodeBox(target)));
  }
  return { plain: plain.join(''), boundary: boundary.join('') };
}


function Layer({ paths, moving }: { paths: Paths; moving?: boolean }) {
  return (
    <svg className={`far-edges${moving ? ' far-edges--moving' : ''}`} aria-hidden="true">
      <path className="far-edges__plain" d={paths.plain} />
      <path className="far-edges__boundary" d={paths.boundary} />
    </svg>
  );
}
const StillLayer = memo(Layer);

interface Props {
  /** The nodes as stored (no drag under way), by id. */
  settledById: ReadonlyMap<string, FlowNode>;
  /** The nodes as drawn now (dragged ones where the pointer has them). */
  drawn: readonly FlowNode[];
  edges: readonly FlowEdge[];
}

export const FarEdges = memo(function FarEdges({ settledById: byId, drawn, edges }: Props) {
  // Near, the layer is hidden (CSS): a drag there need not redraw it.
  const far = useFarView();
  // The nodes a drag (or a dragged frame) moves: drawn as other objects than the stored ones.
  const movedKey = useMemo(
    () => (far ? drawn.filter((n) => byId.has(n.id) && byId.get(n.id) !== n).map((n) => n.id).join('\n') : ''),
    [far, drawn, byId],
  );
  const moved = useMemo(() => new Set(movedKey ? movedKey.split('\n') : []), [movedKey]);
  const touches = useMemo(() => (edge: FlowEdge) => moved.has(edge.source) || moved.has(edge.target), [moved]);
  const still = useMemo(() => flowPaths(byId, edges, (e) => !touches(e)), [byId, edges, touches]);
  const drawnById = useMemo(() => (moved.size ? new Map(drawn.map((n) => [n.id, n])) : byId), [drawn, moved, byId]);
  const moving = useMemo(() => (moved.size ? flowPaths(drawnById, edges, touches) : null), [drawnById, edges, touches, moved]);
  return (
    <ViewportLayer>
      <div className="far-edges-layer" data-flows={edges.length}>
        <StillLayer paths={still} />
        {moving && <Layer paths={moving} moving />}
      </div>
    </ViewportLayer>
  );
});
