// What happens when the window opens: learn about the host, apply the user's
// settings (theme), and open the plan the address names (browser host), offering unsaved
// work of that plan from an earlier session first. The host calls run in parallel.
import { formatWhen } from '../start/PlanLists';
import { getHost } from '../host';
import { uiT } from '../i18n';
import { showToast, useViewStore } from '../store/viewStore';
import { loadSettings } from '../settings/settingsStore';
import { ask } from '../ui/dialogs';
import { joinWorkshop } from '../workshop/join';
import { workshopRequested } from '../workshop/workshopStore';
import { discardRecovery, openPlan, restoreRecovery } from './actions';
import { planRefFromUrl } from './planUrl';

let started: Promise<void> | null = null;

/** Runs once per window, however often React mounts the app. */
export function startUp(): Promise<void> {
  // `data-startup="done"` tells tests (and extensions) that every start-up notice has been shown.
  started ??= run().finally(() => {
    document.documentElement.dataset.startup = 'done';
  });
  return started;
}

async function run(): Promise<void> {
  const host = getHost();
  const ref = planRefFromUrl();
  // Everything start-up needs is asked for at once: one after the other, the host
  // info, the recovery list and then the plan (about 2 MB at 1,000 nodes) cost
  // several round trips before the first node could be drawn.
  const opening = ref ? host.openPlan({ ref }) : undefined;
  // Its failure is reported by openPlan below, when it is awaited.
  opening?.catch(() => undefined);
  const recoveryList = ref ? host.listRecovery({}).catch(() => []) : Promise.resolve([]);
  // Loading the settings also applies the chosen theme.
  const [info] = await Promise.all([host.getHostInfo({}).catch(() => null), loadSettings()]);
  useViewStore.getState().set({ hostInfo: info });
  if (info?.notice) showToast(info.notice);

  if (workshopRequested()) return joinWorkshop();
  if (!ref) return;
  const recovery = await recoveryList;
  const unsaved = recovery.find((entry) => entry.ref === ref);
  if (unsaved) {
    const answer = await ask({
      title: uiT('ui.app.recovery.restoreTitle'),
      message: uiT('ui.app.recovery.restoreMessage', { name: unsaved.title || unsaved.name, when: formatWhen(unsaved.savedAt) }),
      buttons: [
        { id: 'later', label: uiT('ui.app.recovery.notNow') },
        { id: 'discard', label: uiT('ui.app.recovery.discardThem'), tone: 'danger' },
        { id: 'restore', label: uiT('ui.app.recovery.restore'), tone: 'primary' },
      ],
      cancelId: 'later',
    });
    if (answer === 'restore' && (await restoreRecovery(unsaved))) return;
    if (answer === 'discard') await discardRecovery(unsaved.key);
  }
  await openPlan(ref, opening);
}
