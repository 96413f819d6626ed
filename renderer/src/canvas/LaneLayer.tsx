// The lane view's swimlanes, drawn as one layer behind the flows and the nodes (in
// the viewport, so they pan and zoom with the plan): a band tinted in each team's
// colour with the team's name at its start, as the exported diagram draws them.
// It re-renders when the plan changes, never during a drag or a zoom.
import { memo, useMemo, type CSSProperties } from 'react';
import { useT } from '../i18n';
import { usePlanAnalysis } from '../store/analysis';
import { useDocumentStore } from '../store/documentStore';
import { canvasLanes } from './lanes';
import { ViewportLayer } from './viewportLayer';
import './lanesFrames.css';

function LaneLayerImpl() {
  const t = useT();
  const plan = useDocumentStore((s) => s.plan);
  const analysis = usePlanAnalysis();
  const drawn = useMemo(() => (plan ? canvasLanes(plan) : null), [plan]);
  if (!drawn || !analysis) return null;
  return (
    <ViewportLayer>
      <div className={`lane-layer lane-layer--${drawn.orientation}`} data-orientation={drawn.orientation}>
        {drawn.lanes.map((lane) => {
          const { x, y, width, height } = lane.bounds;
          const style = {
            left: x,
            top: y,
            width,
            height,
            '--team': (lane.teamId && analysis.teamColors.get(lane.teamId)) || 'var(--text-faint)',
          } as CSSProperties;
          return (
            <div key={lane.teamId ?? ''} className="lane-band" data-team-id={lane.teamId ?? ''} style={style}>
              <span className="lane-band__name">{lane.teamId ? lane.name : t('ui.canvas.lanes.noTeam')}</span>
            </div>
          );
        })}
      </div>
    </ViewportLayer>
  );
}

export const LaneLayer = memo(LaneLayerImpl);
