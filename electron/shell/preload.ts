// The preload of every Handoff Studio window. It runs sandboxed and is bundled to
// CommonJS, so it imports only `electron` and the zod-free call list: payloads are
// validated in the main process, not here. It exposes exactly one function per
// host call plus `onEvent`, never ipcRenderer itself.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { HOST_CALL_NAMES, HOST_GLOBAL, IPC_EVENT_CHANNEL, ipcChannel } from '../../shared/host/calls.js';
import type { HostApi, HostEvent } from '../../shared/host/contract.js';
import type { IpcReply } from './ipc-reply.js';

/** Main answers with an envelope so a failure reaches the renderer as its plain message. */
async function invoke(channel: string, request: unknown): Promise<unknown> {
  const reply = (await ipcRenderer.invoke(channel, request ?? {})) as IpcReply;
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

const api: Record<string, unknown> = {};
for (const name of HOST_CALL_NAMES) {
  api[name] = (request: unknown) => invoke(ipcChannel(name), request);
}
api.onEvent = (listener: (event: HostEvent) => void): (() => void) => {
  // The renderer never sees the IPC event object (it carries `sender`).
  const forward = (_event: IpcRendererEvent, hostEvent: HostEvent) => listener(hostEvent);
  ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
  return () => {
    ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
  };
};

contextBridge.exposeInMainWorld(HOST_GLOBAL, api as HostApi);
