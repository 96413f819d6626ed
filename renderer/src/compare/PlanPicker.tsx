// Browser host: the served folder's plans, to pick the copy to compare with or
// merge from (the desktop shows the OS open dialog instead).
import { useEffect, useRef } from 'react';
import type { CatalogKey } from '../../../shared/i18n/index';
import { getHost } from '../host';
import { useT } from '../i18n';
import { PlanList, useHostList } from '../start/PlanLists';
import { useDocumentStore } from '../store/documentStore';
import { ModalFrame } from '../ui/dialogs';
import { readOtherCopy } from './actions';
import { useCompareStore, type Purpose } from './compareStore';

const TITLES: Record<Purpose, CatalogKey> = { compare: 'ui.compare.menu.compareWith', merge: 'ui.compare.menu.mergeFrom' };
const HINTS: Record<Purpose, CatalogKey> = { compare: 'ui.compare.picker.compareHint', merge: 'ui.compare.picker.mergeHint' };

export function PlanPicker({ purpose }: { purpose: Purpose }) {
  const t = useT();
  const currentRef = useDocumentStore((s) => s.doc?.ref);
  const { data, error } = useHostList(() => getHost().listPlans({}));
  const close = () => useCompareStore.getState().set({ picking: null });
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  const others = (data?.plans ?? []).filter((entry) => entry.ref !== currentRef);
  return (
    <ModalFrame titleId="compare-picker-title" title={t(TITLES[purpose])} onEscape={close} wide>
      <p className="modal__body">{t(HINTS[purpose])}</p>
      {error ? (
        <p className="list-error">{error}</p>
      ) : !data ? (
        <p className="list-empty">{t('ui.common.loading')}</p>
      ) : (
        <PlanList
          plans={others}
          label={t('ui.compare.picker.plansIn', { folder: data.folder })}
          emptyText={t('ui.compare.picker.empty', { folder: data.folder })}
          onPick={(entry) => readOtherCopy(purpose, entry.ref)}
          onOpened={close}
        />
      )}
      <div className="modal__actions">
        <button ref={cancelRef} type="button" className="btn" onClick={close}>
          {t('ui.common.cancel')}
        </button>
      </div>
    </ModalFrame>
  );
}
