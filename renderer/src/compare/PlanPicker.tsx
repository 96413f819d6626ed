// Browser host: the served folder's plans, to pick the copy to compare with or
// merge from (the desktop shows the OS open dialog instead).
import { useEffect, useRef } from 'react';
import { getHost } from '../host';
import { PlanList, useHostList } from '../start/PlanLists';
import { useDocumentStore } from '../store/documentStore';
import { ModalFrame } from '../ui/dialogs';
import { readOtherCopy } from './actions';
import { useCompareStore, type Purpose } from './compareStore';

const TITLES: Record<Purpose, string> = { compare: 'Compare with…', merge: 'Merge from…' };
const HINTS: Record<Purpose, string> = {
  compare: 'Pick the other copy of this plan. Its differences are drawn over the canvas and listed; nothing changes in your plan.',
  merge: 'Pick the copy to merge into this plan. You see what merges and settle any conflicts before anything changes.',
};

export function PlanPicker({ purpose }: { purpose: Purpose }) {
  const currentRef = useDocumentStore((s) => s.doc?.ref);
  const { data, error } = useHostList(() => getHost().listPlans({}));
  const close = () => useCompareStore.getState().set({ picking: null });
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  const others = (data?.plans ?? []).filter((entry) => entry.ref !== currentRef);
  return (
    <ModalFrame titleId="compare-picker-title" title={TITLES[purpose]} onEscape={close} wide>
      <p className="modal__body">{HINTS[purpose]}</p>
      {error ? (
        <p className="list-error">{error}</p>
      ) : !data ? (
        <p className="list-empty">Loading…</p>
      ) : (
        <PlanList
          plans={others}
          label={`Plans in ${data.folder}`}
          emptyText={`There is no other plan in ${data.folder}. Put the other copy in that folder first.`}
          onPick={(entry) => readOtherCopy(purpose, entry.ref)}
          onOpened={close}
        />
      )}
      <div className="modal__actions">
        <button ref={cancelRef} type="button" className="btn" onClick={close}>
          Cancel
        </button>
      </div>
    </ModalFrame>
  );
}
