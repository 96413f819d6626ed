// What a node asks of IT (or anyone): category, priority, the requirement and how
// it will be accepted. These become the rows of the exported requirements document.
import type { PlanNode, Requirement } from '../../../shared/model/types';
import { PRIORITIES, REQUIREMENT_CATEGORIES, type Priority, type RequirementCategory } from '../../../shared/model/vocabulary';
import { useT } from '../i18n';
import { edits } from './edit';
import { AddInput, IconButton, SelectField, TextField } from './fields';
import { vocabularyOptions } from './planHooks';

export function RequirementsEditor({ node }: { node: PlanNode }) {
  const t = useT();
  const requirements = node.requirements ?? [];
  return (
    <div className="requirements">
      {requirements.length > 0 && (
        <ol className="card-list" role="none">
          {requirements.map((r, index) => (
            <RequirementCard key={r.id} nodeId={node.id} requirement={r} index={index} />
          ))}
        </ol>
      )}
      <AddInput
        label={t('ui.inspector.requirements.new')}
        addLabel={t('ui.inspector.requirements.add')}
        placeholder={t('ui.inspector.requirements.newPlaceholder')}
        onAdd={(text) => edits.addRequirement(node.id, { text, category: 'functional', priority: 'must' })}
      />
    </div>
  );
}

function RequirementCard({ nodeId, requirement: r, index }: { nodeId: string; requirement: Requirement; index: number }) {
  const t = useT();
  const key = (field: string) => `requirement:${r.id}:${field}`;
  const name = t('ui.inspector.requirements.name', { number: index + 1 });
  return (
    <li className={`card requirement priority-${r.priority}`} data-entity-id={r.id} role="group" aria-label={name}>
      <div className="card-header">
        <SelectField
          label={t('ui.inspector.requirements.category')}
          hideLabel
          value={r.category}
          options={vocabularyOptions(REQUIREMENT_CATEGORIES, (c) => t(`vocab.requirementCategory.${c}`))}
          onCommit={(category) => category && edits.updateRequirement(nodeId, r.id, { category: category as RequirementCategory }, key('category'))}
        />
        <SelectField
          label={t('ui.inspector.requirements.priority')}
          hideLabel
          value={r.priority}
          options={vocabularyOptions(PRIORITIES, (p) => t(`vocab.priority.${p}`))}
          className="priority-select"
          onCommit={(priority) => priority && edits.updateRequirement(nodeId, r.id, { priority: priority as Priority }, key('priority'))}
        />
        <IconButton label={t('ui.inspector.requirements.remove', { number: index + 1 })} className="danger" onClick={() => edits.removeRequirement(nodeId, r.id)}>
          ×
        </IconButton>
      </div>
      <TextField
        label={t('ui.inspector.requirements.text')}
        hideLabel
        multiline
        rows={2}
        value={r.text}
        onCommit={(text) => edits.updateRequirement(nodeId, r.id, { text }, key('text'))} />
      <TextField
        label={t('ui.inspector.requirements.acceptance')}
        hideLabel
        value={r.acceptance}
        placeholder={t('ui.inspector.requirements.acceptancePlaceholder')}
        onCommit={(acceptance) => edits.updateRequirement(nodeId, r.id, { acceptance }, key('acceptance'))}
      />
    </li>
  );
}
