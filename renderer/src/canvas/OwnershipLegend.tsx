// The key to the ownership view: one colour per team, and what the highlights mean.
import { Panel } from '@xyflow/react';
import { usePlanAnalysis } from '../store/analysis';
import { useDocumentStore } from '../store/documentStore';

export function OwnershipLegend() {
  const teams = useDocumentStore((s) => s.plan?.teams);
  const analysis = usePlanAnalysis();
  return (
    <Panel position="top-left" className="legend" role="group" aria-label="Teams legend">
      <ul className="legend__list">
        <li className="legend__title">Owner teams</li>
        {(teams ?? []).map((team) => (
          <li key={team.id} className="legend__item">
            <span className="legend__swatch" style={{ background: analysis?.teamColors.get(team.id) }} />
            {team.name}
          </li>
        ))}
        <li className="legend__item">
          <span className="legend__swatch legend__swatch--none" />
          No owner
        </li>
      </ul>
      <div className="legend__keys">
        <span className="legend__item" title="The operator team differs from the owner team">
          <span className="legend__handoff" /> Handoff point
        </span>
        <span className="legend__item" title="A flow between nodes owned by different teams: it needs an agreed contract">
          <svg width="22" height="8" aria-hidden="true">
            <line x1="1" y1="4" x2="21" y2="4" className="legend__boundary" />
          </svg>
          Crosses a team boundary
        </span>
      </div>
    </Panel>
  );
}
