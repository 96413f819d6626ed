// The browser host: the host API over HTTP to `handoff serve` (electron/server).
// Calls that only make sense inside the page (downloads, the tab title) are
// answered here without the server. Every server answer is checked against the
// contract's schema, so a wrong answer becomes a clear error, never bad state.
// A server other computers can reach wants its access token with every call.
import { hostCalls, type HostApi, type HostCallName, type HostRequest, type HostResponse, type SaveExportFormat } from '../../../shared/host/contract';
import { download } from './download';
import { accessToken } from './access-token';
import { uiT } from '../i18n';

/** An error from the host; `message` is meant for a person. */
export class HostCallError extends Error {
  constructor(
    message: string,
    readonly call: HostCallName,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'HostCallError';
  }
}

/** The headers of every call: JSON, and the access token when the page was opened with one. */
function callHeaders(token: string | null): Record<string, string> {
  return token ? { 'content-type': 'application/json', authorization: `Bearer ${token}` } : { 'content-type': 'application/json' };
}

async function callServer<K extends HostCallName>(name: K, request: HostRequest<K>, headers: Record<string, string>): Promise<HostResponse<K>> {
  let response: Response;
  try {
    response = await fetch(`/api/call/${name}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(request ?? {}),
    });
  } catch {
    throw new HostCallError(uiT('ui.app.host.unreachable'), name);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new HostCallError(uiT('ui.app.host.notJson', { call: name, status: response.status }), name, response.status);
  }
  if (!response.ok) {
    const message =
      body && typeof body === 'object' && typeof (body as { error?: unknown }).error === 'string'
        ? (body as { error: string }).error
        : uiT('ui.app.host.refused', { call: name, status: response.status });
    throw new HostCallError(message, name, response.status);
  }
  const parsed = hostCalls[name].response.safeParse(body);
  if (!parsed.success) {
    throw new HostCallError(uiT('ui.app.host.wrongShape', { call: name, problem: parsed.error.issues[0]?.message ?? 'unknown' }), name);
  }
  return parsed.data as HostResponse<K>;
}

const EXPORT_MIME: Record<SaveExportFormat, string> = {
  md: 'text/markdown;charset=utf-8',
  html: 'text/html;charset=utf-8',
  pdf: 'application/pdf',
  'jira-csv': 'text/csv;charset=utf-8',
  'github-issues': 'application/json;charset=utf-8',
  svg: 'image/svg+xml;charset=utf-8',
  png: 'image/png',
};

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function createBrowserHost(): HostApi {
  const headers = callHeaders(accessToken());
  const callServerWith = <K extends HostCallName>(name: K, request: HostRequest<K>) => callServer(name, request, headers);
  const server = <K extends HostCallName>(name: K) => (request: HostRequest<K>) => callServerWith(name, request);
  return {
    getHostInfo: server('getHostInfo'),
    listPlans: server('listPlans'),
    listRecent: server('listRecent'),
    openPlan: async (request) => (request.ref ? callServerWith('openPlan', request) : { canceled: true }),
    readRevision: server('readRevision'),
    savePlan: server('savePlan'),
    chooseSaveLocation: async () => ({ canceled: true }),
    renderPdf: server('renderPdf'),
    saveExport: async ({ suggestedName, format, content, encoding }) => {
      const data = encoding === 'base64' ? base64ToBytes(content) : content;
      download(suggestedName, new Blob([data], { type: EXPORT_MIME[format] }));
      return { saved: suggestedName };
    },
    getSettings: server('getSettings'),
    updateSettings: server('updateSettings'),
    listRecovery: server('listRecovery'),
    readRecovery: server('readRecovery'),
    writeRecovery: server('writeRecovery'),
    discardRecovery: server('discardRecovery'),
    setDocumentState: async ({ title, dirty }) => {
      document.title = `${dirty ? '● ' : ''}${title} — Handoff Studio`;
      return {};
    },
    closeWindow: async () => ({}),
    openExternal: async ({ url }) => {
      if (/^https?:\/\//i.test(url)) window.open(url, '_blank', 'noopener,noreferrer');
      return {};
    },
    getWorkshopInfo: server('getWorkshopInfo'),
    rotateWorkshopLinks: server('rotateWorkshopLinks'),
    hostWorkshop: async () => {
      throw new HostCallError(uiT('ui.app.host.hostNeedsDesktop'), 'hostWorkshop');
    },
    stopWorkshop: async () => {
      throw new HostCallError(uiT('ui.app.host.noWorkshopHere'), 'stopWorkshop');
    },
    joinWorkshop: async () => {
      throw new HostCallError(uiT('ui.app.host.joinInTab'), 'joinWorkshop');
    },
    onEvent: () => () => {},
  };
}
