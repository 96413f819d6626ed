// The parts of a pipeline, one button per node type: click to add at the view's
// centre, or drag onto the canvas to place it.
import { memo } from 'react';
import { NODE_TYPES, type NodeType } from '../../../shared/model/vocabulary';
import { useT } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { NodeTypeIcon } from '../ui/icons';
import { PALETTE_DRAG_TYPE } from './flowModel';
import { addNodeOfType } from './editing';

type Group = 'data' | 'model' | 'production' | 'canvas' | 'other';
const GROUPS: { title: Group; types: NodeType[] }[] = [
  { title: 'data', types: ['data-source', 'dataset', 'pipeline'] },
  { title: 'model', types: ['notebook', 'training', 'model', 'evaluation'] },
  { title: 'production', types: ['service', 'batch-job', 'application', 'dashboard', 'monitoring', 'infrastructure'] },
  { title: 'canvas', types: ['note'] },
];

// Every type appears exactly once (a new type in the vocabulary shows up under "Other").
const grouped = new Set(GROUPS.flatMap((g) => g.types));
const OTHER = NODE_TYPES.filter((t) => !grouped.has(t));

export const Palette = memo(function Palette() {
  const t = useT();
  const readOnly = useDocumentStore((s) => Boolean(s.doc?.readOnlyReason));
  const groups = OTHER.length > 0 ? [...GROUPS, { title: 'other' as const, types: OTHER }] : GROUPS;
  return (
    <nav className="palette" aria-label={t('ui.canvas.palette.label')}>
      {groups.map((group) => (
        <div key={group.title} className="palette__group" role="group" aria-label={t(`ui.canvas.palette.group.${group.title}`)}>
          <div className="palette__heading">{t(`ui.canvas.palette.group.${group.title}`)}</div>
          {group.types.map((type) => (
            <button
              key={type}
              type="button"
              className="palette__item"
              aria-label={t('ui.canvas.palette.add', { type: t(`vocab.nodeType.${type}`) })}
              title={t(`ui.canvas.palette.description.${type}`)}
              disabled={readOnly}
              draggable={!readOnly}
              data-type={type}
              onClick={() => addNodeOfType(type)}
              onDragStart={(event) => {
                event.dataTransfer.setData(PALETTE_DRAG_TYPE, type);
                event.dataTransfer.effectAllowed = 'copy';
              }}
            >
              <span className="palette__icon">
                <NodeTypeIcon type={type} size={15} />
              </span>
              <span className="palette__label">{t(`vocab.nodeType.${type}`)}</span>
            </button>
          ))}
        </div>
      ))}
      <p className="palette__hint">{t('ui.canvas.palette.hint')}</p>
    </nav>
  );
});
