// What happens when the window opens: learn about the host, apply the user's
// settings (theme), and open the plan the address names (browser host), offering unsaved
// work of that plan from an earlier session first.
import { formatWhen } from '../start/PlanLists';
import { getHost } from '../host';
import { showToast, useViewStore } from '../store/viewStore';
import { loadSettings } from '../settings/settingsStore';
import { ask } from '../ui/dialogs';
import { discardRecovery, openPlan, restoreRecovery } from './actions';
import { planRefFromUrl } from './planUrl';

let started: Promise<void> | null = null;

/** Runs once per window, however often React mounts the app. */
export function startUp(): Promise<void> {
  started ??= run();
  return started;
}

async function run(): Promise<void> {
  const host = getHost();
  // Loading the settings also applies the chosen theme.
  const [info] = await Promise.all([host.getHostInfo({}).catch(() => null), loadSettings()]);
  useViewStore.getState().set({ hostInfo: info });
  if (info?.notice) showToast(info.notice);

  const ref = planRefFromUrl();
  if (!ref) return;
  const recovery = await host.listRecovery({}).catch(() => []);
  const unsaved = recovery.find((entry) => entry.ref === ref);
  if (unsaved) {
    const answer = await ask({
      title: 'Restore unsaved changes?',
      message: `Changes to “${unsaved.title || unsaved.name}” were autosaved ${formatWhen(unsaved.savedAt)} but never saved. Restore them?`,
      buttons: [
        { id: 'later', label: 'Not now' },
        { id: 'discard', label: 'Discard them', tone: 'danger' },
        { id: 'restore', label: 'Restore', tone: 'primary' },
      ],
      cancelId: 'later',
    });
    if (answer === 'restore' && (await restoreRecovery(unsaved))) return;
    if (answer === 'discard') await discardRecovery(unsaved.key);
  }
  await openPlan(ref);
}
