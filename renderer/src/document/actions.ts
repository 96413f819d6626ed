// The document flow: new, open, save, save as, close, and the questions they ask.
// Every file goes through the host API; a file that cannot be read leaves the
// editor as it was and says which file and what is wrong with it.
import type { HostApi } from '../../../shared/host/contract';
import { createId } from '../../../shared/model/ids';
import { formatPlanErrors, parsePlan } from '../../../shared/model/parse';
import { serializePlan } from '../../../shared/model/serialize';
import type { Plan } from '../../../shared/model/types';
import { PLAN_SUFFIX } from '../../../shared/model/files';
import { CURRENT_FORMAT_VERSION } from '../../../shared/model/vocabulary';
import { createEmptyPlan, createPlanFromTemplate } from '../../../shared/templates/index';
import { startMergeFromDisk } from '../compare/actions';
import { recordCopiedFrom } from '../compare/ancestor';
import { describeError, getHost, isDesktopHost } from '../host';
import { uiLanguage, uiT } from '../i18n';
import { authorName } from '../settings/settingsStore';
import { selectDirty, useDocumentStore, type DocumentInfo } from '../store/documentStore';
import { showToast, useViewStore } from '../store/viewStore';
import { alertDialog, ask, promptText } from '../ui/dialogs';
import { saveWorkshopCopy } from '../workshop/saveCopy';
import { syncUrlWithPlan } from './planUrl';

export const newRecoveryKey = (): string => createId('recovery');

function currentTitle(): string {
  const { plan, doc } = useDocumentStore.getState();
  return plan?.title || doc?.name || uiT('ui.app.untitledPlan');
}

/** A file name for a plan title: `Churn scoring` → `churn-scoring`. */
export function fileStemFor(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem || 'plan';
}

/** Forgets this session's autosaved copy (after a save, or when the user lets the changes go). */
export async function discardRecovery(key: string | undefined): Promise<void> {
  if (!key) return;
  try {
    await getHost().discardRecovery({ key });
  } catch {
    // A recovery copy that cannot be removed is harmless: it is offered again next time.
  }
}

/** What is about to replace or close the open plan, as the question names it. */
export type BeforeWhat = 'opening' | 'starting' | 'closing' | 'restoring';

/**
 * Before replacing or closing the open plan: when it has unsaved changes, asks
 * whether to save them. True when it is fine to go on.
 */
export async function settleUnsaved(before: BeforeWhat): Promise<boolean> {
  const state = useDocumentStore.getState();
  if (!selectDirty(state) || state.doc?.readOnlyReason) return true;
  const answer = await ask({
    title: uiT('ui.app.document.saveChangesTitle'),
    message: uiT('ui.app.document.saveChangesMessage', { title: currentTitle(), before }),
    buttons: [
      { id: 'cancel', label: uiT('ui.common.cancel') },
      { id: 'discard', label: uiT('ui.app.document.dontSave'), tone: 'danger' },
      { id: 'save', label: uiT('ui.common.save'), tone: 'primary' },
    ],
    cancelId: 'cancel',
  });
  if (answer === 'save') return saveDocument();
  if (answer === 'discard') {
    await discardRecovery(state.doc?.recoveryKey);
    return true;
  }
  return false;
}

function loadPlan(plan: Plan, doc: Omit<DocumentInfo, 'recoveryKey'> & { recoveryKey?: string }, unsaved = false): void {
  useDocumentStore.getState().load(plan, { ...doc, recoveryKey: doc.recoveryKey ?? newRecoveryKey() }, { unsaved });
  useViewStore.getState().set({ searchOpen: false, exportDialog: { open: false } });
  syncUrlWithPlan(doc.ref);
}

/**
 * Reads plan text into the editor. Returns false (and changes nothing) when the
 * text is not a plan this app can show; the user is told why.
 */
function loadPlanText(text: string, doc: Omit<DocumentInfo, 'recoveryKey'> & { recoveryKey?: string }, unsaved = false): boolean {
  const result = parsePlan(text);
  if (result.ok) {
    loadPlan(result.plan, doc, unsaved);
    return true;
  }
  if (result.newerVersion !== undefined && result.readOnlyPlan) {
    loadPlan(result.readOnlyPlan, {
      ...doc,
      readOnlyReason: uiT('ui.app.document.newerFormatReadOnly', { version: result.newerVersion, current: CURRENT_FORMAT_VERSION }),
      newerFormat: true,
    });
    return true;
  }
  const message =
    result.newerVersion !== undefined
      ? uiT('ui.app.document.notAPlanNewer', { name: doc.name, version: result.newerVersion })
      : uiT('ui.app.document.notAPlan', { name: doc.name });
  void alertDialog(uiT('ui.app.document.cannotOpenNamed', { name: doc.name }), message, formatPlanErrors(doc.name, result.errors));
  return false;
}

/**
 * Opens a plan: by ref, or (desktop) through the open dialog. Browser hosts show their own list when no ref is given.
 * `opening` is the host's answer when the caller already asked for it (start-up fetches the plan early).
 */
export async function openPlan(ref?: string, opening?: ReturnType<HostApi['openPlan']>): Promise<boolean> {
  if (!ref && !isDesktopHost()) {
    useViewStore.getState().set({ openDialog: true });
    return false;
  }
  if (!(await settleUnsaved('opening'))) return false;
  let opened;
  try {
    opened = await (opening ?? getHost().openPlan(ref ? { ref } : {}));
  } catch (error) {
    await alertDialog(uiT('ui.app.document.cannotOpen'), describeError(error));
    return false;
  }
  if ('canceled' in opened) return false;
  return loadPlanText(opened.text, {
    ref: opened.ref,
    name: opened.name,
    revision: opened.revision,
    readOnlyReason: opened.readOnly ? uiT('ui.app.document.notWritable', { name: opened.name }) : undefined,
  });
}

/** Starts a new, unsaved plan from a template, or an empty one when `templateId` is null, written in the interface language (the plan keeps it). */
export async function newPlan(templateId: string | null): Promise<boolean> {
  if (!(await settleUnsaved('starting'))) return false;
  let plan: Plan;
  try {
    const lang = uiLanguage();
    plan = templateId ? createPlanFromTemplate(templateId, { lang }) : createEmptyPlan('', undefined, lang);
  } catch (error) {
    await alertDialog(uiT('ui.app.document.cannotCreate'), describeError(error));
    return false;
  }
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  plan = { ...plan, meta: { ...plan.meta, createdAt: now } };
  loadPlan(plan, { name: `${fileStemFor(plan.title)}${PLAN_SUFFIX}`, revision: null }, true);
  return true;
}

/** Closes the plan (after settling unsaved changes) and shows the start screen. */
export async function closePlan(): Promise<boolean> {
  if (!useDocumentStore.getState().plan) return true;
  if (!(await settleUnsaved('closing'))) return false;
  useDocumentStore.getState().closeDocument();
  syncUrlWithPlan(undefined);
  return true;
}

/**
 * The plan as written: the app's bookkeeping in `meta` is refreshed when something changed.
 * `updatedBy` (docs/format-extensions.md) names the author from Settings, and is dropped
 * when no name is set, so it never credits an earlier editor with this change.
 */
function stampForSave(plan: Plan, changed: boolean): Plan {
  if (!changed) return plan;
  const appVersion = useViewStore.getState().hostInfo?.appVersion;
  const updatedAt = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const { updatedBy: _previous, ...meta } = plan.meta ?? {};
  const updatedBy = authorName();
  return {
    ...plan,
    meta: { ...meta, updatedAt, app: appVersion ? `Handoff Studio ${appVersion}` : 'Handoff Studio', ...(updatedBy ? { updatedBy } : {}) },
  };
}

interface SaveTarget {
  ref: string;
  expectedRevision: string | null | undefined;
  overwrite?: boolean;
}

/** Writes the plan to `target`, settling a file that changed on disk with the user. True when saved. */
async function writePlan(target: SaveTarget): Promise<boolean> {
  const state = useDocumentStore.getState();
  const { plan: base, doc } = state;
  if (!base || !doc) return false;
  const stamped = stampForSave(base, selectDirty(state) || target.ref !== doc.ref);
  // Saved as a new copy of a file: the copy records that file's plan as its ancestor, for a later three-way merge.
  // The ancestor is the plan as that file holds it (unsaved edits are the copy's own); unknown after a restored recovery.
  const copiedFrom = doc.ref && target.ref !== doc.ref ? state.savedPlan : null;
  const written = copiedFrom ? recordCopiedFrom(stamped, copiedFrom) : stamped;
  let result;
  try {
    result = await getHost().savePlan({
      ref: target.ref,
      text: serializePlan(written),
      expectedRevision: target.expectedRevision,
      overwrite: target.overwrite,
    });
  } catch (error) {
    await alertDialog(uiT('ui.app.document.notSaved'), describeError(error));
    return false;
  }
  if (result.status === 'failed') {
    await alertDialog(uiT('ui.app.document.notSaved'), result.message);
    return false;
  }
  if (result.status === 'changed-on-disk') return settleChangedOnDisk(target);
  useDocumentStore.getState().markWritten(base, written, {
    ref: result.ref,
    name: result.name,
    revision: result.revision,
    readOnlyReason: undefined,
  });
  await discardRecovery(doc.recoveryKey);
  syncUrlWithPlan(result.ref);
  showToast(uiT('ui.app.document.saved', { name: result.name }));
  return true;
}

/** The file was changed by someone else since it was opened (or a new file's name is taken). */
async function settleChangedOnDisk(target: SaveTarget): Promise<boolean> {
  const { doc } = useDocumentStore.getState();
  const isSameFile = target.ref === doc?.ref;
  if (!isSameFile) {
    const answer = await ask({
      title: uiT('ui.app.document.replaceTitle'),
      message: uiT('ui.app.document.replaceMessage', { name: target.ref.split(/[\\/]/).pop() ?? target.ref }),
      buttons: [
        { id: 'cancel', label: uiT('ui.common.cancel') },
        { id: 'replace', label: uiT('ui.app.document.replace'), tone: 'danger' },
      ],
      cancelId: 'cancel',
    });
    if (answer === 'replace') return writePlan({ ...target, overwrite: true });
    // Not this name after all: back to choosing one, starting from the name just tried.
    return saveDocumentAs(target.ref.split(/[\\/]/).pop());
  }
  const answer = await ask({
    title: uiT('ui.app.document.changedTitle'),
    message: uiT('ui.app.document.changedMessage', { name: doc?.name ?? target.ref }),
    buttons: [
      { id: 'cancel', label: uiT('ui.common.cancel') },
      { id: 'reload', label: uiT('ui.app.document.reloadTheirs') },
      { id: 'merge', label: uiT('ui.app.document.merge') },
      { id: 'save-as', label: uiT('ui.app.document.keepMine') },
      { id: 'overwrite', label: uiT('ui.app.document.overwrite'), tone: 'danger' },
    ],
    cancelId: 'cancel',
  });
  if (answer === 'overwrite') return writePlan({ ...target, overwrite: true });
  if (answer === 'save-as') return saveDocumentAs();
  if (answer === 'merge') {
    await mergeFromDisk();
    return false;
  }
  if (answer === 'reload') {
    const ref = doc?.ref;
    if (!ref) return false;
    const key = doc?.recoveryKey;
    try {
      const opened = await getHost().openPlan({ ref });
      if ('canceled' in opened) return false;
      if (loadPlanText(opened.text, { ref: opened.ref, name: opened.name, revision: opened.revision })) await discardRecovery(key);
    } catch (error) {
      await alertDialog(uiT('ui.app.document.cannotReload'), describeError(error));
    }
    return false;
  }
  return false;
}

/**
 * Opens the merge dialog for the open plan's file as it is on disk now: a three-way merge
 * from the plan as last saved (two-way after a restored recovery, whose saved state is unknown).
 * Saving is left to the person once the merge is applied.
 */
async function mergeFromDisk(): Promise<void> {
  const { doc, savedPlan } = useDocumentStore.getState();
  if (!doc?.ref) return;
  let opened;
  try {
    opened = await getHost().openPlan({ ref: doc.ref });
  } catch (error) {
    await alertDialog(uiT('ui.app.document.cannotReadDisk'), describeError(error));
    return;
  }
  if ('canceled' in opened) return;
  const parsed = parsePlan(opened.text);
  if (!parsed.ok) {
    await alertDialog(
      uiT('ui.app.document.cannotMergeNamed', { name: opened.name }),
      uiT('ui.app.document.notAPlanOnDisk', { name: opened.name }),
      formatPlanErrors(opened.name, parsed.errors),
    );
    return;
  }
  startMergeFromDisk({ name: uiT('ui.app.document.onDisk', { name: opened.name }), ref: opened.ref, plan: parsed.plan }, savedPlan, opened.revision);
}

/** Saves the open plan to its file, or asks where when it has none. True when saved. */
export async function saveDocument(): Promise<boolean> {
  const { plan, doc, collab } = useDocumentStore.getState();
  if (!plan || !doc) return false;
  // A live workshop's file is written by its host as it changes (one's own save is a copy: Save as).
  if (collab) {
    showToast(uiT('ui.app.document.liveWorkshopSave'));
    return true;
  }
  if (doc.readOnlyReason || !doc.ref) {
    if (doc.readOnlyReason && doc.newerFormat) {
      await alertDialog(uiT('ui.app.document.readOnlyTitle'), doc.readOnlyReason);
      return false;
    }
    return saveDocumentAs();
  }
  return writePlan({ ref: doc.ref, expectedRevision: doc.revision ?? null });
}

/**
 * Asks for a new place (the OS dialog, or a name in the browser host) and saves there.
 * `suggestedName`: the name to offer (after a "Replace the file?" was declined, the one just tried).
 */
export async function saveDocumentAs(suggestedName?: string): Promise<boolean> {
  const { plan, doc, collab } = useDocumentStore.getState();
  if (!plan || !doc) return false;
  if (collab) return saveWorkshopCopy();
  if (doc.readOnlyReason && doc.newerFormat) {
    await alertDialog(uiT('ui.app.document.readOnlyTitle'), doc.readOnlyReason);
    return false;
  }
  const suggested = suggestedName?.endsWith(PLAN_SUFFIX)
    ? suggestedName
    : doc.name.endsWith(PLAN_SUFFIX)
      ? doc.name
      : `${fileStemFor(plan.title)}${PLAN_SUFFIX}`;
  let chosen;
  try {
    chosen = await getHost().chooseSaveLocation({ suggestedName: suggested });
  } catch (error) {
    await alertDialog(uiT('ui.app.document.notSaved'), describeError(error));
    return false;
  }
  if ('ref' in chosen) {
    // The OS dialog has already asked about replacing an existing file.
    return writePlan({ ref: chosen.ref, expectedRevision: undefined, overwrite: true });
  }
  if (isDesktopHost()) return false;
  const stem = await promptText({
    title: uiT('ui.app.document.saveAsTitle'),
    message: uiT('ui.app.document.saveAsMessage'),
    label: uiT('ui.app.document.fileName'),
    defaultValue: suggested.slice(0, -PLAN_SUFFIX.length),
    suffix: PLAN_SUFFIX,
    confirmLabel: uiT('ui.common.save'),
    validate: (value) => {
      const name = value.trim();
      if (!name) return uiT('ui.app.document.typeFileName');
      if (/[\\/:*?"<>|]/.test(name) || name.startsWith('.')) return uiT('ui.app.document.badFileName');
      return null;
    },
  });
  if (stem === null) return false;
  const ref = `${stem.trim()}${PLAN_SUFFIX}`;
  return writePlan({ ref, expectedRevision: ref === doc.ref ? (doc.revision ?? null) : null });
}

/** Restores an autosaved copy as an unsaved plan; the copy is kept until the user saves or discards it. */
export async function restoreRecovery(entry: { key: string; ref?: string; name: string }): Promise<boolean> {
  if (!(await settleUnsaved('restoring'))) return false;
  try {
    const { text } = await getHost().readRecovery({ key: entry.key });
    let revision: string | null = null;
    if (entry.ref) revision = (await getHost().readRevision({ ref: entry.ref })).revision;
    return loadPlanText(text, { ref: entry.ref, name: entry.name, revision, recoveryKey: entry.key }, true);
  } catch (error) {
    await alertDialog(uiT('ui.app.document.cannotRestore'), describeError(error));
    return false;
  }
}
