// The key to the ownership view: one colour per team, and what the highlights mean.
import { Panel } from '@xyflow/react';
import { useT } from '../i18n';
import { usePlanAnalysis } from '../store/analysis';
import { useDocumentStore } from '../store/documentStore';

export function OwnershipLegend() {
  const t = useT();
  const teams = useDocumentStore((s) => s.plan?.teams);
  const analysis = usePlanAnalysis();
  return (
    <Panel position="top-left" className="legend" role="group" aria-label={t('ui.canvas.legend.label')}>
      <ul className="legend__list">
        <li className="legend__title">{t('ui.canvas.legend.ownerTeams')}</li>
        {(teams ?? []).map((team) => (
          <li key={team.id} className="legend__item">
            <span className="legend__swatch" style={{ background: analysis?.teamColors.get(team.id) }} />
            {team.name}
          </li>
        ))}
        <li className="legend__item">
          <span className="legend__swatch legend__swatch--none" />
          {t('ui.canvas.legend.noOwner')}
        </li>
      </ul>
      <div className="legend__keys">
        <span className="legend__item" title={t('ui.canvas.legend.handoffHint')}>
          <span className="legend__handoff" /> {t('ui.canvas.legend.handoff')}
        </span>
        <span className="legend__item" title={t('ui.canvas.legend.boundaryHint')}>
          <svg width="22" height="8" aria-hidden="true">
            <line x1="1" y1="4" x2="21" y2="4" className="legend__boundary" />
          </svg>
          {t('ui.canvas.legend.boundary')}
        </span>
      </div>
    </Panel>
  );
}
