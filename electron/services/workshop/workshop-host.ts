// The host of one workshop: a Hocuspocus 3 server for one plan file (spec:
// workshop.md). It seeds the shared document from the file once (only the host
// seeds), writes the file back canonically and atomically within 2 s of the last
// change and on stop, keeps the Yjs state in the app's data folder so a restarted
// host continues the same document, and merges a change made to the file by
// someone else as an edit. What peers write that is not a valid plan never
// reaches the file.
import { promises as fs } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import * as Y from 'yjs';
import { formatPlanErrors, parsePlan } from '../../../shared/model/parse.js';
import { serializePlan } from '../../../shared/model/serialize.js';
import type { Plan } from '../../../shared/model/types.js';
import { PlanMirror, formatProblem, isDocEmpty, seedDoc, writePlanChange, type WorkshopProblem } from '../../../shared/workshop/index.js';
import { readPlanFile, writeFileAtomic } from '../documents.js';
import { COLLAB_PATH, createCollabGate, DEFAULT_GATE_LIMITS, type GateLimits, type GateTicket } from './collab-gate.js';
import { createFacilitation, refusalOf, updateInMessage, type Facilitation } from './facilitation.js';
import { createRoleTokens, roleForToken, type RoleTokens, type WorkshopRole } from './tokens.js';
import { workshopStore } from './workshop-store.js';

/** Transaction origin of changes the host makes from the file on disk. */
export const FILE_ORIGIN = 'handoff:file';
/** Transaction origin of changes the host makes for the room (vote results, the workshop record). */
export const HOST_ORIGIN = 'handoff:host';
/** The file is written this long after the last change (the spec asks for 2 s at most). */
const SAVE_DEBOUNCE_MS = 800;
const SAVE_MAX_DEBOUNCE_MS = 2000;
const FILE_POLL_MS = 1000;

export class WorkshopError extends Error {}

export interface WorkshopOptions {
  /** The plan file. */
  file: string;
  /** The app's data folder (tokens and Yjs state live under `workshops/`). */
  dataDir: string;
  /** `redis://host:port`: share this workshop with other hosts through Redis. */
  redisUrl?: string;
  limits?: Partial<GateLimits>;
  /** Where the host reports what it did (saves, merges, refusals); default stderr. */
  log?: (line: string) => void;
}

export interface WorkshopInfo {
  planId: string;
  fileName: string;
  role: WorkshopRole;
  collabPath: string;
}

export interface Workshop {
  planId: string;
  file: string;
  tokens(): RoleTokens;
  roleFor(token: string | undefined): WorkshopRole | undefined;
  info(role: WorkshopRole): WorkshopInfo;
  /** New links for every role; connections with the old tokens are closed at once. */
  rotateTokens(): Promise<RoleTokens>;
  handleUpgrade(req: IncomingMessage, socket: import('node:stream').Duplex, head: Buffer): void;
  /** The plan as the room sees it now, and what is kept out of it. */
  current(): { plan: Plan | null; problems: WorkshopProblem[] };
  /** Writes the file now if it differs from the room's plan. */
  flush(): Promise<void>;
  /** Saves and stops. */
  close(): Promise<void>;
}

interface ConnectionContext {
  ticket?: GateTicket;
  role?: WorkshopRole;
  token?: string;
}

function redisExtension(url: string): Extension {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new WorkshopError(`--redis ${url}: not a URL (expected redis://HOST:PORT)`);
  }
  if (parsed.protocol !== 'redis:') throw new WorkshopError(`--redis ${url}: expected a redis:// URL`);
  return new Redis({
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    options: { password: parsed.password || undefined, maxRetriesPerRequest: 3 },
    prefix: 'handoff-workshop',
  });
}

export async function openWorkshop(options: WorkshopOptions): Promise<Workshop> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const fileName = path.basename(options.file);
  let file: string;
  try {
    file = await fs.realpath(options.file);
  } catch {
    throw new WorkshopError(`${options.file}: no such file`);
  }
  const read = await readPlanText(file);
  const store = workshopStore(options.dataDir, file);
  const record = await store.load();
  let tokens = record.tokens ?? createRoleTokens();
  if (!record.tokens) await store.saveTokens(tokens);

  // The document as it was when the host last stopped, brought up to date with the file.
  let initial = new Y.Doc();
  if (record.state) Y.applyUpdate(initial, record.state);
  const startMirror = new PlanMirror(initial);
  let kept = startMirror.current().plan;
  startMirror.destroy();
  let lastWritten = record.lastWritten;
  if (kept !== null && kept.id !== read.plan.id) {
    log(`${fileName}: the kept workshop state is for another plan; starting from the file.`);
    initial = new Y.Doc();
    kept = null;
  }
  if (kept === null || isDocEmpty(initial)) {
    seedDoc(initial, read.plan, FILE_ORIGIN);
    lastWritten = read.text;
  } else if (lastWritten !== read.text) {
    // The file was edited while the host was down (or the host stopped between writing
    // the file and its record): merge the edit in, as an edit.
    const base = lastWritten !== undefined ? parsePlan(lastWritten) : undefined;
    writePlanChange(initial, base?.ok ? base.plan : kept, read.plan, FILE_ORIGIN);
    log(`${fileName}: merged the changes made to the file since the workshop last saved it.`);
  }
  const initialState = Y.encodeStateAsUpdate(initial);
  initial.destroy();

  const planId = read.plan.id;
  let lastWrittenPlan: Plan = read.plan;
  let lastWrittenText = lastWritten ?? read.text;
  {
    const parsed = parsePlan(lastWrittenText);
    if (parsed.ok) lastWrittenPlan = parsed.plan;
  }
  let fileStamp = await stampOf(file);
  let mirror: PlanMirror | null = null;
  let doc: Y.Doc | null = null;
  let facilitation: Facilitation | null = null;
  let saving: Promise<void> = Promise.resolve();
  let reportedProblems = '';
  /** A write put off because the file had changed on disk: the poll merges that change first, then writes. */
  let writeDeferred = false;

  const persist = (): Promise<void> => {
    saving = saving.then(async () => {
      if (!doc || !mirror) return;
      const { plan, problems } = mirror.current();
      const problemText = problems.map(formatProblem).join('\n');
      if (problemText !== reportedProblems) {
        reportedProblems = problemText;
        if (problemText) log(`${fileName}: kept out of the file (not a valid plan):\n  ${problems.map(formatProblem).join('\n  ')}`);
      }
      if (!plan) return;
      const text = serializePlan(plan);
      const check = parsePlan(text);
      if (!check.ok) {
        log(`${fileName}: not saved, the room's plan is not valid: ${formatPlanErrors(fileName, check.errors)}`);
        return;
      }
      if (text !== lastWrittenText) {
        // Someone changed the file since we last looked: writing now would throw their edit away.
        if ((await stampOf(file)) !== fileStamp) {
          writeDeferred = true;
          return;
        }
        try {
          await writeFileAtomic(file, text);
        } catch (err) {
          log(`${fileName}: could not be saved: ${err instanceof Error ? err.message : String(err)}`);
          return;
        }
        lastWrittenText = text;
        lastWrittenPlan = check.plan;
        fileStamp = await stampOf(file);
      }
      await store.saveState(Y.encodeStateAsUpdate(doc), lastWrittenText).catch((err: unknown) => {
        log(`${fileName}: the workshop state could not be kept: ${err instanceof Error ? err.message : String(err)}`);
      });
    });
    return saving;
  };

  const extensions: Extension[] = options.redisUrl ? [redisExtension(options.redisUrl)] : [];
  const hocuspocus = new Hocuspocus({
    name: `handoff-workshop-${planId}`,
    quiet: true,
    debounce: SAVE_DEBOUNCE_MS,
    maxDebounce: SAVE_MAX_DEBOUNCE_MS,
    // The host keeps the document loaded (direct connection below), so nothing is unloaded.
    unloadImmediately: false,
    extensions,
    async onAuthenticate({ token, documentName, context, connectionConfig }) {
      const ctx = context as ConnectionContext;
      const role = documentName === planId ? roleForToken(tokens, token) : undefined;
      if (!role) {
        // No document data: Hocuspocus answers "permission denied"; then the socket goes.
        setTimeout(() => ctx.ticket?.close(4403, 'permission denied'), 100).unref();
        throw new Error('permission denied');
      }
      if (ctx.ticket) ctx.ticket.authenticated = true;
      // A viewer's connection is read-only on the server: its updates never reach the document.
      if (role === 'viewer') connectionConfig.readOnly = true;
      return { role, token };
    },
    async beforeHandleMessage({ update, context }) {
      const ctx = context as ConnectionContext;
      if (!doc || ctx.role === undefined || ctx.role === 'facilitator' || ctx.role === 'viewer') return;
      const carried = updateInMessage(update);
      if (!carried) return;
      const refusal = refusalOf(doc, ctx.role, carried);
      if (refusal) {
        log(`${fileName}: refused an update from a ${ctx.role} (${ctx.ticket?.address ?? 'unknown address'}): ${refusal}.`);
        // Throwing keeps the update from the document; the socket goes too, so the client
        // reconnects and learns the room's state instead of believing its refused edit.
        ctx.ticket?.close(4423, refusal.slice(0, 100));
        throw Object.assign(new Error(refusal), { code: 4423, reason: refusal.slice(0, 100) });
      }
    },
    async onStateless({ connection, payload, document }) {
      const ctx = connection.context as ConnectionContext;
      if (!facilitation || !ctx.role) return;
      await facilitation.handle(payload, {
        role: ctx.role,
        voter: connection.socketId,
        reply: (message) => connection.sendStateless(JSON.stringify(message)),
        broadcast: (message) => document.broadcastStateless(JSON.stringify(message)),
      });
    },
    async onAwarenessUpdate({ states }) {
      facilitation?.sawPeople(states as { user?: { name?: unknown; role?: unknown } }[]);
    },
    async onLoadDocument({ documentName, document }) {
      if (documentName !== planId) throw new Error('unknown workshop');
      Y.applyUpdate(document, initialState);
      return document;
    },
    async onStoreDocument({ documentName }) {
      if (documentName === planId) await persist();
    },
  });

  const limits = { ...DEFAULT_GATE_LIMITS, ...options.limits };
  const gate = createCollabGate((ws, req, ticket) => {
    hocuspocus.handleConnection(ws, req, { ticket } satisfies ConnectionContext);
  }, limits);

  // The host's own connection keeps the document loaded and gives the file watcher a way in.
  const direct = await hocuspocus.openDirectConnection(planId, { role: 'facilitator' });
  doc = direct.document!;
  mirror = new PlanMirror(doc);
  await persist();
  facilitation = await createFacilitation({
    doc,
    plan: () => mirror!.current().plan,
    change: (operation) =>
      direct.transact((document) => {
        const before = mirror!.current().plan;
        if (before) writePlanChange(document, before, operation(before), HOST_ORIGIN);
      }),
    transact: (fn) => direct.transact(fn),
    folder: store.folder,
  });

  // A change made to the file by someone else while the workshop runs: merged in as an edit.
  let watching = true;
  const watchFile = async (): Promise<void> => {
    await mergeFileChange();
    if (writeDeferred && watching) {
      writeDeferred = false;
      void persist();
    }
  };
  const mergeFileChange = async (): Promise<void> => {
    const stamp = await stampOf(file);
    if (!watching || stamp === fileStamp) return;
    const text = await fs.readFile(file, 'utf8').catch(() => null);
    fileStamp = stamp;
    if (text === null || text === lastWrittenText) return;
    const parsed = parsePlan(text);
    if (!parsed.ok) {
      const kept = `${file}.rejected`;
      await fs.writeFile(kept, text).catch(() => undefined);
      log(`${fileName} was changed on disk but is not a valid plan (${formatPlanErrors(fileName, parsed.errors)}); the workshop goes on with its own plan and the changed text is kept as ${path.basename(kept)}.`);
      lastWrittenText = '';
      await persist();
      return;
    }
    if (parsed.plan.id !== planId) {
      log(`${fileName} was replaced on disk by another plan (${parsed.plan.id}); the workshop keeps its own plan and writes it back.`);
      lastWrittenText = '';
      await persist();
      return;
    }
    await direct.transact((document) => writePlanChange(document, lastWrittenPlan, parsed.plan, FILE_ORIGIN));
    log(`${fileName} was changed on disk: merged into the workshop.`);
  };
  let polling = Promise.resolve();
  const poll = setInterval(() => {
    polling = polling.then(watchFile).catch(() => undefined);
  }, FILE_POLL_MS);
  poll.unref();

  const connections = () => [...(hocuspocus.documents.get(planId)?.getConnections() ?? [])];

  return {
    planId,
    file,
    tokens: () => tokens,
    roleFor: (token) => roleForToken(tokens, token),
    info: (role) => ({ planId, fileName, role, collabPath: COLLAB_PATH }),
    async rotateTokens() {
      tokens = createRoleTokens();
      await store.saveTokens(tokens);
      for (const connection of connections()) {
        const ctx = connection.context as ConnectionContext;
        if (roleForToken(tokens, ctx.token) === undefined) ctx.ticket?.close(4403, 'the workshop links were changed');
      }
      return tokens;
    },
    handleUpgrade: gate.handleUpgrade,
    current: () => mirror!.current(),
    flush: persist,
    async close() {
      clearInterval(poll);
      // A last change to the file is merged before the room's plan is written for the last time.
      polling = polling.then(mergeFileChange).catch(() => undefined);
      await polling;
      watching = false;
      await persist();
      gate.close();
      hocuspocus.closeConnections();
      await direct.disconnect();
      await persist();
      for (const extension of extensions) await extension.onDestroy?.({ instance: hocuspocus });
    },
  };
}

async function readPlanText(file: string): Promise<{ text: string; plan: Plan }> {
  let text: string;
  try {
    text = (await readPlanFile(file)).text;
  } catch (err) {
    throw new WorkshopError(err instanceof Error ? err.message : String(err));
  }
  const parsed = parsePlan(text);
  if (!parsed.ok) throw new WorkshopError(formatPlanErrors(path.basename(file), parsed.errors));
  return { text, plan: parsed.plan };
}

/** What changes when the file is replaced or rewritten. */
async function stampOf(file: string): Promise<string> {
  try {
    const stat = await fs.stat(file);
    return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'missing';
  }
}
