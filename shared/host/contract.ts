// The one host API contract. The desktop host (Electron main + preload) and the
// browser host (`handoff serve` + renderer/host/browser) both implement it; the
// renderer sees only this. Each call has a request and a response schema, checked
// at the boundary (ipcMain handlers, the HTTP server) so no payload is trusted.
import { z } from 'zod';
import { HOST_CALL_NAMES, HOST_GLOBAL, IPC_EVENT_CHANNEL, ipcChannel, type HostCallName } from './calls.js';
import { LANGUAGES } from '../i18n/languages.js';

// The call names live in the zod-free ./calls.ts so the sandboxed preload can use them.
export { HOST_CALL_NAMES, HOST_GLOBAL, IPC_EVENT_CHANNEL, ipcChannel };
export type { HostCallName };

/**
 * Where a plan lives, opaque to the renderer: an absolute file path in the
 * desktop host, a path relative to the served folder in the browser host.
 */
export const PlanRefSchema = z.string().min(1).max(4096);
/** A token that changes whenever the file on disk changes (size, mtime, content hash). */
export const RevisionSchema = z.string().min(1).max(200);

/** The requirements document's formats: what the settings remember as the default. */
export const ExportFormatSchema = z.enum(['md', 'html', 'pdf']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

/** What saveExport writes: the document, IT's backlog (Jira CSV, GitHub issues JSON) or the pipeline diagram (SVG, PNG), never the remembered default. */
export const SaveExportFormatSchema = z.enum([...ExportFormatSchema.options, 'jira-csv', 'github-issues', 'svg', 'png']);
export type SaveExportFormat = z.infer<typeof SaveExportFormatSchema>;

export const ThemeSettingSchema = z.enum(['system', 'light', 'dark']);

/** The interface's language: the system's (the OS, or the browser's languages) unless one is chosen. */
export const LanguageSettingSchema = z.enum(['system', 'en', 'zh-CN']);

export const SettingsSchema = z.object({
  /** Written into new checklist items' context and `meta`; empty when unknown. */
  authorName: z.string().max(200),
  theme: ThemeSettingSchema,
  defaultExportFormat: ExportFormatSchema,
  language: LanguageSettingSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = { authorName: '', theme: 'system', defaultExportFormat: 'pdf', language: 'system' };

export const HostInfoSchema = z.object({
  kind: z.enum(['desktop', 'browser']),
  appVersion: z.string(),
  platform: z.string(),
  /** Browser host: the name of the served folder. */
  workspace: z.string().optional(),
  /** True where the host shows the OS's own open/save dialogs. */
  nativeDialogs: z.boolean(),
  /** A notice the user should see once (e.g. "settings were corrupt and have been reset"). */
  notice: z.string().optional(),
});
export type HostInfo = z.infer<typeof HostInfoSchema>;

export const PlanEntrySchema = z.object({
  ref: PlanRefSchema,
  name: z.string(),
  title: z.string().optional(),
  modifiedAt: z.string().optional(),
});
export type PlanEntry = z.infer<typeof PlanEntrySchema>;

export const OpenedPlanSchema = z.object({
  ref: PlanRefSchema,
  /** The file name, for messages and the window title. */
  name: z.string(),
  text: z.string(),
  revision: RevisionSchema,
  /** The file (or its folder) cannot be written. */
  readOnly: z.boolean().optional(),
});
export type OpenedPlan = z.infer<typeof OpenedPlanSchema>;

const Canceled = z.object({ canceled: z.literal(true) });

export const WorkshopRoleSchema = z.enum(['facilitator', 'participant', 'viewer']);
export type WorkshopRole = z.infer<typeof WorkshopRoleSchema>;

/** The live workshop this page was opened for (docs/workshops.md). */
export const WorkshopInfoSchema = z.object({
  /** The plan's id: the document name on the collaboration endpoint. */
  planId: z.string().min(1),
  /** The plan file's name, shown as the document's name. */
  fileName: z.string(),
  /** What this page's token allows. */
  role: WorkshopRoleSchema,
  /** The WebSocket path of the collaboration endpoint on the same host. */
  collabPath: z.literal('/collab'),
});
export type WorkshopInfo = z.infer<typeof WorkshopInfoSchema>;

export const WorkshopLinksSchema = z.object({ facilitator: z.string(), participant: z.string(), viewer: z.string() });

/** A workshop the desktop app hosts: its three links and the participant link as a QR code. */
export const HostedWorkshopSchema = z.object({
  links: WorkshopLinksSchema,
  /** An SVG document (the participant link), shown as an image. */
  qrSvg: z.string().startsWith('<svg').max(200_000),
  /** Reachable from the network (every address), not only from this computer. */
  lan: z.boolean(),
});
export type HostedWorkshop = z.infer<typeof HostedWorkshopSchema>;

export const SaveResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), ref: PlanRefSchema, name: z.string(), revision: RevisionSchema }),
  /** The file changed on disk since `expectedRevision`: nothing was written. */
  z.object({ status: z.literal('changed-on-disk'), revision: RevisionSchema.nullable() }),
  /** Nothing was written; `message` names the file and the problem. */
  z.object({ status: z.literal('failed'), message: z.string() }),
]);
export type SaveResult = z.infer<typeof SaveResultSchema>;

export const RecoveryEntrySchema = z.object({
  key: z.string().min(1).max(100),
  ref: PlanRefSchema.optional(),
  name: z.string(),
  title: z.string(),
  savedAt: z.string(),
});
export type RecoveryEntry = z.infer<typeof RecoveryEntrySchema>;

const MAX_TEXT = 50 * 1024 * 1024;

/** Every call: its request and response schema. */
export const hostCalls = {
  getHostInfo: { request: z.object({}), response: HostInfoSchema },
  listPlans: { request: z.object({}), response: z.object({ folder: z.string(), plans: z.array(PlanEntrySchema) }) },
  listRecent: { request: z.object({}), response: z.array(PlanEntrySchema) },
  /** Without `ref` the desktop host shows its open dialog. */
  openPlan: { request: z.object({ ref: PlanRefSchema.optional() }), response: z.union([OpenedPlanSchema, Canceled]) },
  /** The file's current revision, or null when it no longer exists. */
  readRevision: { request: z.object({ ref: PlanRefSchema }), response: z.object({ revision: RevisionSchema.nullable() }) },
  /**
   * Atomic save. With `expectedRevision`, refuses (status "changed-on-disk") when the
   * file changed since; `overwrite: true` saves anyway.
   */
  savePlan: {
    request: z.object({
      ref: PlanRefSchema,
      text: z.string().max(MAX_TEXT),
      expectedRevision: RevisionSchema.nullable().optional(),
      overwrite: z.boolean().optional(),
    }),
    response: SaveResultSchema,
  },
  /** Desktop: the OS save dialog. Browser hosts answer `canceled` and the renderer asks for a name itself. */
  chooseSaveLocation: { request: z.object({ suggestedName: z.string().max(255) }), response: z.union([z.object({ ref: PlanRefSchema }), Canceled]) },
  /**
   * The requirements document of a plan (its text, as saved) as a PDF, typeset the
   * same way by every host and the CLI; `exportDate` (YYYY-MM-DD) as in the preview.
   */
  renderPdf: {
    request: z.object({
      planText: z.string().max(MAX_TEXT),
      exportDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      /** The document's language (the UI language, or the one chosen at export); English when absent. */
      lang: z.enum(LANGUAGES).optional(),
    }),
    response: z.object({ base64: z.string() }),
  },
  /** Desktop: save dialog then write. Browser: a download. */
  saveExport: {
    request: z.object({
      suggestedName: z.string().max(255),
      format: SaveExportFormatSchema,
      content: z.string().max(MAX_TEXT * 2),
      encoding: z.enum(['utf8', 'base64']),
    }),
    response: z.union([z.object({ saved: z.string() }), Canceled]),
  },
  getSettings: { request: z.object({}), response: SettingsSchema },
  updateSettings: { request: SettingsSchema.partial(), response: SettingsSchema },
  listRecovery: { request: z.object({}), response: z.array(RecoveryEntrySchema) },
  readRecovery: { request: z.object({ key: RecoveryEntrySchema.shape.key }), response: z.object({ text: z.string() }) },
  /** Autosave of unsaved work into the recovery folder, never over the user's file. */
  writeRecovery: {
    request: z.object({
      key: RecoveryEntrySchema.shape.key,
      ref: PlanRefSchema.optional(),
      name: z.string().max(255),
      title: z.string().max(1000),
      text: z.string().max(MAX_TEXT),
    }),
    response: z.object({ savedAt: z.string() }),
  },
  discardRecovery: { request: z.object({ key: RecoveryEntrySchema.shape.key }), response: z.object({}) },
  /** Tells the host what the window shows, for its title and the close prompt. */
  setDocumentState: {
    request: z.object({ title: z.string().max(1000), dirty: z.boolean(), ref: PlanRefSchema.optional() }),
    response: z.object({}),
  },
  /** Closes this window now (after the renderer has settled unsaved changes). */
  closeWindow: { request: z.object({}), response: z.object({}) },
  /** Opens an http(s) URL in the system browser. */
  openExternal: { request: z.object({ url: z.string().url().max(2000) }), response: z.object({}) },
  /** The workshop server (`handoff workshop`): which plan, and this token's role. Other hosts refuse it. */
  getWorkshopInfo: { request: z.object({}), response: WorkshopInfoSchema },
  /** The workshop server, facilitator only: new links for every role; the old ones stop working at once. */
  rotateWorkshopLinks: {
    request: z.object({}),
    response: z.object({ links: WorkshopLinksSchema }),
  },
  /**
   * Desktop: hosts a workshop on the plan file this window shows (saved, no unsaved
   * changes), on 127.0.0.1 or, with `lan`, on every address; opens the facilitator's
   * view. Asked again while hosting: the same workshop, its current links. Browser hosts refuse.
   */
  hostWorkshop: { request: z.object({ lan: z.boolean() }), response: HostedWorkshopSchema },
  /** Desktop: stops this window's workshop; the host writes the plan file first. */
  stopWorkshop: { request: z.object({}), response: z.object({}) },
  /** Desktop: opens a workshop link (http(s), `?workshop=1`, `#token=`) in a window of its own. Browser hosts refuse. */
  joinWorkshop: { request: z.object({ link: z.string().max(4000) }), response: z.object({}) },
} as const;

// Compile-time proof that `hostCalls` and HOST_CALL_NAMES name exactly the same calls.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatchTable: SameKeys<keyof typeof hostCalls, HostCallName> = true;
void namesMatchTable;

export type HostRequest<K extends HostCallName> = z.input<(typeof hostCalls)[K]['request']>;
export type HostResponse<K extends HostCallName> = z.output<(typeof hostCalls)[K]['response']>;

/** Commands the host sends to the renderer (native menu, OS file open, close request). */
export const MENU_COMMANDS = [
  'new',
  'new-from-template',
  'open',
  'save',
  'save-as',
  'export-md',
  'export-html',
  'export-pdf',
  'export',
  'export-diagram-svg',
  'export-diagram-png',
  'close',
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'select-all',
  'delete',
  'duplicate',
  'find',
  'fit-view',
  'zoom-in',
  'zoom-out',
  'toggle-ownership',
  'toggle-inspector',
  'toggle-readiness',
  'auto-layout',
  'compare',
  'merge',
  'host-workshop',
  'join-workshop',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export type HostEvent =
  | { type: 'menu'; command: MenuCommand }
  /** Open this plan (OS file open, recent-files menu). */
  | { type: 'open-plan'; ref: string }
  /** The user asked to close the window and it has unsaved changes: save, then call closeWindow. */
  | { type: 'save-and-close' };

/** What the renderer holds: one async function per call, plus host events. */
export type HostApi = { [K in HostCallName]: (request: HostRequest<K>) => Promise<HostResponse<K>> } & {
  onEvent(listener: (event: HostEvent) => void): () => void;
};
