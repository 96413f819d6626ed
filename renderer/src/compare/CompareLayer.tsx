// Compare mode's panel on the canvas: which copy is compared, the legend of the
// marks, and the list of differences. Esc or the close button leaves compare mode.
import { Panel } from '@xyflow/react';
import { useEffect } from 'react';
import { summarizeDiff } from '../../../shared/merge/index';
import { isTextEntry } from '../canvas/editing';
import { flow } from '../canvas/viewport';
import { useT } from '../i18n';
import { hasOpenDialog } from '../ui/dialogs';
import { Icon } from '../ui/icons';
import { startMerge } from './actions';
import { ChangeList } from './ChangeList';
import { exitCompare } from './compareStore';
import { useCompareView, type CompareView } from './compareView';
import './compare.css';

function useEscapeLeavesCompare(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || isTextEntry(event.target)) return;
      if (hasOpenDialog() || document.querySelector('[aria-modal="true"]')) return;
      exitCompare();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active]);
}

function Legend({ shortName }: { shortName: string }) {
  const t = useT();
  return (
    <ul className="compare-legend" aria-label={t('ui.compare.legend.label')}>
      <li>
        <span className="compare-swatch compare-swatch--added" /> {t('ui.compare.legend.added', { name: shortName })}
      </li>
      <li>
        <span className="compare-swatch compare-swatch--removed" /> {t('ui.compare.legend.removed', { name: shortName })}
      </li>
      <li>
        <span className="compare-swatch compare-swatch--changed" /> {t('ui.compare.legend.changed')}
      </li>
      <li>
        <span className="compare-swatch compare-swatch--moved" /> {t('ui.compare.legend.moved')}
      </li>
    </ul>
  );
}

function Summary({ view }: { view: CompareView }) {
  const t = useT();
  const s = summarizeDiff(view.diff);
  return <p className="compare-panel__summary">{t('ui.compare.panel.summary', { added: s.added, removed: s.removed, changed: s.changed, moved: s.moved })}</p>;
}

/** Room the panel takes on the right of the canvas, kept free when the view is fitted. */
const PANEL_ROOM = '360px';

/** Entering compare mode (or switching copies) fits the view to both copies' nodes, clear of the panel. */
function useFitOnCompare(other: unknown): void {
  useEffect(() => {
    if (!other) return;
    let frame = requestAnimationFrame(() => {
      // One more frame: the ghosts are measured after their first render.
      frame = requestAnimationFrame(() => {
        void flow()?.fitView({ padding: { top: '40px', bottom: '40px', left: '40px', right: PANEL_ROOM }, duration: 300, maxZoom: 1.1 });
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [other]);
}

export function CompareLayer() {
  const t = useT();
  const view = useCompareView();
  useEscapeLeavesCompare(view !== null);
  useFitOnCompare(view?.other ?? null);
  if (!view) return null;
  return (
    <Panel position="top-right" className="compare-panel nowheel" role="region" aria-label={t('ui.compare.panel.label')}>
      <div className="compare-panel__head">
        <div className="compare-panel__heading">
          <span className="compare-panel__eyebrow">{t('ui.compare.panel.comparingWith')}</span>
          <span className="compare-panel__name" title={view.other.name}>
            {view.other.name}
          </span>
        </div>
        <button type="button" className="tool" aria-label={t('ui.compare.panel.exit')} title={t('ui.compare.panel.exitTitle')} onClick={exitCompare}>
          <Icon name="close" size={16} />
        </button>
      </div>
      <Summary view={view} />
      <Legend shortName={view.shortName} />
      <ChangeList view={view} />
      <div className="compare-panel__foot">
        <button type="button" className="btn btn--sm" onClick={() => void startMerge(view.other)}>
          {t('ui.compare.panel.mergeFrom', { name: view.shortName })}
        </button>
      </div>
    </Panel>
  );
}
