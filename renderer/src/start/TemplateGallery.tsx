// Cards to start a plan: one per pipeline template, and a blank plan.
import { PIPELINE_TEMPLATES } from '../../../shared/templates/index';
import { newPlan } from '../document/actions';
import { useTranslator } from '../i18n';
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

/** A template's name and description show in the interface language (the plan is made in it too). */
export function TemplateGallery({ onChosen }: { onChosen?(): void }) {
  const { t, content } = useTranslator();
  const previews = useMemo(() => PIPELINE_TEMPLATES.map((t) => previewTypes(t.build)), []);
  const start = async (templateId: string | null) => {
    if (await newPlan(templateId)) onChosen?.();
  };
  return (
    <ul className="template-grid" aria-label={t('ui.app.templates.label')}>
      <li>
        <button type="button" className="template-card template-card--blank" onClick={() => void start(null)} aria-label={t('ui.app.templates.blank')}>
          <span className="template-card__preview template-card__preview--blank">
            <Icon name="plus" size={22} />
          </span>
          <span className="template-card__name">{t('ui.app.templates.blank')}</span>
          <span className="template-card__description">{t('ui.app.templates.blankDescription')}</span>
        </button>
      </li>
      {PIPELINE_TEMPLATES.map((template, index) => (
        <li key={template.id}>
          <button type="button" className="template-card" onClick={() => void start(template.id)} aria-label={content(template.name)}>
            <span className="template-card__preview" aria-hidden="true">
              {previews[index].map((type, i) => (
                <span key={type} className="template-card__step">
                  {i > 0 && <span className="template-card__arrow" />}
                  <span className="template-card__chip" title={t(`vocab.nodeType.${type}`)}>
                    <NodeTypeIcon type={type} size={14} />
                  </span>
                </span>
              ))}
            </span>
            <span className="template-card__name">{content(template.name)}</span>
            <span className="template-card__description">{content(template.description)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
