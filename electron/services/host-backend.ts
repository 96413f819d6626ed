// The file-based calls of the host API, shared by both hosts: the HTTP server of
// `handoff serve` and the Electron main process. A host supplies how a plan ref
// becomes a path (an absolute path on the desktop, a path inside the served folder
// in the browser) and where settings, recent files and recovery copies live.
import { promises as fs } from 'node:fs';
import type { z } from 'zod';
import type { HostCallName, HostResponse, PlanEntry, hostCalls } from '../../shared/host/contract.js';
import { buildRequirementsDocument } from '../../shared/export/document.js';
import type { RequirementsDocument } from '../../shared/export/model.js';
import { formatPlanErrors, parsePlan } from '../../shared/model/parse.js';
import { readPlanFile, revisionOf, savePlanText } from './documents.js';
import { HostError, errnoCode, isHostError } from './host-error.js';
import type { RecentStore } from './recent.js';
import type { RecoveryStore } from './recovery.js';
import type { SettingsStore } from './settings.js';

/** The calls this backend answers; the others (dialogs, window state, downloads) belong to each host. */
export const BACKEND_CALLS = [
  'getHostInfo',
  'listPlans',
  'listRecent',
  'openPlan',
  'readRevision',
  'savePlan',
  'renderPdf',
  'getSettings',
  'updateSettings',
  'listRecovery',
  'readRecovery',
  'writeRecovery',
  'discardRecovery',
] as const satisfies readonly HostCallName[];
export type BackendCallName = (typeof BACKEND_CALLS)[number];

/** A request after its schema accepted it. */
export type CheckedRequest<K extends BackendCallName> = z.output<(typeof hostCalls)[K]['request']>;
export type HostBackend = { [K in BackendCallName]: (request: CheckedRequest<K>) => Promise<HostResponse<K>> };

/** Typesets the requirements document as a PDF (every host: Typst, see typst-pdf.ts; tests may stand in). */
export type PrintPdf = (doc: RequirementsDocument) => Promise<Uint8Array>;

export interface HostBackendOptions {
  kind: 'desktop' | 'browser';
  appVersion: string;
  /** Defaults to process.platform. */
  platform?: string;
  /** Browser host: the name of the served folder. */
  workspace?: string;
  /** Defaults to true for the desktop host. */
  nativeDialogs?: boolean;
  /** The absolute path of a plan ref; throws a HostError for a ref the host refuses. */
  resolveRef(ref: string): Promise<string> | string;
  /** The plans a start screen offers (browser host: the served folder). */
  listFolder?(): Promise<{ folder: string; plans: PlanEntry[] }>;
  settings: SettingsStore;
  recent: RecentStore;
  recovery: RecoveryStore;
  /** Prints HTML to PDF (desktop: Electron's printToPDF; serve: Chromium through ./pdf.ts). */
  printPdf?: PrintPdf;
  /** More notices to show once (besides the settings store's). */
  notices?: string[];
  /** Where problems worth a line go (damaged recovery copies); defaults to console.warn. */
  warn?: (message: string) => void;
}

/** The last part of a ref, for messages and window titles. */
export function refName(ref: string): string {
  return ref.split(/[\\/]/).filter(Boolean).pop() ?? ref;
}

/** The plan's title, read leniently (lists must not fail on one broken file). */
export function planTitle(text: string): string | undefined {
  try {
    const title = (JSON.parse(text) as { title?: unknown } | null)?.title;
    return typeof title === 'string' && title.trim() ? title : undefined;
  } catch {
    return undefined;
  }
}

/** A HostError with words for a failed read of a plan. */
function openError(ref: string, err: unknown): unknown {
  if (isHostError(err)) return err;
  const name = refName(ref);
  switch (errnoCode(err)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new HostError('not-found', `"${name}" does not exist (${ref}). It may have been moved or deleted.`);
    case 'EACCES':
    case 'EPERM':
      return new HostError('forbidden', `"${name}" cannot be read: permission denied (${ref}).`);
    case 'EISDIR':
      return new HostError('bad-request', `"${name}" is a folder, not a plan file (${ref}).`);
    default:
      return err;
  }
}

export function createHostBackend(options: HostBackendOptions): HostBackend {
  const { settings, recent, recovery } = options;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  let pendingNotices = [settings.notice, ...(options.notices ?? [])].filter((n): n is string => Boolean(n));

  const resolve = async (ref: string): Promise<string> => options.resolveRef(ref);

  /** Whether a recent plan still exists; only a clear "gone" answer drops it from the list. */
  const stillThere = async (ref: string): Promise<boolean> => {
    try {
      await fs.stat(await resolve(ref));
      return true;
    } catch (err) {
      return !(isHostError(err) || errnoCode(err) === 'ENOENT' || errnoCode(err) === 'ENOTDIR');
    }
  };

  /** A failure here must not fail the open or save it follows. */
  const remember = (ref: string, title: string | undefined): Promise<void> =>
    recent.add({ ref, name: refName(ref), title }).catch((err) => warn(`Could not update the recent plans list: ${String(err)}`));

  return {
    async getHostInfo() {
      // Notices are shown once, to the first window that asks.
      const notice = pendingNotices.length ? pendingNotices.join('\n') : undefined;
      pendingNotices = [];
      return {
        kind: options.kind,
        appVersion: options.appVersion,
        platform: options.platform ?? process.platform,
        ...(options.workspace !== undefined ? { workspace: options.workspace } : {}),
        nativeDialogs: options.nativeDialogs ?? options.kind === 'desktop',
        ...(notice ? { notice } : {}),
      };
    },

    async listPlans() {
      return options.listFolder ? options.listFolder() : { folder: '', plans: [] };
    },

    async listRecent() {
      const entries = await recent.list(stillThere);
      const plans: PlanEntry[] = [];
      for (const entry of entries) {
        const plan: PlanEntry = { ref: entry.ref, name: entry.name, ...(entry.title ? { title: entry.title } : {}) };
        try {
          plan.modifiedAt = (await fs.stat(await resolve(entry.ref))).mtime.toISOString();
        } catch {
          // listed anyway; opening it will say what is wrong
        }
        plans.push(plan);
      }
      return plans;
    },

    async openPlan({ ref }) {
      if (!ref) return { canceled: true as const };
      let opened;
      try {
        opened = await readPlanFile(await resolve(ref));
      } catch (err) {
        throw openError(ref, err);
      }
      await remember(ref, planTitle(opened.text));
      return { ref, name: refName(ref), text: opened.text, revision: opened.revision, ...(opened.readOnly ? { readOnly: true } : {}) };
    },

    async readRevision({ ref }) {
      try {
        return { revision: await revisionOf(await resolve(ref)) };
      } catch (err) {
        throw openError(ref, err);
      }
    },

    async savePlan({ ref, text, expectedRevision, overwrite }) {
      const file = await resolve(ref);
      const result = await savePlanText(file, text, { expectedRevision, overwrite, displayName: ref });
      if (result.status !== 'saved') return result;
      await remember(ref, planTitle(text));
      return { ...result, ref, name: refName(ref) };
    },

    async renderPdf({ planText, exportDate, lang }) {
      if (!options.printPdf) throw new HostError('unavailable', 'This host cannot print PDFs.');
      const parsed = parsePlan(planText);
      if (!parsed.ok) throw new HostError('bad-request', formatPlanErrors('The plan to print', parsed.errors));
      const doc = buildRequirementsDocument(parsed.plan, { exportDate, appVersion: options.appVersion, lang });
      const pdf = await options.printPdf(doc);
      return { base64: Buffer.from(pdf).toString('base64') };
    },

    async getSettings() {
      return settings.get();
    },

    async updateSettings(partial) {
      return settings.update(partial);
    },

    async listRecovery() {
      const { entries, skipped } = await recovery.listRecovery();
      for (const s of skipped) warn(`Skipped a damaged recovery copy ${s.file}: ${s.problem}`);
      return entries;
    },

    async readRecovery({ key }) {
      return recovery.readRecovery(key);
    },

    async writeRecovery(copy) {
      return recovery.writeRecovery(copy);
    },

    async discardRecovery({ key }) {
      await recovery.discardRecovery(key);
      return {};
    },
  };
}
