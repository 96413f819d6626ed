// The flow between two nodes: an orthogonal path (or, per flow, a straight line or
// a curve) with an arrow and a label (protocol · frequency). The label is plain SVG
// with a width estimated from its text, so a plan with 1,000 labelled flows never
// measures text (React Flow's own edge label calls getBBox once per label, forcing
// a layout each time). Zoomed far out, CSS hides the label, and a flow first drawn
// far out has none until drawn near (FarZoomClass.tsx).
import { BaseEdge, getBezierPath, getSmoothStepPath, getStraightPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useDetailOnceNear } from './FarZoomClass';
import type { FlowEdge } from './flowModel';

const CHAR_WIDTH = 6.1;
const LABEL_HEIGHT = 18;

type PathParams = Pick<EdgeProps<FlowEdge>, 'sourceX' | 'sourceY' | 'targetX' | 'targetY' | 'sourcePosition' | 'targetPosition'>;
type PathOf = (params: PathParams) => [path: string, labelX: number, labelY: number, ...rest: number[]];

const orthogonal: PathOf = (params) => getSmoothStepPath({ ...params, borderRadius: 8, offset: 18 });
const straight: PathOf = (params) => getStraightPath(params);
const curved: PathOf = (params) => getBezierPath(params);

function edgeView(pathOf: PathOf) {
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
  }: EdgeProps<FlowEdge>) {
    const detail = useDetailOnceNear();
    const [path, labelX, labelY] = pathOf({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
    const text = typeof label === 'string' ? label : '';
    const width = Math.ceil(text.length * CHAR_WIDTH) + 12;
    return (
      <>
        <BaseEdge id={id} path={path} markerEnd={markerEnd} interactionWidth={interactionWidth} />
        {text && detail && (
          <g className="plan-edge-label" transform={`translate(${labelX} ${labelY})`}>
            <rect x={-width / 2} y={-LABEL_HEIGHT / 2} width={width} height={LABEL_HEIGHT} rx={4} />
            <text textAnchor="middle" dy="0.35em">
              {text}
            </text>
          </g>
        )}
      </>
    );
  });
}

export const EDGE_TYPES_MAP = { plan: edgeView(orthogonal), 'plan-straight': edgeView(straight), 'plan-curved': edgeView(curved) };
