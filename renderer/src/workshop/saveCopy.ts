// "Save a copy…" in a workshop: the host writes the workshop's file, so what a
// person saves is a copy of their own, to keep or to edit offline. The copy records
// the workshop plan as its base (meta.base), so `handoff merge` / Merge from… can
// bring it back three-way later (spec: workshop.md, "The file on disk").
import { PLAN_SUFFIX } from '../../../shared/model/files';
import { serializePlan } from '../../../shared/model/serialize';
import { recordCopiedFrom } from '../compare/ancestor';
import { fileStemFor } from '../document/actions';
import { describeError, getHost, isDesktopHost } from '../host';
import { download } from '../host/download';
import { uiT } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { showToast } from '../store/viewStore';
import { alertDialog } from '../ui/dialogs';

/** Saves a copy of the workshop plan: the save dialog on the desktop, a download in a browser. True when saved. */
export async function saveWorkshopCopy(): Promise<boolean> {
  const { plan, doc } = useDocumentStore.getState();
  if (!plan || !doc) return false;
  const text = serializePlan(recordCopiedFrom(plan, plan));
  const stem = doc.name.endsWith(PLAN_SUFFIX) ? doc.name.slice(0, -PLAN_SUFFIX.length) : fileStemFor(plan.title);
  const suggestedName = `${stem}-copy${PLAN_SUFFIX}`;
  if (!isDesktopHost()) {
    download(suggestedName, new Blob([text], { type: 'application/json;charset=utf-8' }));
    showToast(uiT('ui.workshop.saveCopy.downloaded', { name: suggestedName }));
    return true;
  }
  try {
    const chosen = await getHost().chooseSaveLocation({ suggestedName });
    if (!('ref' in chosen)) return false;
    const result = await getHost().savePlan({ ref: chosen.ref, text, overwrite: true });
    if (result.status !== 'saved') {
      await alertDialog(uiT('ui.workshop.saveCopy.notSaved'), result.status === 'failed' ? result.message : uiT('ui.workshop.saveCopy.changedWhileSaving'));
      return false;
    }
    showToast(uiT('ui.workshop.saveCopy.saved', { name: result.name }));
    return true;
  } catch (error) {
    await alertDialog(uiT('ui.workshop.saveCopy.notSaved'), describeError(error));
    return false;
  }
}
