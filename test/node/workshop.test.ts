// `handoff workshop` as a process, with real Hocuspocus providers as its clients:
// links, roles, the file on disk, restarts, external edits and abuse.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { parsePlan } from '../../shared/model/parse.js';
import { serializePlan } from '../../shared/model/serialize.js';
import { addNode, updateNode, updatePlanFields } from '../../shared/ops/index.js';
import { listMap } from '../../shared/workshop/index.js';
import { SAMPLE_PATH } from '../unit/support/sample-plan.js';
import { BIN, joinWorkshop, startWorkshop, tokenOf, until, type Client, type WorkshopProcess } from './support/workshop.js';

let work: string;
const PLAN_ID = (parsePlan(readFileSync(SAMPLE_PATH, 'utf8')) as { plan: { id: string } }).plan.id;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'handoff-workshop-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function setup(): { file: string; dataDir: string } {
  const dir = mkdtempSync(path.join(work, 'w-'));
  const file = path.join(dir, 'churn.handoff.json');
  copyFileSync(SAMPLE_PATH, file);
  return { file, dataDir: path.join(dir, 'data') };
}

const fileText = (file: string): string => readFileSync(file, 'utf8');
const nodeTitles = (text: string): string[] => (JSON.parse(text) as { nodes: { title: string }[] }).nodes.map((n) => n.title);

describe('handoff workshop', () => {
  let host: WorkshopProcess;
  let file: string;
  const clients: Client[] = [];
  const join = async (token: string) => {
    const client = await joinWorkshop(host.port, PLAN_ID, token);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    const paths = setup();
    file = paths.file;
    host = await startWorkshop(file, { dataDir: paths.dataDir });
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await host.stop();
  });

  it('prints three links, one token per role, in the fragment', () => {
    const tokens = Object.values(host.links).map(tokenOf);
    expect(new Set(tokens).size).toBe(3);
    for (const token of tokens) expect(token.length).toBeGreaterThanOrEqual(22);
    for (const link of Object.values(host.links)) {
      expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?workshop=1#token=/);
    }
  });

  it('an edit by one participant reaches the other and the file, canonically, within 2 s', async () => {
    const a = await join(tokenOf(host.links.participant));
    const b = await join(tokenOf(host.links.facilitator));
    expect(serializePlan(a.plan())).toBe(fileText(file));
    a.apply((plan) => addNode(plan, { id: 'n-live', type: 'monitoring', title: 'Drift dashboard', position: { x: 10, y: 20 } }));
    await until('B sees the node', () => b.plan().nodes!.some((n) => n.id === 'n-live'));
    await until('the file has the node', () => nodeTitles(fileText(file)).includes('Drift dashboard'), 2500);
    expect(fileText(file)).toBe(serializePlan(b.plan()));
    const validate = spawnSync(process.execPath, [BIN, 'fmt', '--check', file], { encoding: 'utf8' });
    expect(validate.status).toBe(0);
  });

  it('keeps both edits when two people change different fields of one node at once', async () => {
    const [a, b] = [clients[0], clients[1]];
    const id = a.plan().nodes![0].id;
    a.apply((plan) => updateNode(plan, id, { title: 'Billing database (replica)' }));
    b.apply((plan) => updateNode(plan, id, { tech: 'PostgreSQL 16' }));
    await until('both edits everywhere', () =>
      [a, b].every((c) => {
        const node = c.plan().nodes!.find((n) => n.id === id)!;
        return node.title === 'Billing database (replica)' && node.tech === 'PostgreSQL 16';
      }),
    );
  });

  it('a viewer sees edits live, and its raw writes change nothing on the server or in the file', async () => {
    const viewer = await join(tokenOf(host.links.viewer));
    expect(viewer.authFailed).toBe(false);
    const writer = clients[0];
    writer.apply((plan) => updatePlanFields(plan, { summary: 'Seen by the viewer' }));
    await until('the viewer sees it', () => viewer.plan().summary === 'Seen by the viewer');
    // A write sent outside any UI, straight into the viewer's document.
    const firstId = viewer.plan().nodes![0].id;
    viewer.doc.transact(() => (listMap(viewer.doc, 'nodes').get(firstId) as Y.Map<unknown>).set('title', 'VIEWER WAS HERE'));
    // A participant's later edit arrives everywhere; the viewer's never does.
    writer.apply((plan) => updatePlanFields(plan, { summary: 'After the viewer tried' }));
    await until('the later edit is in the file', () => fileText(file).includes('After the viewer tried'), 3000);
    expect(fileText(file)).not.toContain('VIEWER WAS HERE');
    expect(clients[1].plan().nodes![0].title).not.toBe('VIEWER WAS HERE');
  });

  it('gives no document data for a wrong or missing token', async () => {
    for (const token of ['', 'x'.repeat(32), `${tokenOf(host.links.participant)}x`]) {
      const doc = new Y.Doc();
      const client = await joinWorkshop(host.port, PLAN_ID, token, { doc });
      client.destroy();
      expect(client.authFailed).toBe(true);
      expect(listMap(doc, 'nodes').size).toBe(0);
      expect(doc.getMap('plan').size).toBe(0);
    }
  });

  it('refuses other origins, other paths and oversized messages, and the others keep working', async () => {
    const url = `ws://127.0.0.1:${host.port}/collab`;
    const refused = (ws: WebSocket) =>
      new Promise<number>((resolve) => {
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('error', () => resolve(-1));
      });
    expect(await refused(new WebSocket(url, { origin: 'http://evil.example' }))).toBe(403);
    expect(await refused(new WebSocket(`ws://127.0.0.1:${host.port}/other`))).toBe(404);

    // Garbage, then a 9 MiB message: each sender is cut off, nobody else notices.
    const opened = async () => {
      const ws = new WebSocket(url);
      await new Promise((resolve) => ws.once('open', resolve));
      return { ws, closed: new Promise<number>((resolve) => ws.once('close', (code) => resolve(code))) };
    };
    const garbage = await opened();
    garbage.ws.send(Buffer.from([0xff, 0xfe, 0x00, 0x13, 0x37]));
    expect(await garbage.closed).toBeGreaterThanOrEqual(1000);
    const huge = await opened();
    huge.ws.send(Buffer.alloc(9 * 1024 * 1024, 1));
    expect(await huge.closed).toBe(1009);

    const [a, b] = [await join(tokenOf(host.links.participant)), await join(tokenOf(host.links.participant))];
    a.apply((plan) => updatePlanFields(plan, { summary: 'Still working' }));
    await until('B still gets edits', () => b.plan().summary === 'Still working');
  });

  it('slows a client that floods messages, then disconnects it, and the others keep working', async () => {
    const flooder = new WebSocket(`ws://127.0.0.1:${host.port}/collab`);
    await new Promise((resolve) => flooder.once('open', resolve));
    const closed = new Promise<number>((resolve) => flooder.once('close', (code) => resolve(code)));
    // Well-framed messages (document name "x", an awareness message) as fast as the socket takes them.
    const frame = Buffer.from([1, 0x78, 1, 0]);
    const started = Date.now();
    let sent = 0;
    while (flooder.readyState === WebSocket.OPEN && Date.now() - started < 20_000) {
      for (let i = 0; i < 500; i++) flooder.send(frame);
      sent += 500;
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(await closed).toBe(1008);
    expect(sent).toBeGreaterThan(400);
    const [a, b] = [await join(tokenOf(host.links.participant)), await join(tokenOf(host.links.participant))];
    a.apply((plan) => updatePlanFields(plan, { summary: 'After the flood' }));
    await until('B still gets edits', () => b.plan().summary === 'After the flood');
  });

  it('rotates the links for the facilitator only; old tokens stop working at once', async () => {
    const call = (token: string) =>
      fetch(`${host.url}api/call/rotateWorkshopLinks`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: '{}' });
    const info = await fetch(`${host.url}api/call/getWorkshopInfo`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenOf(host.links.viewer)}` }, body: '{}' });
    expect(await info.json()).toEqual({ planId: PLAN_ID, fileName: 'churn.handoff.json', role: 'viewer', collabPath: '/collab' });
    expect((await call(tokenOf(host.links.participant))).status).toBe(403);

    const old = await join(tokenOf(host.links.participant));
    const dropped = new Promise<number>((resolve) => old.socket.on('close', ({ event }: { event: { code: number } }) => resolve(event.code)));
    const answer = await call(tokenOf(host.links.facilitator));
    expect(answer.status).toBe(200);
    const { links } = (await answer.json()) as { links: Record<string, string> };
    expect(tokenOf(links.participant)).not.toBe(tokenOf(host.links.participant));
    expect(await dropped).toBe(4403);
    old.destroy();

    const refused = await joinWorkshop(host.port, PLAN_ID, tokenOf(host.links.participant));
    refused.destroy();
    expect(refused.authFailed).toBe(true);
    const welcome = await join(tokenOf(links.participant));
    expect(welcome.authFailed).toBe(false);
    expect(welcome.plan().id).toBe(PLAN_ID);
    const stale = await fetch(`${host.url}api/call/getWorkshopInfo`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenOf(host.links.viewer)}` }, body: '{}' });
    expect(stale.status).toBe(401);
  });
});

describe('handoff workshop: the file and restarts', () => {
  it('merges an edit made to the file while the workshop runs, keeping the room\'s edits', async () => {
    const { file, dataDir } = setup();
    const host = await startWorkshop(file, { dataDir });
    const a = await joinWorkshop(host.port, PLAN_ID, tokenOf(host.links.participant));
    try {
      const [first, second] = a.plan().nodes!;
      a.apply((plan) => updateNode(plan, first.id, { title: 'Renamed in the room' }));
      await until('saved', () => fileText(file).includes('Renamed in the room'), 3000);
      // Someone edits the file by hand (another field of another node).
      const onDisk = JSON.parse(fileText(file)) as { nodes: { id: string; title: string }[] };
      onDisk.nodes.find((n) => n.id === second.id)!.title = 'Renamed in the file';
      writeFileSync(file, JSON.stringify(onDisk));
      await until('the room sees the file edit', () => a.plan().nodes!.some((n) => n.title === 'Renamed in the file'));
      await until('the file is canonical again with both edits', () => {
        const text = fileText(file);
        return text.includes('Renamed in the room') && text.includes('Renamed in the file') && text.endsWith('}\n') && text.includes('\n  "id"');
      }, 3000);
    } finally {
      a.destroy();
      await host.stop();
    }
  });

  it('does not write over a hand edit made while a room edit waits to be saved: both end up in the file', async () => {
    const { file, dataDir } = setup();
    const host = await startWorkshop(file, { dataDir });
    const a = await joinWorkshop(host.port, PLAN_ID, tokenOf(host.links.participant));
    try {
      const [first, second] = a.plan().nodes!;
      // The room's edit is saved about 0.8 s later; the file is looked at once a second. The hand edit lands in between.
      a.apply((plan) => updateNode(plan, first.id, { title: 'Renamed in the room' }));
      const onDisk = JSON.parse(fileText(file)) as { nodes: { id: string; title: string }[] };
      onDisk.nodes.find((n) => n.id === second.id)!.title = 'Renamed in the file';
      writeFileSync(file, JSON.stringify(onDisk));
      await until('both edits are in the file, written canonically', () => {
        const text = fileText(file);
        return text.includes('Renamed in the room') && text.includes('Renamed in the file') && text.includes('\n  "id"');
      });
      expect(a.plan().nodes!.map((n) => n.title)).toEqual(expect.arrayContaining(['Renamed in the room', 'Renamed in the file']));
    } finally {
      a.destroy();
      await host.stop();
    }
  });

  it('keeps a hand-broken file\'s text aside and goes on', async () => {
    const { file, dataDir } = setup();
    const host = await startWorkshop(file, { dataDir });
    try {
      writeFileSync(file, '{ "format": "handoff-plan", ');
      await until('the host says so', () => host.stderr().includes('is not a valid plan'), 5000);
      expect(readFileSync(`${file}.rejected`, 'utf8')).toBe('{ "format": "handoff-plan", ');
      await until('the file is the room\'s plan again', () => parsePlan(fileText(file)).ok, 3000);
    } finally {
      await host.stop();
    }
  });

  it('killed with SIGKILL and restarted, loses nothing saved, keeps its links, and clients reconnect without duplicates', async () => {
    const { file, dataDir } = setup();
    let host = await startWorkshop(file, { dataDir });
    const links = host.links;
    const a = await joinWorkshop(host.port, PLAN_ID, tokenOf(links.participant));
    const port = host.port;
    try {
      a.apply((plan) => addNode(plan, { id: 'n-before-kill', type: 'model', title: 'Saved before the kill', position: { x: 0, y: 0 } }));
      await until('saved', () => fileText(file).includes('Saved before the kill'), 3000);
      await new Promise((r) => setTimeout(r, 300));
      await host.kill();
      // Edits made while the host is down stay with the client.
      a.apply((plan) => addNode(plan, { id: 'n-offline', type: 'monitoring', title: 'Added while offline', position: { x: 1, y: 1 } }));

      host = await startWorkshop(file, { dataDir, port });
      expect(host.links).toEqual(links);
      const b = await joinWorkshop(host.port, PLAN_ID, tokenOf(links.facilitator));
      try {
        await until('the offline edit reached the restarted host', () => b.plan().nodes!.some((n) => n.id === 'n-offline'), 15_000);
        await until('and the file', () => fileText(file).includes('Added while offline'), 3000);
        const ids = (JSON.parse(fileText(file)) as { nodes: { id: string }[] }).nodes.map((n) => n.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids).toContain('n-before-kill');
        expect(serializePlan(a.plan())).toBe(serializePlan(b.plan()));
      } finally {
        b.destroy();
      }
    } finally {
      a.destroy();
      await host.stop();
    }
  }, 60_000);

  it('says which file and what is wrong when the plan is not valid, and changes nothing', () => {
    const { file, dataDir } = setup();
    const text = fileText(file).replace('"type": "model"', '"type": "modle"');
    writeFileSync(file, text);
    const run = spawnSync(process.execPath, [BIN, 'workshop', file, '--port', '0'], { encoding: 'utf8', env: { ...process.env, HANDOFF_DATA_DIR: dataDir }, timeout: 20_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('churn.handoff.json');
    expect(run.stderr).toContain('"modle" is not a node type');
    expect(fileText(file)).toBe(text);
  });
});
