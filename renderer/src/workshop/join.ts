// Joining a live workshop from a link (`/?workshop=1#token=T`): ask the host which
// plan and role the token is for, ask the person's name, connect to the shared
// document, wait for it, and open its plan in the editor. The document is also kept
// in this browser's IndexedDB, so edits made while the host is out of reach survive
// a reload and merge when the connection is back.
import { HocuspocusProvider } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { WorkshopInfo } from '../../../shared/host/contract';
import { newRecoveryKey } from '../document/actions';
import { describeError, getHost, isDesktopHost } from '../host';
import { HostCallError } from '../host/browser';
import { uiT } from '../i18n';
import { accessToken } from '../host/access-token';
import { authorName, changeSettings, useSettingsStore } from '../settings/settingsStore';
import { useDocumentStore } from '../store/documentStore';
import { alertDialog, promptText } from '../ui/dialogs';
import { openRoom } from '../facilitation/room';
import { pickColor, readPresence } from './awareness';
import { WorkshopBinding } from './binding';
import { trackLocalState } from './localState';
import { startPresence, stopPresence } from './presence';
import { useWorkshop } from './workshopStore';

/** This browser's own name for workshops: the host's settings may be another person's. */
const NAME_KEY = 'handoff.workshopName';
/** How long opening the local copy may take before joining goes on without it. */
const LOCAL_COPY_WAIT_MS = 2000;

let joining = false;

function rememberedName(): string {
  if (isDesktopHost()) return authorName();
  try {
    return window.localStorage.getItem(NAME_KEY) ?? authorName();
  } catch {
    return authorName();
  }
}

function rememberName(name: string): void {
  if (isDesktopHost()) {
    void changeSettings({ authorName: name });
    return;
  }
  // A browser's settings live on the host's machine, shared by everyone it serves: keep the name here.
  try {
    window.localStorage.setItem(NAME_KEY, name);
  } catch {
    // Without storage the name is asked again next time.
  }
  useSettingsStore.setState((s) => ({ settings: { ...s.settings, authorName: name } }));
}

function askName(info: WorkshopInfo): Promise<string | null> {
  return promptText({
    title: uiT('ui.workshop.join.title'),
    message: uiT('ui.workshop.join.message', { file: info.fileName, role: info.role }),
    label: uiT('ui.workshop.join.nameLabel'),
    defaultValue: rememberedName(),
    confirmLabel: uiT('ui.workshop.join.confirm'),
    validate: (value) => (value.trim() ? null : uiT('ui.workshop.join.nameRequired')),
  });
}

function collabUrl(info: WorkshopInfo): string {
  return `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}${info.collabPath}`;
}

/** Resolves at the first sync with the host; rejects when the host refuses the token. */
function firstSync(provider: HocuspocusProvider): Promise<void> {
  return new Promise((resolve, reject) => {
    if (provider.isSynced) return resolve();
    provider.on('synced', () => resolve());
    provider.on('authenticationFailed', ({ reason }: { reason: string }) =>
      reject(new Error(uiT('ui.workshop.join.refused', { reason }))),
    );
  });
}

/** Joins the workshop this page was opened for. Any failure is said in a dialog; the page stays usable. */
export async function joinWorkshop(): Promise<void> {
  if (joining || useDocumentStore.getState().collab) return;
  joining = true;
  try {
    await join();
  } finally {
    joining = false;
  }
}

async function join(): Promise<void> {
  let info: WorkshopInfo;
  try {
    info = await getHost().getWorkshopInfo({});
  } catch (error) {
    // The host refuses a link it no longer knows (the links were changed, or another workshop runs there now).
    const refused = error instanceof HostCallError && error.status === 403;
    await alertDialog(uiT('ui.workshop.join.cannotJoin'), refused ? uiT('ui.workshop.join.linkNotValid') : describeError(error));
    return;
  }
  const name = (await askName(info))?.trim();
  if (!name) return;
  rememberName(name);
  useWorkshop.setState({ role: info.role, connection: 'joining', joiningNote: null });

  const doc = new Y.Doc();
  const localCopy = new IndexeddbPersistence(`${info.planId}:${window.location.host}`, doc);
  await Promise.race([localCopy.whenSynced, new Promise((done) => setTimeout(done, LOCAL_COPY_WAIT_MS))]);
  const provider = new HocuspocusProvider({ url: collabUrl(info), name: info.planId, token: accessToken() ?? '', document: doc });
  const close = () => {
    provider.destroy();
    void localCopy.destroy();
    doc.destroy();
  };
  provider.on('status', ({ status }: { status: string }) => {
    const { connection } = useWorkshop.getState();
    if (status === 'disconnected' && connection === 'joining') useWorkshop.setState({ joiningNote: uiT('ui.workshop.join.unreachable') });
    if (status === 'disconnected' && connection === 'live') useWorkshop.setState({ connection: 'offline' });
  });
  provider.on('synced', ({ state }: { state: boolean }) => {
    if (state && useWorkshop.getState().connection !== null) useWorkshop.setState({ connection: 'live', joiningNote: null });
  });

  try {
    await firstSync(provider);
  } catch (error) {
    close();
    useWorkshop.setState({ connection: null, joiningNote: null });
    await alertDialog(uiT('ui.workshop.join.cannotJoin'), describeError(error));
    return;
  }

  const binding = new WorkshopBinding(doc);
  // The host may also mark the connection read-only: then this page is a viewer whatever it was told.
  const viewer = info.role === 'viewer' || provider.authorizedScope === 'readonly';
  if (!binding.attach({ name: info.fileName, recoveryKey: newRecoveryKey(), readOnlyReason: viewer ? uiT('ui.workshop.join.viewerReason') : undefined })) {
    binding.destroy();
    close();
    useWorkshop.setState({ connection: null });
    await alertDialog(uiT('ui.workshop.join.cannotJoin'), uiT('ui.workshop.join.noPlan'));
    return;
  }
  useWorkshop.setState({ connection: 'live', role: viewer ? 'viewer' : info.role });

  const awareness = provider.awareness!;
  const taken = new Set<string>();
  for (const [clientId, state] of awareness.getStates()) {
    const color = clientId === awareness.clientID ? undefined : readPresence(state)?.user.color;
    if (color) taken.add(color);
  }
  startPresence(awareness, { name, color: pickColor(taken, awareness.clientID), role: viewer ? 'viewer' : info.role });
  const stopTracking = trackLocalState();
  const leaveRoom = openRoom(provider, { name, role: viewer ? 'viewer' : info.role });
  // The facilitator rotated the links: this one no longer reconnects. Edits stay here (Save a copy… keeps them).
  provider.on('authenticationFailed', () => {
    useWorkshop.setState({ connection: 'offline' });
    void alertDialog(uiT('ui.workshop.join.rotatedTitle'), uiT('ui.workshop.join.rotatedBody'));
  });

  // Closing the plan (or opening another) leaves the workshop.
  const unsubscribe = useDocumentStore.subscribe((state) => {
    if (binding.owns(state.collab)) return;
    unsubscribe();
    leaveRoom();
    stopTracking();
    stopPresence();
    binding.destroy();
    close();
    useWorkshop.setState({ connection: null, role: null });
  });
}
