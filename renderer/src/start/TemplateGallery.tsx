// Cards to start a plan: one per pipeline template, and a blank plan.
import { NODE_TYPE_LABELS } from '../../../shared/model/vocabulary';
import { PIPELINE_TEMPLATES } from '../../../shared/templates/index';
import { newPlan } from '../document/actions';
import { Icon, NodeTypeIcon } from '../ui/icons';
import { useMemo } from 'react';
import type { NodeType } from '../../../shared/model/vocabulary';

/** The node types a template's pipeline runs through, left to right, for the card's preview. */
function previewTypes(build: () => { nodes?: { type: NodeType; position: { x: number } }[] }): NodeType[] {
  try {
    const nodes = [...(build().nodes ?? [])].filter((n) => n.type !== 'note').sort((a, b) => a.position.x - b.position.x);
    const seen: NodeType[] = [];
    for (const n of nodes) if (!seen.includes(n.type)) seen.push(n.type);
    return seen.slice(0, 5);
  } catch {
    return [];
  }
}

export function TemplateGallery({ onChosen }: { onChosen?(): void }) {
  const previews = useMemo(() => PIPELINE_TEMPLATES.map((t) => previewTypes(t.build)), []);
  const start = async (templateId: string | null) => {
    if (await newPlan(templateId)) onChosen?.();
  };
  return (
    <ul className="template-grid" aria-label="Templates">
      <li>
        <button type="button" className="template-card template-card--blank" onClick={() => void start(null)} aria-label="Blank plan">
          <span className="template-card__preview template-card__preview--blank">
            <Icon name="plus" size={22} />
          </span>
          <span className="template-card__name">Blank plan</span>
          <span className="template-card__description">An empty canvas in the exploration phase.</span>
        </button>
      </li>
      {PIPELINE_TEMPLATES.map((template, index) => (
        <li key={template.id}>
          <button type="button" className="template-card" onClick={() => void start(template.id)} aria-label={template.name}>
            <span className="template-card__preview" aria-hidden="true">
              {previews[index].map((type, i) => (
                <span key={type} className="template-card__step">
                  {i > 0 && <span className="template-card__arrow" />}
                  <span className="template-card__chip" title={NODE_TYPE_LABELS[type]}>
                    <NodeTypeIcon type={type} size={14} />
                  </span>
                </span>
              ))}
            </span>
            <span className="template-card__name">{template.name}</span>
            <span className="template-card__description">{template.description}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
