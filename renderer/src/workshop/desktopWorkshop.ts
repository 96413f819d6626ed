// File ▸ Host Workshop… and File ▸ Join Workshop… of the desktop app: which dialog is
// open and what the host answered. Hosting starts from the plan's file, so the plan
// must have one and nothing unsaved; while the workshop runs, this window shows the
// hosting dialog (the facilitator edits in the workshop's own window) and, once it
// stops, opens the file again with what the room did.
import { create } from 'zustand';
import type { HostedWorkshop } from '../../../shared/host/contract';
import { openPlan, saveDocument, saveDocumentAs } from '../document/actions';
import { describeError, getHost, isDesktopHost } from '../host';
import { uiT } from '../i18n';
import { selectDirty, useDocumentStore } from '../store/documentStore';
import { alertDialog, ask } from '../ui/dialogs';

export type HostDialog =
  | { step: 'choose'; error?: string; busy?: boolean }
  | { step: 'hosting'; hosted: HostedWorkshop; ref: string; error?: string; busy?: boolean };

interface DesktopWorkshopState {
  host: HostDialog | null;
  joinOpen: boolean;
}

export const useDesktopWorkshop = create<DesktopWorkshopState>()(() => ({ host: null, joinOpen: false }));

/** File ▸ Host Workshop…: checks the plan has a file with everything saved, then asks where to host. */
export async function openHostWorkshop(): Promise<void> {
  if (!isDesktopHost()) {
    await alertDialog(uiT('ui.workshop.hostDialog.title'), uiT('ui.workshop.hosting.needsDesktop'));
    return;
  }
  const { plan, doc, collab } = useDocumentStore.getState();
  if (!plan || !doc) {
    await alertDialog(uiT('ui.workshop.hostDialog.title'), uiT('ui.workshop.hosting.openPlanFirst'));
    return;
  }
  if (collab) {
    await alertDialog(uiT('ui.workshop.hostDialog.title'), uiT('ui.workshop.hosting.alreadyLive'));
    return;
  }
  if (!doc.ref) {
    const answer = await ask({
      title: uiT('ui.workshop.hostDialog.title'),
      message: uiT('ui.workshop.hosting.saveFirst'),
      buttons: [
        { id: 'cancel', label: uiT('ui.common.cancel') },
        { id: 'save', label: uiT('ui.workshop.hosting.saveAs'), tone: 'primary' },
      ],
      cancelId: 'cancel',
    });
    if (answer !== 'save' || !(await saveDocumentAs())) return;
  } else if (selectDirty(useDocumentStore.getState()) && !(await saveDocument())) {
    return;
  }
  useDesktopWorkshop.setState({ host: { step: 'choose' } });
}

export async function startHosting(lan: boolean): Promise<void> {
  const ref = useDocumentStore.getState().doc?.ref;
  if (!ref) return;
  useDesktopWorkshop.setState({ host: { step: 'choose', busy: true } });
  try {
    const hosted = await getHost().hostWorkshop({ lan });
    useDesktopWorkshop.setState({ host: { step: 'hosting', hosted, ref } });
  } catch (error) {
    useDesktopWorkshop.setState({ host: { step: 'choose', error: describeError(error) } });
  }
}

/** Opens the facilitator's view again (it may have been closed) and takes the links as they are now. */
export async function showFacilitatorView(): Promise<void> {
  const current = useDesktopWorkshop.getState().host;
  if (current?.step !== 'hosting') return;
  try {
    const hosted = await getHost().hostWorkshop({ lan: current.hosted.lan });
    useDesktopWorkshop.setState({ host: { ...current, hosted, error: undefined } });
  } catch (error) {
    useDesktopWorkshop.setState({ host: { ...current, error: describeError(error) } });
  }
}

export async function stopHosting(): Promise<void> {
  const current = useDesktopWorkshop.getState().host;
  if (current?.step !== 'hosting') return;
  useDesktopWorkshop.setState({ host: { ...current, busy: true } });
  try {
    await getHost().stopWorkshop({});
  } catch (error) {
    useDesktopWorkshop.setState({ host: { ...current, busy: false, error: describeError(error) } });
    return;
  }
  useDesktopWorkshop.setState({ host: null });
  // The host wrote the room's work into the file: show that, not the plan as it was before.
  await openPlan(current.ref);
}

export function closeHostDialog(): void {
  useDesktopWorkshop.setState({ host: null });
}

export function openJoinWorkshop(): void {
  useDesktopWorkshop.setState({ joinOpen: true });
}

export function closeJoinWorkshop(): void {
  useDesktopWorkshop.setState({ joinOpen: false });
}
