// `npm run bench:workshop`: a real `handoff workshop` host with 5, 20 and 50
// simulated participants (Hocuspocus providers in this process), each making one
// edit a second. Prints, per size: p50/p95 time from an edit to its arrival at every
// other client, the host's CPU (share of one core) and memory, and the file-save delay.
// Targets at 20 clients (issue 9): p95 < 100 ms on loopback, host < 25% of one core.
// One more participant joins in Chromium (when there is one): the time until an edit
// shows on its canvas is printed beside.
// `--seconds N` sets how long each size runs (default 10).
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_LAUNCH_ARGS, findChromium } from '../electron/services/pdf.js';
import { updateNode } from '../shared/ops/index.js';
import { joinWorkshop, startWorkshop, tokenOf, type Client } from '../test/node/support/workshop.js';

const SIZES = [5, 20, 50];
const secondsArg = process.argv.indexOf('--seconds');
const SECONDS = secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 10;
const SAMPLE = new URL('../examples/churn-scoring.handoff.json', import.meta.url);

const percentile = (xs: number[], p: number): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/** utime + stime of a process, in ms, from /proc (Linux). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100;
}
function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))!;
  return Number(line.split(/\s+/)[1]) / 1024;
}

/**
 * One person in Chromium, joined through the participant link: it is a real editor's
 * load on the host, and its arrivals (node titles appearing on its canvas) are timed
 * separately, since a browser also has to draw them.
 */
async function joinInChromium(browser: Browser, link: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(link);
  const dialog = page.getByRole('dialog', { name: 'Join the workshop' });
  await dialog.getByLabel('Your name').fill('Chromium participant');
  await dialog.getByRole('button', { name: 'Join' }).click();
  await page.getByRole('region', { name: 'Canvas' }).waitFor();
  await page.evaluate(() => {
    const seen: Record<string, number> = {};
    (window as unknown as { benchSeen: Record<string, number> }).benchSeen = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('.react-flow__node')) {
        const match = /bench:\S+/.exec(el.textContent ?? '');
        if (match && !(match[0] in seen)) seen[match[0]] = Date.now();
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return page;
}

async function run(size: number, browser: Browser | null): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'handoff-bench-workshop-'));
  const file = path.join(dir, 'plan.handoff.json');
  copyFileSync(SAMPLE, file);
  const planId = (JSON.parse(readFileSync(file, 'utf8')) as { id: string }).id;
  // Loopback clients all come from one address, unlike a room of laptops: the
  // per-address limit (20) is raised for the bench.
  const host = await startWorkshop(file, { dataDir: path.join(dir, 'data'), extra: ['--max-per-address', '100'] });
  const clients: Client[] = [];
  try {
    for (let i = 0; i < size; i++) {
      clients.push(await joinWorkshop(host.port, planId, tokenOf(host.links.participant)));
    }
    const page = browser ? await joinInChromium(browser, host.links.participant) : null;
    const nodeIds = clients[0].plan().nodes!.map((n) => n.id);
    const sentWall = new Map<string, number>();
    // Arrival times: each edit writes a unique description; every client watches for it.
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    const seen = new Map<string, number>();
    for (const client of clients) {
      client.doc.on('afterTransaction', (tx) => {
        if (tx.local) return;
        const now = performance.now();
        for (const node of client.plan().nodes!) {
          const mark = node.title;
          if (!mark?.startsWith('bench:') || !sentAt.has(mark)) continue;
          const key = `${mark}@${clients.indexOf(client)}`;
          if (seen.has(key)) continue;
          seen.set(key, now);
          latencies.push(now - sentAt.get(mark)!);
        }
      });
    }
    const cpu0 = cpuMs(host.child.pid!);
    const t0 = performance.now();
    let saveDelays: number[] = [];
    let lastEditAt = 0;
    const timers = clients.map((client, i) =>
      setTimeout(() => {
        const tick = setInterval(() => {
          const mark = `bench:${i}:${Math.round(performance.now())}`;
          sentAt.set(mark, performance.now());
          sentWall.set(mark, Date.now());
          lastEditAt = Date.now();
          // The title, so that the Chromium participant's canvas shows it.
          client.apply((plan) => updateNode(plan, nodeIds[i % nodeIds.length], { title: mark }));
        }, 1000);
        timers.push(tick as unknown as NodeJS.Timeout);
      }, (i * 1000) / size),
    );
    await new Promise((r) => setTimeout(r, SECONDS * 1000));
    for (const t of timers) clearInterval(t);
    const elapsed = performance.now() - t0;
    const cpu = (cpuMs(host.child.pid!) - cpu0) / elapsed;
    // The file-save delay: from the last edit to the file's change.
    const before = statSync(file).mtimeMs;
    const until = Date.now() + 5000;
    while (Date.now() < until && statSync(file).mtimeMs === before) await new Promise((r) => setTimeout(r, 20));
    saveDelays = [statSync(file).mtimeMs - lastEditAt];
    const rss = rssMb(host.child.pid!);
    let browserColumns = '– | –';
    if (page) {
      const seen = await page.evaluate(() => (window as unknown as { benchSeen: Record<string, number> }).benchSeen);
      const drawn = Object.entries(seen).filter(([mark]) => sentWall.has(mark)).map(([mark, at]) => at - sentWall.get(mark)!);
      browserColumns = `${percentile(drawn, 50).toFixed(0)} | ${percentile(drawn, 95).toFixed(0)}`;
      await page.close();
    }
    return `| ${size} | ${latencies.length} | ${percentile(latencies, 50).toFixed(1)} | ${percentile(latencies, 95).toFixed(1)} | ${browserColumns} | ${(cpu * 100).toFixed(1)}% | ${rss.toFixed(0)} | ${saveDelays[0].toFixed(0)} |`;
  } finally {
    for (const client of clients) client.destroy();
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`Workshop host, ${SECONDS} s per size, one edit per client per second (loopback, this machine)\n`);
const executablePath = findChromium();
const browser = executablePath ? await chromium.launch({ executablePath, args: CHROMIUM_LAUNCH_ARGS }) : null;
if (!browser) console.log('(no Chromium found: the browser participant is left out)\n');
console.log('| Node clients | arrivals | p50 ms | p95 ms | drawn in Chromium p50 ms | p95 ms | host CPU (one core) | host RSS MB | file saved after last edit, ms |');
console.log('|---|---|---|---|---|---|---|---|---|');
try {
  for (const size of SIZES) console.log(await run(size, browser));
} finally {
  await browser?.close();
}
