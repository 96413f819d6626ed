// The flow between two nodes: an orthogonal path (or, per flow, a straight line or
// a curve) with an arrow and a label (protocol · frequency). The label is plain SVG
// with a width estimated from its text, so a plan with 1,000 labelled flows never
// measures text (React Flow's own edge label calls getBBox once per label, forcing
// a layout each time). Zoomed far out, CSS hides the label; on a large plan the
// flows far from the view are not React Flow's at all (FarZoomClass.tsx). A flow with bend points is
// drawn through them (edgeRoute.ts); a selected one shows them as handles (BendPoints.tsx).
import { BaseEdge, getBezierPath, getSmoothStepPath, getStraightPath, type EdgeProps } from '@xyflow/react';
import { memo, type MouseEvent } from 'react';
import { addBendPointAt, BendPoints, pointsDuring, useBendDrag } from './BendPoints';
import { bentPath, insertionIndex, LABEL_HEIGHT, labelWidth } from './edgeRoute';
import type { EdgeRoute, FlowEdge } from './flowModel';
import { flow } from './viewport';

type PathParams = Pick<EdgeProps<FlowEdge>, 'sourceX' | 'sourceY' | 'targetX' | 'targetY' | 'sourcePosition' | 'targetPosition'>;
type PathOf = (params: PathParams) => [path: string, labelX: number, labelY: number, ...rest: number[]];

const orthogonal: PathOf = (params) => getSmoothStepPath({ ...params, borderRadius: 8, offset: 18 });
const straight: PathOf = (params) => getStraightPath(params);
const curved: PathOf = (params) => getBezierPath(params);

const NO_POINTS: readonly { x: number; y: number }[] = [];

function edgeView(route: EdgeRoute, pathOf: PathOf) {
  return memo(function PlanEdgeView({
    id,
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    label,
    markerEnd,
    interactionWidth,
    selected,
    data,
  }: EdgeProps<FlowEdge>) {
    const [drag, setDrag] = useBendDrag();
    const stored = data?.points ?? NO_POINTS;
    const points = pointsDuring(stored, drag);
    const source = { x: sourceX, y: sourceY };
    const target = { x: targetX, y: targetY };
    let path: string, labelX: number, labelY: number;
    if (points.length > 0) {
      const bent = bentPath(route, source, sourcePosition, target, targetPosition, points);
      [path, labelX, labelY] = [bent.path, bent.label.x, bent.label.y];
    } else {
      [path, labelX, labelY] = pathOf({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
    }
    const text = typeof label === 'string' ? label : '';
    const width = labelWidth(text);
    // A double-click on the line (or its label) adds a bend point there. The instance is
    // looked up on the click: useReactFlow() here would be one more store listener per flow.
    const onDoubleClick = (event: MouseEvent) => {
      const at = flow()?.screenToFlowPosition({ x: event.clientX, y: event.clientY }, { snapToGrid: false });
      if (!at) return;
      const point = { x: Math.round(at.x), y: Math.round(at.y) };
      addBendPointAt(id, insertionIndex(route, source, sourcePosition, target, targetPosition, stored, point), point);
    };
    return (
      <g onDoubleClick={onDoubleClick}>
        <BaseEdge id={id} path={path} markerEnd={markerEnd} interactionWidth={interactionWidth} />
        {text && (
          <g className="plan-edge-label" transform={`translate(${labelX} ${labelY})`}>
            <rect x={-width / 2} y={-LABEL_HEIGHT / 2} width={width} height={LABEL_HEIGHT} rx={4} />
            <text textAnchor="middle" dy="0.35em">
              {text}
            </text>
          </g>
        )}
        {selected && (
          <BendPoints
            edgeId={id}
            route={route}
            source={source}
            sourceSide={sourcePosition}
            target={target}
            targetSide={targetPosition}
            points={stored}
            drag={drag}
            onDrag={setDrag}
          />
        )}
      </g>
    );
  });
}

export const EDGE_TYPES_MAP = {
  plan: edgeView('orthogonal', orthogonal),
  'plan-straight': edgeView('straight', straight),
  'plan-curved': edgeView('curved', curved),
};
