// Open questions, risks and decisions: who owns each, which node it is about,
// and how it was resolved.
import { useId, useMemo, useState } from 'react';
import type { Question } from '../../../shared/model/types';
import { updateQuestion } from '../../../shared/ops/index';
import { QUESTION_KINDS, QUESTION_KIND_LABELS, QUESTION_STATUSES, type QuestionKind, type QuestionStatus } from '../../../shared/model/vocabulary';
import { edits } from './edit';
import { AddInput, IconButton, SelectField, TextField, type Option } from './fields';
import { PersonSelect } from './NewEntityPickers';
import { usePlan, vocabularyOptions } from './planHooks';

const KIND_OPTIONS = vocabularyOptions(QUESTION_KINDS, QUESTION_KIND_LABELS);
const STATUS_OPTIONS = vocabularyOptions(QUESTION_STATUSES, { open: 'Open', resolved: 'Resolved' });

export function QuestionsEditor() {
  const plan = usePlan();
  const questions = plan?.questions ?? [];
  const nodes = plan?.nodes;
  const nodeOptions = useMemo<Option[]>(() => (nodes ?? []).filter((n) => n.type !== 'note').map((n) => ({ value: n.id, label: n.title })), [nodes]);
  const [newKind, setNewKind] = useState<QuestionKind>('question');
  const kindId = useId();
  return (
    <div className="entity-editor">
      {questions.length > 0 && (
        <ul className="card-list" role="none">
          {questions.map((q, index) => (
            <QuestionCard key={q.id} question={q} index={index} nodes={nodeOptions} />
          ))}
        </ul>
      )}
      <div className="add-with-kind">
        <label htmlFor={kindId} className="visually-hidden">
          Kind of new entry
        </label>
        <select id={kindId} value={newKind} onChange={(e) => setNewKind(e.target.value as QuestionKind)}>
          {KIND_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <AddInput label="New question, risk or decision" placeholder={`Add a ${newKind}…`} onAdd={(text) => edits.addQuestion({ kind: newKind, text, status: 'open' })} />
      </div>
    </div>
  );
}

function QuestionCard({ question: q, index, nodes }: { question: Question; index: number; nodes: Option[] }) {
  const key = (field: string) => `question:${q.id}:${field}`;
  const name = `${QUESTION_KIND_LABELS[q.kind]} ${index + 1}`;
  return (
    <li className={`card question-card kind-${q.kind} status-${q.status}`} role="group" aria-label={name} data-entity-id={q.id}>
      <div className="card-header">
        <SelectField label="Kind" hideLabel value={q.kind} options={KIND_OPTIONS} onCommit={(kind) => kind && edits.updateQuestion(q.id, { kind: kind as QuestionKind })} />
        <SelectField
          label="Status"
          hideLabel
          value={q.status}
          options={STATUS_OPTIONS}
          onCommit={(status) => status && edits.updateQuestion(q.id, { status: status as QuestionStatus })}
        />
        <IconButton label={`Remove ${name.toLowerCase()}`} className="danger" onClick={() => edits.removeQuestion(q.id)}>
          ×
        </IconButton>
      </div>
      <TextField label="Text" hideLabel multiline rows={2} value={q.text} onCommit={(text) => edits.updateQuestion(q.id, { text }, key('text'))} />
      <div className="field-row">
        <PersonSelect
          label="Owner"
          value={q.ownerId}
          emptyLabel="Nobody"
          onCommit={(ownerId) => edits.updateQuestion(q.id, { ownerId }, key('owner'))}
          assign={(plan, ownerId) => updateQuestion(plan, q.id, { ownerId })}
        />
        <SelectField label="Node" value={q.nodeId} options={nodes} emptyLabel="Whole plan" onCommit={(nodeId) => edits.updateQuestion(q.id, { nodeId }, key('node'))} />
      </div>
      {(q.status === 'resolved' || q.resolution) && (
        <TextField label="Resolution" value={q.resolution} onCommit={(resolution) => edits.updateQuestion(q.id, { resolution }, key('resolution'))} />
      )}
    </li>
  );
}
