// "Compare with…" and "Merge from…": choose the other copy (the OS dialog on the
// desktop, the served folder's list in the browser), read it, and start compare
// mode or the merge dialog. A file that is not a plan changes nothing and the
// person is told which file and what is wrong with it.
import {
  commonBaseOf,
  diffPlans,
  mergePlans,
  mergeTwoWay,
  MergeResolutionError,
} from '../../../shared/merge/index';
import { formatPlanErrors, parsePlan } from '../../../shared/model/parse';
import type { Plan } from '../../../shared/model/types';
import { describeError, getHost, isDesktopHost } from '../host';
import { uiT } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { alertDialog } from '../ui/dialogs';
import { useCompareStore, type MergeSession, type OtherCopy, type Purpose } from './compareStore';

/** Starts "Compare with…" or "Merge from…": asks for the other copy, then goes on. */
export async function chooseOtherCopy(purpose: Purpose): Promise<void> {
  const { plan, doc } = useDocumentStore.getState();
  if (!plan || !doc) return;
  if (purpose === 'merge' && doc.readOnlyReason) {
    await alertDialog(uiT('ui.compare.actions.cannotMergeInto'), doc.readOnlyReason);
    return;
  }
  if (!isDesktopHost()) {
    useCompareStore.getState().set({ picking: purpose });
    return;
  }
  await readOtherCopy(purpose, undefined);
}

/** Reads the other copy (`ref`, or the desktop's open dialog when absent) and compares or merges with it. */
export async function readOtherCopy(purpose: Purpose, ref: string | undefined): Promise<boolean> {
  let opened;
  try {
    opened = await getHost().openPlan(ref ? { ref } : {});
  } catch (error) {
    await alertDialog(uiT('ui.compare.actions.cannotOpen', { purpose }), describeError(error));
    return false;
  }
  if ('canceled' in opened) return false;
  const parsed = parsePlan(opened.text);
  if (!parsed.ok) {
    await alertDialog(
      uiT('ui.compare.actions.cannotRead', { purpose, name: opened.name }),
      parsed.newerVersion !== undefined
        ? uiT('ui.compare.actions.notAPlanNewer', { name: opened.name, version: String(parsed.newerVersion) })
        : uiT('ui.compare.actions.notAPlan', { name: opened.name }),
      formatPlanErrors(opened.name, parsed.errors),
    );
    return false;
  }
  const other: OtherCopy = { name: opened.name, ref: opened.ref, plan: parsed.plan };
  if (purpose === 'compare') startCompare(other);
  else await startMerge(other);
  return true;
}

export function startCompare(other: OtherCopy): void {
  useCompareStore.getState().set({ compare: other, picking: null });
}

/** Merges the other copy into the open plan: three-way when the copies record a common ancestor, else two-way. */
export async function startMerge(other: OtherCopy): Promise<void> {
  const { plan: mine, doc } = useDocumentStore.getState();
  if (!mine) return;
  if (doc?.readOnlyReason) {
    await alertDialog(uiT('ui.compare.actions.cannotMergeInto'), doc.readOnlyReason);
    return;
  }
  let session;
  try {
    session = mergeSessionFor(mine, other);
  } catch (error) {
    const detail = error instanceof MergeResolutionError ? error.message : describeError(error);
    await alertDialog(uiT('ui.compare.actions.cannotMergeFrom', { name: other.name }), uiT('ui.compare.actions.mergeFailed'), detail);
    return;
  }
  useCompareStore.getState().set({ merge: session, picking: null });
}

/**
 * Merges the open plan's own file as it is on disk now (`other`, at `revision`) into the
 * plan being edited; `ancestor` is the plan as last saved, the state both sides started from.
 */
export function startMergeFromDisk(other: OtherCopy, ancestor: Plan | null, revision: string | null): void {
  const { plan: mine } = useDocumentStore.getState();
  if (!mine) return;
  const session = mergeSessionFor(mine, other, ancestor);
  useCompareStore.getState().set({ merge: { ...session, fromDisk: { revision } }, picking: null });
}

function mergeSessionFor(mine: Plan, other: OtherCopy, ancestor?: Plan | null): MergeSession {
  const base = ancestor ?? commonBaseOf(mine, other.plan);
  const result = base ? mergePlans(base, mine, other.plan) : mergeTwoWay(mine, other.plan);
  // While conflicts are open the merged plan holds mine for them, so this counts what merges without asking.
  const autoChanges = diffPlans(mine, result.plan).changes.filter((c) => !c.minor);
  return { other, result, threeWay: base !== null, autoChanges };
}
