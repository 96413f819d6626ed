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
  type PlanChange,
} from '../../../shared/merge/index';
import type { Translator } from '../../../shared/i18n/index';
import { describeError } from '../host';
import { uiT, useT } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { showToast } from '../store/viewStore';
import { ModalFrame } from '../ui/dialogs';
import { useCompareStore, type MergeSession } from './compareStore';
import { shortNameOf } from './compareView';
import { displayValue, entityLabel, fieldLabel, isFreeTextField, namesOf } from './describe';
import { richText } from './richText';
import './compare.css';

type T = Translator['t'];

function reasonText(conflict: Conflict, theirs: string, t: T): string {
  switch (conflict.reason) {
    case 'both-changed':
      return t('ui.compare.conflict.bothChanged', { theirs });
    case 'edit-delete':
      return conflict.mine === undefined ? t('ui.compare.conflict.mineDeleted', { theirs }) : t('ui.compare.conflict.theirsDeleted', { theirs });
    case 'id-collision':
      return t('ui.compare.conflict.idCollision', { theirs });
    case 'no-ancestor':
      return t('ui.compare.conflict.differ');
  }
}

const MAX_ENTITY_LINES = 6;

/** A value in a conflict: a field's value, or for a whole entity a few of its fields (or that it is gone). */
function ConflictValue({ conflict, value, names }: { conflict: Conflict; value: unknown; names: ReadonlyMap<string, string> }) {
  const t = useT();
  if (conflict.field || conflict.reason === 'id-collision') {
    return <span className="merge-value__text">{displayValue(conflict.field, value, names, t)}</span>;
  }
  if (value === undefined || value === null) {
    return <span className="merge-value__gone">{conflict.reason === 'no-ancestor' ? t('ui.compare.conflict.notInCopy') : t('ui.compare.conflict.deleted')}</span>;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([key]) => key !== 'id');
  return (
    <span className="merge-value__entity">
      <span className="merge-value__kept">{t('ui.compare.conflict.kept')}</span>
      {entries.slice(0, MAX_ENTITY_LINES).map(([key, v]) => (
        <span key={key} className="merge-value__line">
          <span className="merge-value__key">{t('ui.compare.conflict.entityField', { field: fieldLabel(key, t) })}</span> {displayValue(key, v, names, t)}
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
  const t = useT();
  const editId = useId();
  const editable = isFreeTextField(conflict.field, [conflict.mine, conflict.theirs]);
  const editing = typeof choice === 'object';
  const where = conflict.nodeId !== undefined ? names.get(conflict.nodeId) ?? conflict.nodeId : undefined;
  const entity = entityLabel(conflict.entity, t);
  const label = conflict.label || conflict.id;
  const title = conflict.field
    ? t('ui.compare.conflict.titleField', { entity, label, field: fieldLabel(conflict.field, t) })
    : t('ui.compare.conflict.title', { entity, label });
  const startEdit = () => {
    const initial = choice === 'theirs' ? conflict.theirs : conflict.mine;
    onChoose({ value: typeof initial === 'string' ? initial : '' });
  };
  return (
    <li className={`merge-conflict${choice ? ' is-settled' : ''}`} role="group" aria-label={title}>
      <div className="merge-conflict__head">
        <span className="merge-conflict__kind">{entity}</span>
        <span className="merge-conflict__label">{label}</span>
        {where && <span className="merge-conflict__where">{t('ui.compare.conflict.inNode', { node: where })}</span>}
      </div>
      <div className="merge-conflict__field">
        {conflict.field
          ? richText(t, 'ui.compare.conflict.fieldReason', { field: <strong>{fieldLabel(conflict.field, t)}</strong>, reason: reasonText(conflict, theirsName, t) })
          : reasonText(conflict, theirsName, t)}
      </div>
      {threeWay && conflict.field && (
        <div className="merge-conflict__base">
          <span className="merge-side__name">{t('ui.compare.conflict.base')}</span>
          <ConflictValue conflict={conflict} value={conflict.base} names={names} />
        </div>
      )}
      <div className="merge-conflict__sides">
        <div className={`merge-side${isChosen(choice, 'mine') ? ' is-chosen' : ''}`}>
          <span className="merge-side__name">{t('ui.compare.conflict.mine')}</span>
          <ConflictValue conflict={conflict} value={conflict.mine} names={names} />
          <button type="button" className="btn btn--sm" aria-pressed={isChosen(choice, 'mine')} onClick={() => onChoose('mine')}>
            {t('ui.compare.conflict.keepMine')}
          </button>
        </div>
        <div className={`merge-side${isChosen(choice, 'theirs') ? ' is-chosen' : ''}`}>
          <span className="merge-side__name">
            {theirsName.toLowerCase() === 'theirs' ? t('ui.compare.conflict.theirs') : t('ui.compare.conflict.theirsNamed', { name: theirsName })}
          </span>
          <ConflictValue conflict={conflict} value={conflict.theirs} names={names} />
          <button type="button" className="btn btn--sm" aria-pressed={isChosen(choice, 'theirs')} onClick={() => onChoose('theirs')}>
            {t('ui.compare.conflict.takeTheirs')}
          </button>
        </div>
      </div>
      {editable && (
        <div className="merge-conflict__edit">
          {editing ? (
            <>
              <label htmlFor={editId} className="field-label">
                {t('ui.compare.conflict.yourText', { field: fieldLabel(conflict.field, t).toLowerCase() })}
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
              {t('ui.common.edit')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

const AUTO_KIND = { added: 'ui.compare.short.added', removed: 'ui.compare.short.removed', changed: 'ui.compare.short.changed' } as const;

/** One thing that merges without asking: "Changed node “Churn model”: title → Churn model v3". */
function AutoChange({ change, names }: { change: PlanChange; names: ReadonlyMap<string, string> }) {
  const t = useT();
  const params = {
    kind: <span className={`merge__auto-kind merge__auto-kind--${change.kind}`}>{t(AUTO_KIND[change.kind])}</span>,
    entity: entityLabel(change.entity, t).toLowerCase(),
    label: change.label || change.id,
  };
  if (!change.fields) return richText(t, 'ui.compare.merge.autoChange', params);
  const fields = change.fields
    .map((f) => t('ui.compare.merge.autoField', { field: fieldLabel(f.field, t).toLowerCase(), value: displayValue(f.field, f.after, names, t) }))
    .join(t('ui.compare.merge.autoFieldSeparator'));
  return richText(t, 'ui.compare.merge.autoChangeFields', { ...params, fields });
}

export function MergeDialog({ session }: { session: MergeSession }) {
  const t = useT();
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
    documents.apply(uiT('ui.compare.merge.undoLabel', { name: other.name }), () => merged);
    // The file on disk is now part of the plan: what it holds counts as saved, and Save may write over it.
    if (fromDisk) documents.markSaved(other.plan, { revision: fromDisk.revision });
    close();
    showToast(uiT('ui.compare.merge.merged', { name: other.name }));
  };

  return (
    <ModalFrame titleId="merge-title" title={t('ui.compare.merge.title')} onEscape={close} wide>
      <div className="merge">
        <p className="merge__from">
          {richText(t, fromDisk && threeWay ? 'ui.compare.merge.fromThreeWayDisk' : threeWay ? 'ui.compare.merge.fromThreeWay' : 'ui.compare.merge.from', {
            name: <strong>{other.name}</strong>,
          })}
        </p>
        {!threeWay && (
          <p className="merge__notice" role="note">
            {t('ui.compare.merge.noAncestor')}
          </p>
        )}
        <p className="merge__summary" aria-label={t('ui.compare.merge.summaryLabel')}>
          {nothingToMerge
            ? t('ui.compare.merge.nothing', { name: other.name })
            : richText(t, 'ui.compare.merge.summary', {
                changes: <strong>{t('ui.compare.merge.changeCount', { count: autoChanges.length })}</strong>,
                conflicts: <strong>{t('ui.compare.merge.conflictCount', { count: conflicts.length })}</strong>,
              })}
        </p>
        {moved > 0 && (
          <p className="merge__minor">{t('ui.compare.merge.moved', { count: moved })}</p>
        )}
        {autoChanges.length > 0 && (
          <details className="merge__auto">
            <summary>{t('ui.compare.merge.autoTitle')}</summary>
            <ul>
              {autoChanges.map((c) => (
                <li key={`${c.entity}:${c.id}`}>
                  <AutoChange change={c} names={names} />
                </li>
              ))}
            </ul>
          </details>
        )}
        {conflicts.length > 0 && (
          <>
            <div className="merge__bulk">
              <span className="merge__progress" role="status">
                {t('ui.compare.merge.progress', { settled, total: conflicts.length })}
              </span>
              <button ref={firstRef} type="button" className="btn btn--sm" onClick={() => chooseAll('mine')}>
                {t('ui.compare.merge.keepAllMine')}
              </button>
              <button type="button" className="btn btn--sm" onClick={() => chooseAll('theirs')}>
                {t('ui.compare.merge.takeAllTheirs')}
              </button>
            </div>
            <ul className="merge__conflicts" aria-label={t('ui.compare.merge.conflicts')}>
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
          {t('ui.common.cancel')}
        </button>
        <button
          ref={applyRef}
          type="button"
          className="btn btn--primary"
          onClick={apply}
          disabled={!allSettled || nothingToMerge}
          title={allSettled ? undefined : t('ui.compare.merge.settleFirst')}
        >
          {t('ui.compare.merge.apply')}
        </button>
      </div>
    </ModalFrame>
  );
}
