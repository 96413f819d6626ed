// The key to the ownership view: one colour per team, and what the highlights mean.
import { Panel } from '@xyflow/react';
import { TEAM_KIND_LABELS } from '../../../shared/model/vocabulary';
import { usePlanAnalysis } from '../store/analysis';
import { useDocumentStore } from '../store/documentStore';

export function OwnershipLegend() {
  const teams = useDocumentStore((s) => s.plan?.teams);
  const analysis = usePlanAnalysis();
  return (
    <Panel position="top-left" className="legend" aria-label="Teams legend">
      <div className="legend__title">Owner teams</div>
      {(teams ?? []).length === 0 && <div className="legend__empty">No teams yet — add them in the plan inspector.</div>}
      <ul className="legend__list">
        {(teams ?? []).map((team) => (
          <li key={team.id} className="legend__item">
            <span className="legend__swatch" style={{ background: analysis?.teamColors.get(team.id) }} />
            <span className="legend__name">{team.name}</span>
            <span className="legend__kind">{TEAM_KIND_LABELS[team.kind]}</span>
          </li>
        ))}
        <li className="legend__item">
          <span className="legend__swatch legend__swatch--none" />
          <span className="legend__name">No owner</span>
        </li>
      </ul>
      <div className="legend__keys">
        <div className="legend__key">
          <span className="legend__handoff" /> Handoff point (operator ≠ owner)
        </div>
        <div className="legend__key">
          <svg width="28" height="8" aria-hidden="true">
            <line x1="1" y1="4" x2="27" y2="4" className="legend__boundary" />
          </svg>
          Crosses a team boundary
        </div>
      </div>
    </Panel>
  );
}
