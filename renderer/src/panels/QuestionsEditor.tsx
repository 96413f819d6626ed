// Open questions, risks and decisions: who owns each, which node it is about,
// and how it was resolved.
import { useId, useMemo, useState } from 'react';
import type { Question } from '../../../shared/model/types';
import { updateQuestion } from '../../../shared/ops/index';
import { QUESTION_KINDS, QUESTION_STATUSES, type QuestionKind, type QuestionStatus } from '../../../shared/model/vocabulary';
import { useT } from '../i18n';
import { edits } from './edit';
import { AddInput, IconButton, SelectField, TextField, type Option } from './fields';
import { PersonSelect } from './NewEntityPickers';
import { usePlan, vocabularyOptions } from './planHooks';

function useKindOptions(): Option[] {
  const t = useT();
  return vocabularyOptions(QUESTION_KINDS, (kind) => t(`vocab.questionKind.${kind}`));
}

export function QuestionsEditor() {
  const t = useT();
  const kindOptions = useKindOptions();
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
          {t('ui.inspector.questions.newKind')}
        </label>
        <select id={kindId} value={newKind} onChange={(e) => setNewKind(e.target.value as QuestionKind)}>
          {kindOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <AddInput
          label={t('ui.inspector.questions.new')}
          addLabel={t('ui.inspector.questions.add')}
          placeholder={t('ui.inspector.questions.newPlaceholder', { kind: newKind })}
          onAdd={(text) => edits.addQuestion({ kind: newKind, text, status: 'open' })}
        />
      </div>
    </div>
  );
}

function QuestionCard({ question: q, index, nodes }: { question: Question; index: number; nodes: Option[] }) {
  const t = useT();
  const kindOptions = useKindOptions();
  const statusOptions = vocabularyOptions(QUESTION_STATUSES, (status) => t(`ui.inspector.questions.statuses.${status}`));
  const key = (field: string) => `question:${q.id}:${field}`;
  const name = t('ui.inspector.questions.name', { kind: q.kind, number: index + 1 });
  return (
    <li className={`card question-card kind-${q.kind} status-${q.status}`} role="group" aria-label={name} data-entity-id={q.id}>
      <div className="card-header">
        <SelectField
          label={t('ui.inspector.questions.kind')}
          hideLabel
          value={q.kind}
          options={kindOptions}
          onCommit={(kind) => kind && edits.updateQuestion(q.id, { kind: kind as QuestionKind })} />
        <SelectField
          label={t('ui.inspector.questions.status')}
          hideLabel
          value={q.status}
          options={statusOptions}
          onCommit={(status) => status && edits.updateQuestion(q.id, { status: status as QuestionStatus })}
        />
        <IconButton label={t('ui.inspector.questions.remove', { kind: q.kind, number: index + 1 })} className="danger" onClick={() => edits.removeQuestion(q.id)}>
          ×
        </IconButton>
      </div>
      <TextField label={t('ui.inspector.questions.text')} hideLabel multiline rows={2} value={q.text} onCommit={(text) => edits.updateQuestion(q.id, { text }, key('text'))} />
      <div className="field-row">
        <PersonSelect
          label={t('ui.inspector.questions.owner')}
          value={q.ownerId}
          emptyLabel={t('ui.inspector.questions.nobody')}
          onCommit={(ownerId) => edits.updateQuestion(q.id, { ownerId }, key('owner'))}
          assign={(plan, ownerId) => updateQuestion(plan, q.id, { ownerId })}
        />
        <SelectField
          label={t('ui.inspector.questions.node')}
          value={q.nodeId}
          options={nodes}
          emptyLabel={t('ui.inspector.questions.wholePlan')}
          onCommit={(nodeId) => edits.updateQuestion(q.id, { nodeId }, key('node'))} />
      </div>
      {(q.status === 'resolved' || q.resolution) && (
        <TextField label={t('ui.inspector.questions.resolution')} value={q.resolution} onCommit={(resolution) => edits.updateQuestion(q.id, { resolution }, key('resolution'))} />
      )}
    </li>
  );
}
