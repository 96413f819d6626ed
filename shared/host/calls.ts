// The names of the host calls and the IPC naming, without zod: the sandboxed
// preload imports this module and must stay small (it is bundled to CommonJS and
// may not pull in a schema library). contract.ts checks at compile time that
// this list and its `hostCalls` table name exactly the same calls.

export const HOST_CALL_NAMES = [
  'getHostInfo',
  'listPlans',
  'listRecent',
  'openPlan',
  'readRevision',
  'savePlan',
  'chooseSaveLocation',
  'renderPdf',
  'saveExport',
  'getSettings',
  'updateSettings',
  'listRecovery',
  'readRecovery',
  'writeRecovery',
  'discardRecovery',
  'setDocumentState',
  'closeWindow',
  'openExternal',
  'getWorkshopInfo',
  'rotateWorkshopLinks',
  'hostWorkshop',
  'stopWorkshop',
  'joinWorkshop',
] as const;

export type HostCallName = (typeof HOST_CALL_NAMES)[number];

/** The name under which the preload exposes the API on `window`. */
export const HOST_GLOBAL = 'handoffHost';
/** IPC channel of a call: one channel per call. */
export const ipcChannel = (name: HostCallName): string => `handoff:${name}`;
/** The one channel on which the main process sends HostEvents to a window. */
export const IPC_EVENT_CHANNEL = 'handoff:event';
