// The parts of a pipeline, one button per node type: click to add at the view's
// centre, or drag onto the canvas to place it.
import { memo } from 'react';
import { NODE_TYPE_DESCRIPTIONS, NODE_TYPE_LABELS, NODE_TYPES, type NodeType } from '../../../shared/model/vocabulary';
import { useDocumentStore } from '../store/documentStore';
import { NodeTypeIcon } from '../ui/icons';
import { PALETTE_DRAG_TYPE } from './flowModel';
import { addNodeOfType } from './editing';

const GROUPS: { title: string; types: NodeType[] }[] = [
  { title: 'Data', types: ['data-source', 'dataset', 'pipeline'] },
  { title: 'Model', types: ['notebook', 'training', 'model', 'evaluation'] },
  { title: 'Production', types: ['service', 'batch-job', 'application', 'dashboard', 'monitoring', 'infrastructure'] },
  { title: 'Canvas', types: ['note'] },
];

// Every type appears exactly once (a new type in the vocabulary shows up under "Other").
const grouped = new Set(GROUPS.flatMap((g) => g.types));
const OTHER = NODE_TYPES.filter((t) => !grouped.has(t));

export const Palette = memo(function Palette() {
  const readOnly = useDocumentStore((s) => Boolean(s.doc?.readOnlyReason));
  const groups = OTHER.length > 0 ? [...GROUPS, { title: 'Other', types: OTHER }] : GROUPS;
  return (
    <nav className="palette" aria-label="Palette">
      {groups.map((group) => (
        <div key={group.title} className="palette__group" role="group" aria-label={group.title}>
          <div className="palette__heading">{group.title}</div>
          {group.types.map((type) => (
            <button
              key={type}
              type="button"
              className="palette__item"
              aria-label={`Add ${NODE_TYPE_LABELS[type]}`}
              title={NODE_TYPE_DESCRIPTIONS[type]}
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
              <span className="palette__label">{NODE_TYPE_LABELS[type]}</span>
            </button>
          ))}
        </div>
      ))}
      <p className="palette__hint">Click to add at the centre, or drag onto the canvas.</p>
    </nav>
  );
});
