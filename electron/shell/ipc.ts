// The desktop host's side of the host API: one ipcMain.handle per contract call.
// Every message is checked before anything happens: it must come from the main
// frame of a window this app created, showing our app:// page; its payload must
// pass the call's request schema; and the answer is parsed with the response
// schema, so nothing beyond the contract leaves the main process.
import { basename, dirname, join } from 'node:path';
import { BrowserWindow, app, dialog, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { HOST_CALL_NAMES, hostCalls, ipcChannel, type HostCallName, type HostResponse, type SaveExportFormat } from '../../shared/host/contract.js';
import { PLAN_SUFFIX } from '../../shared/model/files.js';
import { describeFsError, writeFileAtomic } from '../services/documents.js';
import { HostError, isHostError } from '../services/host-error.js';
import type { HostBackend } from '../services/host-backend.js';
import { isAppUrl, isExternalWebUrl } from './app-protocol-paths.js';
import type { IpcReply } from './ipc-reply.js';
import { planFileName, type PlanGrants } from './plan-paths.js';
import { applyShellLanguage, shellTranslator } from './shell-language.js';
import type { WindowManager } from './windows.js';
import type { WorkshopHosts } from './workshop-hosts.js';

export interface IpcContext {
  backend: HostBackend;
  windows: WindowManager;
  grants: PlanGrants;
  workshops: WorkshopHosts;
  /** The recent list changed (a plan was opened or saved): rebuild the menu. */
  recentChanged(): void;
  /** The interface language changed: rebuild the menu in it. */
  languageChanged(): void;
}

type Request<K extends HostCallName> = z.output<(typeof hostCalls)[K]['request']>;
type Handler<K extends HostCallName> = (request: Request<K>, window: BrowserWindow) => Promise<HostResponse<K>>;

/** Each export format's save-dialog filter, named in the interface language; its one extension is what the file name ends in. */
function exportFilter(format: SaveExportFormat): Electron.FileFilter {
  const { t } = shellTranslator();
  const filters: Record<SaveExportFormat, Electron.FileFilter> = {
    md: { name: 'Markdown', extensions: ['md'] },
    html: { name: 'HTML', extensions: ['html'] },
    pdf: { name: 'PDF', extensions: ['pdf'] },
    'jira-csv': { name: 'Jira CSV', extensions: ['csv'] },
    'github-issues': { name: t('ui.desktop.filters.githubIssues'), extensions: ['json'] },
    svg: { name: t('ui.desktop.filters.svg'), extensions: ['svg'] },
    png: { name: t('ui.desktop.filters.png'), extensions: ['png'] },
  };
  return filters[format];
}

/** macOS matches only a file's last extension, so it filters on .json and the name is checked after. */
const planFilter = (): Electron.FileFilter => ({
  name: shellTranslator().t('ui.desktop.filters.plans'),
  extensions: [process.platform === 'darwin' ? 'json' : PLAN_SUFFIX.slice(1)],
});

/** Where dialogs start: the folder of the last plan chosen, else Documents. */
let lastFolder: string | undefined;

function rememberFolder(path: string): void {
  lastFolder = dirname(path);
}

function startFolder(): string {
  return lastFolder ?? app.getPath('documents');
}

/** The sender is the main frame of one of our windows, showing our own page. */
function trustedWindow(event: IpcMainInvokeEvent, windows: WindowManager): BrowserWindow | undefined {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return undefined;
  if (!isAppUrl(frame.url)) return undefined;
  return windows.windowOf(event.sender);
}

function handlers(ctx: IpcContext): { [K in HostCallName]: Handler<K> } {
  const { backend, windows, grants, workshops } = ctx;
  const opened = <T>(result: T): T => {
    ctx.recentChanged();
    return result;
  };
  return {
    getHostInfo: () => backend.getHostInfo({}),
    listPlans: () => backend.listPlans({}),
    async listRecent() {
      const plans = await backend.listRecent({});
      // The user opened or saved each of these before: they may be opened again.
      grants.grantListed(plans.map((plan) => plan.ref));
      return plans;
    },
    async openPlan({ ref }, window) {
      if (ref) return opened(await backend.openPlan({ ref: grants.require(ref) }));
      const choice = await dialog.showOpenDialog(window, {
        title: shellTranslator().t('ui.desktop.openPlan'),
        defaultPath: startFolder(),
        properties: ['openFile'],
        filters: [planFilter(), { name: shellTranslator().t('ui.desktop.filters.allFiles'), extensions: ['*'] }],
      });
      const path = choice.filePaths[0];
      if (choice.canceled || !path) return { canceled: true as const };
      const chosen = grants.grant(path);
      rememberFolder(chosen);
      return opened(await backend.openPlan({ ref: chosen }));
    },
    readRevision: ({ ref }) => backend.readRevision({ ref: grants.require(ref) }),
    async savePlan(request) {
      const result = await backend.savePlan({ ...request, ref: grants.require(request.ref) });
      return result.status === 'saved' ? opened(result) : result;
    },
    async chooseSaveLocation({ suggestedName }, window) {
      const choice = await dialog.showSaveDialog(window, {
        title: shellTranslator().t('ui.desktop.savePlan'),
        defaultPath: join(startFolder(), planFileName(suggestedName)),
        filters: [planFilter()],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (choice.canceled || !choice.filePath) return { canceled: true as const };
      // The file name always ends in .handoff.json, whatever was typed.
      const path = join(dirname(choice.filePath), planFileName(basename(choice.filePath)));
      rememberFolder(path);
      return { ref: grants.grant(path) };
    },
    renderPdf: (request) => backend.renderPdf(request),
    async saveExport({ suggestedName, format, content, encoding }, window) {
      const filter = exportFilter(format);
      let name = basename(suggestedName.replace(/\\/g, '/')) || 'requirements';
      const extension = filter.extensions[0];
      if (!name.toLowerCase().endsWith(`.${extension}`)) name = `${name}.${extension}`;
      const choice = await dialog.showSaveDialog(window, {
        title: shellTranslator().t('ui.desktop.exportTitle', { format: filter.name }),
        defaultPath: join(startFolder(), name),
        filters: [filter],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (choice.canceled || !choice.filePath) return { canceled: true as const };
      try {
        await writeFileAtomic(choice.filePath, Buffer.from(content, encoding), { backup: false });
      } catch (err) {
        throw new HostError('unavailable', `Could not export to "${choice.filePath}": ${describeFsError(err, choice.filePath)}.`);
      }
      return { saved: choice.filePath };
    },
    getSettings: () => backend.getSettings({}),
    async updateSettings(request) {
      const settings = await backend.updateSettings(request);
      if (applyShellLanguage(settings.language)) ctx.languageChanged();
      return settings;
    },
    async listRecovery() {
      const entries = await backend.listRecovery({});
      // Copies are written only for granted plans (writeRecovery below), so a restored
      // copy may be saved back to its file, also in a later session.
      grants.grantListed(entries.map((entry) => entry.ref));
      return entries;
    },
    readRecovery: (request) => backend.readRecovery(request),
    async writeRecovery(request) {
      // A recovery copy names the file it belongs to; only a file this user chose.
      if (request.ref) grants.require(request.ref);
      return backend.writeRecovery(request);
    },
    async discardRecovery(request) {
      return backend.discardRecovery(request);
    },
    async setDocumentState(state, window) {
      windows.setDocumentState(window.webContents, state);
      return {};
    },
    async closeWindow(_request, window) {
      windows.closeApproved(window.webContents);
      return {};
    },
    async openExternal({ url }) {
      if (!isExternalWebUrl(url)) throw new HostError('bad-request', `Only web links (http, https) can be opened, not "${url}".`);
      await shell.openExternal(url);
      return {};
    },
    async getWorkshopInfo() {
      // Only the workshop server (`handoff workshop`) answers this; an app:// window is never in one.
      throw new HostError('not-found', 'This window is not in a workshop.');
    },
    async rotateWorkshopLinks() {
      throw new HostError('not-found', 'This window is not in a workshop.');
    },
    async hostWorkshop({ lan }, window) {
      // The workshop starts from the file: it must be one the user chose, with nothing unsaved.
      const state = windows.documentState(window);
      if (!state?.ref) throw new HostError('bad-request', 'Save the plan to a file first: a workshop hosts a plan file.');
      if (state.dirty) throw new HostError('bad-request', 'Save your changes first: the workshop starts from the file.');
      return workshops.host(window, grants.require(state.ref), lan);
    },
    async stopWorkshop(_request, window) {
      await workshops.stopFor(window);
      return {};
    },
    async joinWorkshop({ link }) {
      workshops.join(link);
      return {};
    },
  };
}

function problemsOf(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(request)'}: ${issue.message}`).join('; ');
}

/** Registers exactly one handler per host call of the contract. */
export function registerHostHandlers(ctx: IpcContext): void {
  const table = handlers(ctx);
  for (const name of HOST_CALL_NAMES) {
    const call = hostCalls[name];
    const handle = table[name] as Handler<HostCallName>;
    ipcMain.handle(ipcChannel(name), async (event, payload: unknown): Promise<IpcReply> => {
      const window = trustedWindow(event, ctx.windows);
      if (!window) {
        console.warn(`Refused ${name} from an untrusted sender (${event.senderFrame?.url ?? 'no frame'}).`);
        return { ok: false, error: 'This window may not use the Handoff Studio host API.' };
      }
      const request = call.request.safeParse(payload);
      if (!request.success) return { ok: false, error: `Invalid ${name} request: ${problemsOf(request.error)}` };
      try {
        const result = await handle(request.data as Request<HostCallName>, window);
        const response = call.response.safeParse(result);
        if (!response.success) {
          console.error(`The ${name} answer broke the contract: ${problemsOf(response.error)}`);
          return { ok: false, error: `Handoff Studio could not complete ${name} (an internal error).` };
        }
        return { ok: true, value: response.data };
      } catch (err) {
        if (!isHostError(err)) console.error(`${name} failed:`, err);
        return { ok: false, error: err instanceof Error ? err.message : String(err) };
      }
    });
  }
}
