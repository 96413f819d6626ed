// "Merge from…": what the other copy brings, and the conflicts a person settles
// one by one (keep mine, take theirs, or edit a text) before the merge is applied
// as one undoable step. Nothing changes in the plan until "Apply merge".
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  conflictKey,
  MergeResolutionError,
  resolveConflicts,
  type Conflict,
  type ConflictChoice,
  type ConflictChoices,
} from '../../../shared/merge/index';
import { describeError } from '../host';
import { useDocumentStore } from '../store/documentStore';
import { showToast } from '../store/viewStore';
import { ModalFrame } from '../ui/dialogs';
import { useCompareStore, type MergeSession } from './compareStore';
import { shortNameOf } from './compareView';
import { displayValue, ENTITY_LABELS, fieldLabel, isFreeTextField, namesOf } from './describe';
import './compare.css';

function reasonText(conflict: Conflict, theirs: string): string {
  switch (conflict.reason) {
    case 'both-changed':
      return `You and ${theirs} changed it differently.`;
    case 'edit-delete':
      return conflict.mine === undefined ? `You deleted it; ${theirs} changed it.` : `You changed it; ${theirs} deleted it.`;
    case 'id-collision':
      return `You and ${theirs} each added something different under the same id; only one can stay.`;
    case 'no-ancestor':
      return 'The copies differ.';
  }
}

const MAX_ENTITY_LINES = 6;

/** A value in a conflict: a field's value, or for a whole entity a few of its fields (or that it is gone). */
function ConflictValue({ conflict, value, names }: { conflict: Conflict; value: unknown; names: ReadonlyMap<string, string> }) {
  if (conflict.field || conflict.reason === 'id-collision') {
    return <span className="merge-value__text">{displayValue(conflict.field, value, names)}</span>;
  }
  if (value === undefined || value === null) {
    return <span className="merge-value__gone">{conflict.reason === 'no-ancestor' ? 'Not in this copy' : 'Deleted'}</span>;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([key]) => key !== 'id');
  return (
    <span className="merge-value__entity">
      <span className="merge-value__kept">Kept</span>
      {entries.slice(0, MAX_ENTITY_LINES).map(([key, v]) => (
        <span key={key} className="merge-value__line">
          <span className="merge-value__key">{fieldLabel(key)}:</span> {displayValue(key, v, names)}
        </span>
      ))}
      {entries.length > MAX_ENTITY_LINES && <span className="merge-value__line">…</span>}
    </span>
  );
}

function isChosen(choice: ConflictChoice | undefined, side: 'mine' | 'theirs'): boolean {
  return choice === side;
}

function ConflictCard({
  conflict,
  choice,
  onChoose,
  names,
  theirsName,
  threeWay,
}: {
  conflict: Conflict;
  choice: ConflictChoice | undefined;
  onChoose(choice: ConflictChoice): void;
  names: ReadonlyMap<string, string>;
  theirsName: string;
  threeWay: boolean;
}) {
  const editId = useId();
  const editable = isFreeTextField(conflict.field, [conflict.mine, conflict.theirs]);
  const editing = typeof choice === 'object';
  const where = conflict.nodeId !== undefined ? names.get(conflict.nodeId) ?? conflict.nodeId : undefined;
  const title = `${ENTITY_LABELS[conflict.entity]} “${conflict.label || conflict.id}”${conflict.field ? ` · ${fieldLabel(conflict.field)}` : ''}`;
  const startEdit = () => {
    const initial = choice === 'theirs' ? conflict.theirs : conflict.mine;
    onChoose({ value: typeof initial === 'string' ? initial : '' });
  };
  return (
    <li className={`merge-conflict${choice ? ' is-settled' : ''}`} role="group" aria-label={title}>
      <div className="merge-conflict__head">
        <span className="merge-conflict__kind">{ENTITY_LABELS[conflict.entity]}</span>
        <span className="merge-conflict__label">{conflict.label || conflict.id}</span>
        {where && <span className="merge-conflict__where">in {where}</span>}
      </div>
      <div className="merge-conflict__field">
        {conflict.field ? (
          <>
            <strong>{fieldLabel(conflict.field)}</strong> — {reasonText(conflict, theirsName)}
          </>
        ) : (
          reasonText(conflict, theirsName)
        )}
      </div>
      {threeWay && conflict.field && (
        <div className="merge-conflict__base">
          <span className="merge-side__name">Before (common ancestor)</span>
          <ConflictValue conflict={conflict} value={conflict.base} names={names} />
        </div>
      )}
      <div className="merge-conflict__sides">
        <div className={`merge-side${isChosen(choice, 'mine') ? ' is-chosen' : ''}`}>
          <span className="merge-side__name">Mine</span>
          <ConflictValue conflict={conflict} value={conflict.mine} names={names} />
          <button type="button" className="btn btn--sm" aria-pressed={isChosen(choice, 'mine')} onClick={() => onChoose('mine')}>
            Keep mine
          </button>
        </div>
        <div className={`merge-side${isChosen(choice, 'theirs') ? ' is-chosen' : ''}`}>
          <span className="merge-side__name">{theirsName.toLowerCase() === 'theirs' ? 'Theirs' : `Theirs · ${theirsName}`}</span>
          <ConflictValue conflict={conflict} value={conflict.theirs} names={names} />
          <button type="button" className="btn btn--sm" aria-pressed={isChosen(choice, 'theirs')} onClick={() => onChoose('theirs')}>
            Take theirs
          </button>
        </div>
      </div>
      {editable && (
        <div className="merge-conflict__edit">
          {editing ? (
            <>
              <label htmlFor={editId} className="field-label">
                Your text for {fieldLabel(conflict.field).toLowerCase()}
              </label>
              <textarea
                id={editId}
                className="input merge-conflict__textarea"
                rows={3}
                value={String((choice as { value: unknown }).value ?? '')}
                onChange={(event) => onChoose({ value: event.target.value })}
                autoFocus
              />
            </>
          ) : (
            <button type="button" className="btn btn--sm" onClick={startEdit}>
              Edit
            </button>
          )}
        </div>
      )}
    </li>
  );
}

function countLabel(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function MergeDialog({ session }: { session: MergeSession }) {
  const { result, other, threeWay, autoChanges, fromDisk } = session;
  const plan = useDocumentStore((s) => s.plan);
  const names = useMemo(() => namesOf(plan, other.plan, result.inputs.base), [plan, other.plan, result.inputs.base]);
  const [choices, setChoices] = useState<ConflictChoices>({});
  const [error, setError] = useState<string | null>(null);
  const firstRef = useRef<HTMLButtonElement>(null);
  const applyRef = useRef<HTMLButtonElement>(null);
  // Focus without scrolling: the dialog opens showing its top, the summary and both sides.
  useEffect(() => (firstRef.current ?? applyRef.current)?.focus({ preventScroll: true }), []);
  const theirsName = shortNameOf(other.name);
  const conflicts = result.conflicts;
  const settled = conflicts.filter((c) => choices[conflictKey(c)] !== undefined).length;
  const allSettled = settled === conflicts.length;
  const nothingToMerge = conflicts.length === 0 && autoChanges.length === 0;
  const moved = result.autoResolved.length;

  const close = () => useCompareStore.getState().set({ merge: null });
  const choose = (key: string, choice: ConflictChoice) => {
    setError(null);
    setChoices((current) => ({ ...current, [key]: choice }));
  };
  const chooseAll = (side: 'mine' | 'theirs') => {
    setError(null);
    setChoices(Object.fromEntries(conflicts.map((c) => [conflictKey(c), side])));
  };
  const apply = () => {
    let merged;
    try {
      merged = resolveConflicts(result, choices);
    } catch (err) {
      setError(err instanceof MergeResolutionError ? err.message : describeError(err));
      return;
    }
    const documents = useDocumentStore.getState();
    documents.apply(`Merge from ${other.name}`, () => merged);
    // The file on disk is now part of the plan: what it holds counts as saved, and Save may write over it.
    if (fromDisk) documents.markSaved(other.plan, { revision: fromDisk.revision });
    close();
    showToast(`Merged ${other.name} into this plan. Save to keep the result; Undo takes it back.`);
  };

  return (
    <ModalFrame titleId="merge-title" title="Merge" onEscape={close} wide>
      <div className="merge">
        <p className="merge__from">
          From <strong>{other.name}</strong> into this plan.{' '}
          {fromDisk && threeWay
            ? 'Both start from the plan as you last saved it, so only what each side changed since counts.'
            : threeWay
              ? 'Both copies record the plan they were copied from, so only what each side changed since counts.'
              : null}
        </p>
        {!threeWay && (
          <p className="merge__notice" role="note">
            No common ancestor recorded: every difference is listed. Pick for each whether to keep yours or take theirs.
          </p>
        )}
        <p className="merge__summary" aria-label="Merge summary">
          {nothingToMerge ? (
            <>Nothing to merge: this plan already has everything {other.name} has.</>
          ) : (
            <>
              <strong>{countLabel(autoChanges.length, 'change')}</strong> merged automatically ·{' '}
              <strong>{countLabel(conflicts.length, 'conflict')}</strong> to settle
            </>
          )}
        </p>
        {moved > 0 && (
          <p className="merge__minor">
            {countLabel(moved, 'node was', 'nodes were')} moved in both copies; your positions are kept.
          </p>
        )}
        {autoChanges.length > 0 && (
          <details className="merge__auto">
            <summary>What merges without asking</summary>
            <ul>
              {autoChanges.map((c) => (
                <li key={`${c.entity}:${c.id}`}>
                  <span className={`merge__auto-kind merge__auto-kind--${c.kind}`}>{c.kind === 'added' ? 'Added' : c.kind === 'removed' ? 'Removed' : 'Changed'}</span>{' '}
                  {ENTITY_LABELS[c.entity].toLowerCase()} “{c.label || c.id}”
                  {c.fields ? `: ${c.fields.map((f) => `${fieldLabel(f.field).toLowerCase()} → ${displayValue(f.field, f.after, names)}`).join('; ')}` : ''}
                </li>
              ))}
            </ul>
          </details>
        )}
        {conflicts.length > 0 && (
          <>
            <div className="merge__bulk">
              <span className="merge__progress" role="status">
                {settled} of {conflicts.length} settled
              </span>
              <button ref={firstRef} type="button" className="btn btn--sm" onClick={() => chooseAll('mine')}>
                Keep all mine
              </button>
              <button type="button" className="btn btn--sm" onClick={() => chooseAll('theirs')}>
                Take all theirs
              </button>
            </div>
            <ul className="merge__conflicts" aria-label="Conflicts">
              {conflicts.map((conflict) => {
                const key = conflictKey(conflict);
                return (
                  <ConflictCard
                    key={key}
                    conflict={conflict}
                    choice={choices[key]}
                    onChoose={(choice) => choose(key, choice)}
                    names={names}
                    theirsName={theirsName}
                    threeWay={threeWay}
                  />
                );
              })}
            </ul>
          </>
        )}
        {error && (
          <p role="alert" className="field-error merge__error">
            {error}
          </p>
        )}
      </div>
      <div className="modal__actions">
        <button type="button" className="btn" onClick={close}>
          Cancel
        </button>
        <button
          ref={applyRef}
          type="button"
          className="btn btn--primary"
          onClick={apply}
          disabled={!allSettled || nothingToMerge}
          title={allSettled ? undefined : 'Settle every conflict first'}
        >
          Apply merge
        </button>
      </div>
    </ModalFrame>
  );
}
