// Two workshop hosts sharing one workshop through a real Redis (Debian's
// redis-server, started here on a free loopback port): a client on each host, and
// every edit reaches the other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serializePlan } from '../../shared/model/serialize.js';
import { addNode, updateNode } from '../../shared/ops/index.js';
import { SAMPLE_PATH } from '../unit/support/sample-plan.js';
import { joinWorkshop, startWorkshop, tokenOf, until, type WorkshopProcess } from './support/workshop.js';

const hasRedis = spawnSync('redis-server', ['--version']).status === 0;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe.skipIf(!hasRedis)('handoff workshop --redis: several hosts, one workshop', () => {
  let work: string;
  let redis: ChildProcess;
  let redisUrl: string;
  const hosts: WorkshopProcess[] = [];

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'handoff-redis-'));
    const port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    redisUrl = `redis://127.0.0.1:${port}`;
    await until('redis answers', () => spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG');
  });
  afterAll(async () => {
    for (const host of hosts) await host.stop();
    redis?.kill();
    rmSync(work, { recursive: true, force: true });
  });

  it('an edit on one host reaches a client of the other, and the shared file holds both', async () => {
    // Hosts behind a load balancer share storage: the same plan file and data folder
    // (so the same links); Redis carries the updates and lets one host store at a time.
    const dir = mkdtempSync(path.join(work, 'shared-'));
    const file = path.join(dir, 'churn.handoff.json');
    copyFileSync(SAMPLE_PATH, file);
    const start = async () => {
      const host = await startWorkshop(file, { dataDir: path.join(dir, 'data'), extra: ['--redis', redisUrl] });
      hosts.push(host);
      return { host };
    };
    const one = await start();
    const two = await start();
    expect(tokenOf(two.host.links.participant)).toBe(tokenOf(one.host.links.participant));
    const planId = (JSON.parse(readFileSync(file, 'utf8')) as { id: string }).id;
    const a = await joinWorkshop(one.host.port, planId, tokenOf(one.host.links.participant));
    const b = await joinWorkshop(two.host.port, planId, tokenOf(two.host.links.participant));
    try {
      a.apply((plan) => addNode(plan, { id: 'n-from-one', type: 'application', title: 'Added on host one', position: { x: 0, y: 0 } }));
      await until('B (host two) sees A\'s node', () => b.plan().nodes!.some((n) => n.id === 'n-from-one'), 15_000);
      const id = b.plan().nodes![0].id;
      b.apply((plan) => updateNode(plan, id, { title: 'Renamed on host two' }));
      await until('A (host one) sees B\'s edit', () => a.plan().nodes!.some((n) => n.title === 'Renamed on host two'), 15_000);
      expect(serializePlan(a.plan())).toBe(serializePlan(b.plan()));
      await until('the file holds both edits', () => {
        const text = readFileSync(file, 'utf8');
        return text.includes('Added on host one') && text.includes('Renamed on host two');
      }, 10_000);
      const ids = (JSON.parse(readFileSync(file, 'utf8')) as { nodes: { id: string }[] }).nodes.map((n) => n.id);
      expect(new Set(ids).size).toBe(ids.length);
    } finally {
      a.destroy();
      b.destroy();
    }
  }, 60_000);
});
