// What happens when the window opens: learn about the host, follow the system
// theme, and open the plan the address names (browser host), offering unsaved
// work of that plan from an earlier session first.
import { DEFAULT_SETTINGS } from '../../../shared/host/contract';
import { formatWhen } from '../start/PlanLists';
import { getHost } from '../host';
import { showToast, useViewStore } from '../store/viewStore';
import { startTheme } from '../theme';
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
  const [info, settings] = await Promise.all([host.getHostInfo({}).catch(() => null), host.getSettings({}).catch(() => DEFAULT_SETTINGS)]);
  startTheme(settings.theme);
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
