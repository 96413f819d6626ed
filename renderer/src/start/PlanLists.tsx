// Lists of plans to open: the served folder (browser host), recent plans, and
// unsaved work that can be restored.
import { useEffect, useState } from 'react';
import type { PlanEntry, RecoveryEntry } from '../../../shared/host/contract';
import { discardRecovery, openPlan, restoreRecovery } from '../document/actions';
import { describeError, getHost } from '../host';
import { intlLocale, uiT, useT } from '../i18n';
import { ask } from '../ui/dialogs';
import { Icon } from '../ui/icons';

/** When something happened, as a person says it in the interface language ("just now", "today 14:05"). */
export function formatWhen(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const seconds = (Date.now() - date.getTime()) / 1000;
  if (seconds < 60) return uiT('ui.app.when.justNow');
  if (seconds < 3600) return uiT('ui.app.when.minutesAgo', { minutes: Math.round(seconds / 60) });
  const sameDay = new Date().toDateString() === date.toDateString();
  const time = date.toLocaleTimeString(intlLocale(), { hour: '2-digit', minute: '2-digit' });
  if (sameDay) return uiT('ui.app.when.today', { time });
  return uiT('ui.app.when.dateTime', { date: date.toLocaleDateString(intlLocale(), { year: 'numeric', month: 'short', day: 'numeric' }), time });
}

/** Loads something from the host once; `error` holds a message for a person. */
export function useHostList<T>(load: () => Promise<T>, deps: unknown[] = []): { data: T | null; error: string | null; reload(): void } {
  const [state, setState] = useState<{ data: T | null; error: string | null }>({ data: null, error: null });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setState({ data, error: null }),
      (error) => live && setState({ data: null, error: describeError(error) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version, ...deps]);
  return { ...state, reload: () => setVersion((v) => v + 1) };
}

export function PlanList({
  plans,
  emptyText,
  onOpened,
  label,
  onPick = (entry) => openPlan(entry.ref),
}: {
  plans: PlanEntry[];
  emptyText: string;
  onOpened?(): void;
  label: string;
  /** What choosing a plan does (default: open it); true when done. */
  onPick?(entry: PlanEntry): Promise<boolean>;
}) {
  if (plans.length === 0) return <p className="list-empty">{emptyText}</p>;
  return (
    <ul className="plan-list" aria-label={label}>
      {plans.map((entry) => (
        <li key={entry.ref}>
          <button
            type="button"
            className="plan-row"
            onClick={async () => {
              if (await onPick(entry)) onOpened?.();
            }}
          >
            <Icon name="file" size={16} />
            <span className="plan-row__text">
              <span className="plan-row__title">{entry.title || entry.name}</span>
              <span className="plan-row__name">{entry.name}</span>
            </span>
            <span className="plan-row__when">{formatWhen(entry.modifiedAt)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function RecoveryOffers({ entries, onChanged }: { entries: RecoveryEntry[]; onChanged(): void }) {
  const t = useT();
  if (entries.length === 0) return null;
  return (
    <section className="recovery" aria-label={t('ui.app.recovery.landmark')}>
      <div className="recovery__head">
        <Icon name="lifebuoy" size={16} />
        <h2 className="recovery__title">{t('ui.app.recovery.title')}</h2>
      </div>
      <ul className="recovery__list">
        {entries.map((entry) => (
          <li key={entry.key} className="recovery__item">
            <span className="recovery__text">
              <span className="recovery__plan">{entry.title || entry.name}</span>
              <span className="recovery__meta">
                {entry.ref
                  ? t('ui.app.recovery.metaSaved', { name: entry.name, when: formatWhen(entry.savedAt) })
                  : t('ui.app.recovery.metaNeverSaved', { when: formatWhen(entry.savedAt) })}
              </span>
            </span>
            <button type="button" className="btn btn--primary btn--sm" onClick={() => void restoreRecovery(entry)} aria-label={t('ui.app.recovery.restoreNamed', { name: entry.title || entry.name })}>
              {t('ui.app.recovery.restore')}
            </button>
            <button
              type="button"
              className="btn btn--sm"
              aria-label={t('ui.app.recovery.discardNamed', { name: entry.title || entry.name })}
              onClick={async () => {
                const answer = await ask({
                  title: t('ui.app.recovery.discardTitle'),
                  message: t('ui.app.recovery.discardMessage', { name: entry.title || entry.name, when: formatWhen(entry.savedAt) }),
                  buttons: [
                    { id: 'cancel', label: t('ui.common.cancel') },
                    { id: 'discard', label: t('ui.app.recovery.discard'), tone: 'danger' },
                  ],
                  cancelId: 'cancel',
                });
                if (answer === 'discard') {
                  await discardRecovery(entry.key);
                  onChanged();
                }
              }}
            >
              {t('ui.app.recovery.discard')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The served folder's plans (browser host). */
export function FolderPlans({ onOpened }: { onOpened?(): void }) {
  const t = useT();
  const { data, error } = useHostList(() => getHost().listPlans({}));
  if (error) return <p className="list-error">{error}</p>;
  if (!data) return <p className="list-empty">{t('ui.common.loading')}</p>;
  return (
    <PlanList
      plans={data.plans}
      label={t('ui.app.start.plansInFolder', { folder: data.folder })}
      emptyText={t('ui.app.planLists.folderEmpty', { folder: data.folder })}
      onOpened={onOpened}
    />
  );
}
