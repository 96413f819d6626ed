// What a node asks of IT (or anyone): category, priority, the requirement and how
// it will be accepted. These become the rows of the exported requirements document.
import type { PlanNode, Requirement } from '../../../shared/model/types';
import {
  PRIORITIES,
  PRIORITY_LABELS,
  REQUIREMENT_CATEGORIES,
  REQUIREMENT_CATEGORY_LABELS,
  type Priority,
  type RequirementCategory,
} from '../../../shared/model/vocabulary';
import { edits } from './edit';
import { AddInput, IconButton, SelectField, TextField } from './fields';
import { vocabularyOptions } from './planHooks';

const CATEGORY_OPTIONS = vocabularyOptions(REQUIREMENT_CATEGORIES, REQUIREMENT_CATEGORY_LABELS);
const PRIORITY_OPTIONS = vocabularyOptions(PRIORITIES, PRIORITY_LABELS);

export function RequirementsEditor({ node }: { node: PlanNode }) {
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
        label="New requirement"
        placeholder="Add a requirement…"
        onAdd={(text) => edits.addRequirement(node.id, { text, category: 'functional', priority: 'must' })}
      />
    </div>
  );
}

function RequirementCard({ nodeId, requirement: r, index }: { nodeId: string; requirement: Requirement; index: number }) {
  const key = (field: string) => `requirement:${r.id}:${field}`;
  const name = `Requirement ${index + 1}`;
  return (
    <li className={`card requirement priority-${r.priority}`} data-entity-id={r.id} role="group" aria-label={name}>
      <div className="card-header">
        <SelectField
          label="Category"
          hideLabel
          value={r.category}
          options={CATEGORY_OPTIONS}
          onCommit={(category) => category && edits.updateRequirement(nodeId, r.id, { category: category as RequirementCategory }, key('category'))}
        />
        <SelectField
          label="Priority"
          hideLabel
          value={r.priority}
          options={PRIORITY_OPTIONS}
          className="priority-select"
          onCommit={(priority) => priority && edits.updateRequirement(nodeId, r.id, { priority: priority as Priority }, key('priority'))}
        />
        <IconButton label={`Remove ${name.toLowerCase()}`} className="danger" onClick={() => edits.removeRequirement(nodeId, r.id)}>
          ×
        </IconButton>
      </div>
      <TextField label="Requirement" hideLabel multiline rows={2} value={r.text} onCommit={(text) => edits.updateRequirement(nodeId, r.id, { text }, key('text'))} />
      <TextField
        label="Acceptance criteria"
        hideLabel
        value={r.acceptance}
        placeholder="Accepted when…"
        onCommit={(acceptance) => edits.updateRequirement(nodeId, r.id, { acceptance }, key('acceptance'))}
      />
    </li>
  );
}
