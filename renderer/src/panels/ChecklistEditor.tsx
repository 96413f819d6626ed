// A node's checklist: add, check, edit, reorder, delete; per item an assignee,
// a due date and the phase gate by which it must be done; and items picked from
// the checklist libraries (ChecklistLibraryPicker), offered and added in the
// interface language (items already in the plan keep their text). New items go to
// the author from Settings when the plan names them (renderer/src/settings/author.ts).
import { useRef, useState } from 'react';
import type { ChecklistItem, PlanNode } from '../../../shared/model/types';
import { updateChecklistItem } from '../../../shared/ops/index';
import { LANGUAGES, createTranslator } from '../../../shared/i18n/index';
import { PHASES, TEST_MODES, type Phase, type TestMode } from '../../../shared/model/vocabulary';
import { ML_TEST_SCORE_CHECKLIST } from '../../../shared/templates/index';
import { formatDateTime, useT } from '../i18n';
import { defaultAssignee } from '../settings/author';
import { ChecklistLibraryPicker } from './ChecklistLibraryPicker';
import { edits } from './edit';
import { AddInput, IconButton, SelectField, TextField } from './fields';
import { PersonSelect } from './NewEntityPickers';
import { usePeopleOptions, usePhaseOptions, usePlan } from './planHooks';

/**
 * The tests of the ML Test Score library, in every language a plan's checklist may be
 * written in: an item with one of these texts scores by how it is carried out.
 */
const ML_TESTS = new Set(LANGUAGES.flatMap((lang) => ML_TEST_SCORE_CHECKLIST.items.map((i) => createTranslator(lang).content(i.text))));

export function ChecklistEditor({ node }: { node: PlanNode }) {
  const items = node.checklist ?? [];
  const [libraryOpen, setLibraryOpen] = useState(false);
  const libraryButton = useRef<HTMLButtonElement>(null);
  const currentPhase = usePlan()?.phase;
  const t = useT();
  return (
    <div className="checklist">
      {items.length > 0 && (
        <ul className="checklist-items">
          {items.map((item, index) => (
            <ChecklistRow key={item.id} nodeId={node.id} item={item} index={index} count={items.length} currentPhase={currentPhase} />
          ))}
        </ul>
      )}
      <AddInput
        label={t('ui.inspector.checklist.newItem')}
        addLabel={t('ui.inspector.checklist.addItem')}
        placeholder={t('ui.inspector.checklist.newItemPlaceholder')}
        onAdd={(text) => edits.addChecklistItem(node.id, { text, phase: currentPhase, ...defaultAssignee() })} />
      <button ref={libraryButton} type="button" className="button-link" aria-haspopup="dialog" onClick={() => setLibraryOpen(true)}>
        {t('ui.inspector.checklist.addFromLibrary')}
      </button>
      {libraryOpen && (
        <ChecklistLibraryPicker
          node={node}
          phase={currentPhase}
          onClose={() => {
            setLibraryOpen(false);
            libraryButton.current?.focus();
          }}
        />
      )}
    </div>
  );
}

function ChecklistRow({
  nodeId,
  item,
  index,
  count,
  currentPhase,
}: {
  nodeId: string;
  item: ChecklistItem;
  index: number;
  count: number;
  currentPhase: Phase | undefined;
}) {
  const [open, setOpen] = useState(false);
  const t = useT();
  const people = usePeopleOptions();
  const phaseOptions = usePhaseOptions();
  const name = item.text.trim() || t('ui.inspector.checklist.untitledItem');
  const assignee = people.find((p) => p.value === item.assigneeId)?.label;
  const overdueGate = !item.done && item.phase !== undefined && currentPhase !== undefined && PHASES.indexOf(item.phase) <= PHASES.indexOf(currentPhase);
  const key = (field: string) => `item:${item.id}:${field}`;
  return (
    <li className={`checklist-item ${item.done ? 'is-done' : ''}`} data-entity-id={item.id}>
      <div className="checklist-main">
        <input
          type="checkbox"
          checked={item.done}
          aria-label={name}
          onChange={() => edits.toggleChecklistItem(nodeId, item.id)}
        />
        <TextField
          className="checklist-text"
          label={t('ui.inspector.checklist.itemText', { number: index + 1 })}
          hideLabel
          wrap
          value={item.text}
          onCommit={(text) => edits.updateChecklistItem(nodeId, item.id, { text }, key('text'))}
        />
        <span className="row-actions">
          <IconButton label={t('ui.inspector.checklist.moveUp', { name })} disabled={index === 0} onClick={() => edits.moveChecklistItem(nodeId, item.id, index - 1)}>
            ↑
          </IconButton>
          <IconButton label={t('ui.inspector.checklist.moveDown', { name })} disabled={index === count - 1} onClick={() => edits.moveChecklistItem(nodeId, item.id, index + 1)}>
            ↓
          </IconButton>
          <IconButton label={t('ui.inspector.checklist.delete', { name })} className="danger" onClick={() => edits.removeChecklistItem(nodeId, item.id)}>
            ×
          </IconButton>
        </span>
      </div>
      <button type="button" className="checklist-meta" aria-expanded={open} aria-label={t('ui.inspector.checklist.details', { name })} onClick={() => setOpen((o) => !o)}>
        <span className={`meta-chip ${overdueGate ? 'meta-gate' : ''}`}>{item.phase ? t(`vocab.phase.${item.phase}`) : t('ui.inspector.checklist.noGate')}</span>
        {assignee && <span className="meta-chip">{assignee}</span>}
        {item.due && (
          // A due date is a day (YYYY-MM-DD, read as UTC midnight): shown in UTC so it is the same day everywhere.
          <span className="meta-chip">{t('ui.inspector.checklist.due', { date: formatDateTime(item.due, { dateStyle: 'medium', timeZone: 'UTC' }) })}</span>
        )}
        {item.category && <span className="meta-chip meta-category">{item.category}</span>}
      </button>
      {open && (
        <div className="checklist-details">
          <PersonSelect
            label={t('ui.inspector.checklist.assignee')}
            value={item.assigneeId}
            emptyLabel={t('ui.inspector.checklist.nobody')}
            onCommit={(assigneeId) => edits.updateChecklistItem(nodeId, item.id, { assigneeId }, key('assignee'))}
            assign={(plan, assigneeId) => updateChecklistItem(plan, item.id, { assigneeId })}
          />
          <TextField
            label={t('ui.inspector.checklist.dueDate')}
            type="date"
            value={item.due}
            onCommit={(due) => edits.updateChecklistItem(nodeId, item.id, { due: due || undefined }, key('due'))} />
          <SelectField
            label={t('ui.inspector.checklist.dueByPhase')}
            value={item.phase}
            options={phaseOptions}
            emptyLabel={t('ui.inspector.checklist.noPhaseGate')}
            onCommit={(phase) => edits.updateChecklistItem(nodeId, item.id, { phase: phase as Phase | undefined }, key('phase'))}
          />
          {ML_TESTS.has(item.text.trim().replace(/\s+/g, ' ')) && (
            <SelectField
              label={t('ui.inspector.checklist.mlTestScore')}
              value={item.testing}
              options={TEST_MODES.map((mode) => ({ value: mode, label: t(`ui.inspector.checklist.testMode.${mode}`) }))}
              emptyLabel={t('ui.inspector.checklist.notYet')}
              onCommit={(testing) => edits.updateChecklistItem(nodeId, item.id, { testing: testing as TestMode | undefined }, key('testing'))}
            />
          )}
        </div>
      )}
    </li>
  );
}
