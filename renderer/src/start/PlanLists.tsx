// Lists of plans to open: the served folder (browser host), recent plans, and
// unsaved work that can be restored.
import { useEffect, useState } from 'react';
import type { PlanEntry, RecoveryEntry } from '../../../shared/host/contract';
import { discardRecovery, openPlan, restoreRecovery } from '../document/actions';
import { describeError, getHost } from '../host';
import { ask } from '../ui/dialogs';
import { Icon } from '../ui/icons';

export function formatWhen(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const seconds = (Date.now() - date.getTime()) / 1000;
  if (seconds < 60) return 'just now';
  if (seconds < 3600) return `${Math.round(seconds / 60)} min ago`;
  const sameDay = new Date().toDateString() === date.toDateString();
  const time = date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  if (sameDay) return `today ${time}`;
  return `${date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' })} ${time}`;
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
  if (entries.length === 0) return null;
  return (
    <section className="recovery" aria-label="Unsaved work">
      <div className="recovery__head">
        <Icon name="lifebuoy" size={16} />
        <h2 className="recovery__title">Unsaved work from an earlier session</h2>
      </div>
      <ul className="recovery__list">
        {entries.map((entry) => (
          <li key={entry.key} className="recovery__item">
            <span className="recovery__text">
              <span className="recovery__plan">{entry.title || entry.name}</span>
              <span className="recovery__meta">
                {entry.ref ? entry.name : 'Never saved'} · autosaved {formatWhen(entry.savedAt)}
              </span>
            </span>
            <button type="button" className="btn btn--primary btn--sm" onClick={() => void restoreRecovery(entry)} aria-label={`Restore ${entry.title || entry.name}`}>
              Restore
            </button>
            <button
              type="button"
              className="btn btn--sm"
              aria-label={`Discard ${entry.title || entry.name}`}
              onClick={async () => {
                const answer = await ask({
                  title: 'Discard unsaved work?',
                  message: `The changes to “${entry.title || entry.name}” autosaved ${formatWhen(entry.savedAt)} will be lost.`,
                  buttons: [
                    { id: 'cancel', label: 'Cancel' },
                    { id: 'discard', label: 'Discard', tone: 'danger' },
                  ],
                  cancelId: 'cancel',
                });
                if (answer === 'discard') {
                  await discardRecovery(entry.key);
                  onChanged();
                }
              }}
            >
              Discard
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The served folder's plans (browser host). */
export function FolderPlans({ onOpened }: { onOpened?(): void }) {
  const { data, error } = useHostList(() => getHost().listPlans({}));
  if (error) return <p className="list-error">{error}</p>;
  if (!data) return <p className="list-empty">Loading…</p>;
  return <PlanList plans={data.plans} label={`Plans in ${data.folder}`} emptyText={`There are no plans in ${data.folder} yet.`} onOpened={onOpened} />;
}
