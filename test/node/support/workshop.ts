// A real `handoff workshop` process and real Hocuspocus providers in Node, for the
// workshop's process tests and its benchmark.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { Plan } from '../../../shared/model/types.js';
import { PlanMirror, writePlanChange } from '../../../shared/workshop/index.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const BIN = path.join(ROOT, 'bin', 'handoff.js');

export interface WorkshopProcess {
  child: ChildProcess;
  url: string;
  port: number;
  links: { facilitator: string; participant: string; viewer: string };
  stdout(): string;
  stderr(): string;
  /** Ctrl-C: saves and stops; resolves with the exit code. */
  stop(): Promise<number | null>;
  kill(): Promise<void>;
}

export function tokenOf(link: string): string {
  return new URLSearchParams(new URL(link).hash.slice(1)).get('token') ?? '';
}

export function startWorkshop(file: string, options: { dataDir: string; port?: number; extra?: string[] }): Promise<WorkshopProcess> {
  const child = spawn(process.execPath, [BIN, 'workshop', file, '--port', String(options.port ?? 0), ...(options.extra ?? [])], {
    cwd: ROOT,
    env: { ...process.env, HANDOFF_DATA_DIR: options.dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk) => (out += chunk));
  child.stderr!.on('data', (chunk) => (err += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`workshop did not start:\n${out}\n${err}`)), 30_000);
    const check = () => {
      const link = (label: string) => new RegExp(`^${label} link: (\\S+)$`, 'm').exec(out)?.[1];
      const facilitator = link('Facilitator');
      const participant = link('Participant');
      const viewer = link('Viewer');
      if (!facilitator || !participant || !viewer) return;
      clearTimeout(timer);
      child.stdout!.off('data', check);
      const url = new URL(participant);
      resolve({
        child,
        url: `${url.protocol}//${url.host}/`,
        port: Number(url.port),
        links: { facilitator, participant, viewer },
        stdout: () => out,
        stderr: () => err,
        stop: async () => {
          child.kill('SIGINT');
          return exited;
        },
        kill: async () => {
          child.kill('SIGKILL');
          await exited;
        },
      });
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`workshop exited with ${code}:\n${out}\n${err}`));
    });
  });
}

export const LOCAL = 'test-client';

export interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  mirror: PlanMirror;
  plan(): Plan;
  /** Applies a named operation the way the editor does. */
  apply(op: (plan: Plan) => Plan): void;
  authFailed: boolean;
  destroy(): void;
}

/** A provider that joins the workshop at `port` with `token`; resolves once synced (or refused). */
export function joinWorkshop(port: number, planId: string, token: string, options: { doc?: Y.Doc; host?: string } = {}): Promise<Client> {
  const doc = options.doc ?? new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: `ws://${options.host ?? '127.0.0.1'}:${port}/collab`,
    WebSocketPolyfill: WebSocket,
    delay: 100,
    minDelay: 100,
    maxDelay: 500,
  });
  const mirror = new PlanMirror(doc);
  return new Promise((resolve) => {
    const client: Client = {
      doc,
      provider: undefined as unknown as HocuspocusProvider,
      socket,
      mirror,
      plan: () => mirror.current().plan!,
      apply(op) {
        const before = client.plan();
        writePlanChange(doc, before, op(before), LOCAL);
      },
      authFailed: false,
      destroy() {
        client.provider.destroy();
        socket.destroy();
      },
    };
    client.provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: planId,
      token,
      document: doc,
      onSynced: () => resolve(client),
      onAuthenticationFailed: () => {
        client.authFailed = true;
        resolve(client);
      },
    });
    client.provider.attach();
  });
}

/** Polls until `check` holds (or fails with `what` after `ms`). */
export async function until(what: string, check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for: ${what}`);
}
