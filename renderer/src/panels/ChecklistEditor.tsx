// A node's checklist: add, check, edit, reorder, delete; per item an assignee,
// a due date and the phase gate by which it must be done; and items picked from
// the checklist libraries. New items go to the author from Settings when the
// plan names them (renderer/src/settings/author.ts).
import { useId, useMemo, useState } from 'react';
import type { ChecklistItem, PlanNode } from '../../../shared/model/types';
import { updateChecklistItem } from '../../../shared/ops/index';
import { PHASE_LABELS, TEST_MODES, TEST_MODE_LABELS, type Phase, type TestMode } from '../../../shared/model/vocabulary';
import { CHECKLIST_LIBRARIES, ML_TEST_SCORE_CHECKLIST } from '../../../shared/templates/index';
import { defaultAssignee } from '../settings/author';
import { edits } from './edit';
import { AddInput, IconButton, SelectField, TextField } from './fields';
import { PersonSelect } from './NewEntityPickers';
import { PHASE_OPTIONS, usePeopleOptions, usePlan } from './planHooks';

/** The tests of the ML Test Score library: an item with one of these texts scores by how it is carried out. */
const ML_TESTS = new Set(ML_TEST_SCORE_CHECKLIST.items.map((i) => i.text));
const TEST_MODE_OPTIONS = TEST_MODES.map((m) => ({ value: m, label: `${TEST_MODE_LABELS[m]} (${m === 'manual' ? '½ point' : '1 point'})` }));

export function ChecklistEditor({ node }: { node: PlanNode }) {
  const items = node.checklist ?? [];
  const [libraryOpen, setLibraryOpen] = useState(false);
  const currentPhase = usePlan()?.phase;
  return (
    <div className="checklist">
      {items.length > 0 && (
        <ul className="checklist-items">
          {items.map((item, index) => (
            <ChecklistRow key={item.id} nodeId={node.id} item={item} index={index} count={items.length} currentPhase={currentPhase} />
          ))}
        </ul>
      )}
      <AddInput label="New checklist item" placeholder="Add a checklist item…" onAdd={(text) => edits.addChecklistItem(node.id, { text, phase: currentPhase, ...defaultAssignee() })} />
      {libraryOpen ? (
        <LibraryPicker node={node} onClose={() => setLibraryOpen(false)} />
      ) : (
        <button type="button" className="button-link" onClick={() => setLibraryOpen(true)}>
          Add from library…
        </button>
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
  const people = usePeopleOptions();
  const name = item.text.trim() || 'Untitled item';
  const assignee = people.find((p) => p.value === item.assigneeId)?.label;
  const overdueGate = !item.done && item.phase !== undefined && currentPhase !== undefined && PHASE_OPTIONS.findIndex((p) => p.value === item.phase) <= PHASE_OPTIONS.findIndex((p) => p.value === currentPhase);
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
          label={`Text of checklist item ${index + 1}`}
          hideLabel
          wrap
          value={item.text}
          onCommit={(text) => edits.updateChecklistItem(nodeId, item.id, { text }, key('text'))}
        />
        <span className="row-actions">
          <IconButton label={`Move "${name}" up`} disabled={index === 0} onClick={() => edits.moveChecklistItem(nodeId, item.id, index - 1)}>
            ↑
          </IconButton>
          <IconButton label={`Move "${name}" down`} disabled={index === count - 1} onClick={() => edits.moveChecklistItem(nodeId, item.id, index + 1)}>
            ↓
          </IconButton>
          <IconButton label={`Delete "${name}"`} className="danger" onClick={() => edits.removeChecklistItem(nodeId, item.id)}>
            ×
          </IconButton>
        </span>
      </div>
      <button type="button" className="checklist-meta" aria-expanded={open} aria-label={`Details of "${name}"`} onClick={() => setOpen((o) => !o)}>
        <span className={`meta-chip ${overdueGate ? 'meta-gate' : ''}`}>{item.phase ? PHASE_LABELS[item.phase] : 'No gate'}</span>
        {assignee && <span className="meta-chip">{assignee}</span>}
        {item.due && <span className="meta-chip">due {item.due}</span>}
        {item.category && <span className="meta-chip meta-category">{item.category}</span>}
      </button>
      {open && (
        <div className="checklist-details">
          <PersonSelect
            label="Assignee"
            value={item.assigneeId}
            emptyLabel="Nobody"
            onCommit={(assigneeId) => edits.updateChecklistItem(nodeId, item.id, { assigneeId }, key('assignee'))}
            assign={(plan, assigneeId) => updateChecklistItem(plan, item.id, { assigneeId })}
          />
          <TextField label="Due date" type="date" value={item.due} onCommit={(due) => edits.updateChecklistItem(nodeId, item.id, { due: due || undefined }, key('due'))} />
          <SelectField
            label="Due by phase"
            value={item.phase}
            options={PHASE_OPTIONS}
            emptyLabel="No phase gate"
            onCommit={(phase) => edits.updateChecklistItem(nodeId, item.id, { phase: phase as Phase | undefined }, key('phase'))}
          />
          {ML_TESTS.has(item.text.trim().replace(/\s+/g, ' ')) && (
            <SelectField
              label="ML Test Score: carried out"
              value={item.testing}
              options={TEST_MODE_OPTIONS}
              emptyLabel="Not yet (0 points)"
              onCommit={(testing) => edits.updateChecklistItem(nodeId, item.id, { testing: testing as TestMode | undefined }, key('testing'))}
            />
          )}
        </div>
      )}
    </li>
  );
}

/** Pick items from a checklist library; items the node already has (same text) are shown as added. */
function LibraryPicker({ node, onClose }: { node: PlanNode; onClose(): void }) {
  const selectId = useId();
  const [libraryId, setLibraryId] = useState(CHECKLIST_LIBRARIES[0]?.id ?? '');
  const [picked, setPicked] = useState<Set<number>>(new Set());
  const library = CHECKLIST_LIBRARIES.find((l) => l.id === libraryId);
  const existing = useMemo(() => new Set((node.checklist ?? []).map((i) => i.text.trim())), [node.checklist]);
  const toggle = (index: number) =>
    setPicked((prev) => {
      const next = new Set(prev);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });
  const add = () => {
    if (!library) return;
    const items = library.items.filter((_, i) => picked.has(i)).map((i) => ({ text: i.text, phase: i.phase, category: i.category, ...defaultAssignee() }));
    if (items.length > 0) edits.addChecklistItems(node.id, items);
    onClose();
  };
  return (
    <div className="library-picker" role="group" aria-label="Add from library">
      <div className="field">
        <label htmlFor={selectId}>Checklist library</label>
        <select
          id={selectId}
          value={libraryId}
          onChange={(e) => {
            setLibraryId(e.target.value);
            setPicked(new Set());
          }}
        >
          {CHECKLIST_LIBRARIES.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      <ul className="library-items">
        {library?.items.map((item, index) => {
          const already = existing.has(item.text.trim());
          return (
            <li key={index}>
              <label className={already ? 'is-added' : undefined}>
                <input type="checkbox" disabled={already} checked={already || picked.has(index)} onChange={() => toggle(index)} />
                <span>{item.text}</span>
                <span className="meta-chip">{item.phase ? PHASE_LABELS[item.phase] : ''}</span>
              </label>
            </li>
          );
        })}
      </ul>
      <div className="button-row">
        <button type="button" className="button-primary" disabled={picked.size === 0} onClick={add}>
          {picked.size === 0 ? 'Add items' : `Add ${picked.size} item${picked.size === 1 ? '' : 's'}`}
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </div>
  );
}
