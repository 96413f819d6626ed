// `npm run bench:editor` (or `node bin/run-ts.js bench/editor.ts [--sizes 100,1000,5000] [--rounds N] [--trace] [--profile]`):
// the editor's speed in Chromium on generated plans, next to a bare React Flow
// page with default nodes drawing the same plan, in the same run and browser.
// Prints numbers against the targets of issue 3 (open < 1.5 s; paced drag and zoom
// within 1.5× of the bare page) and issue 11 (drag with mouse moves sent back to
// back, and a wheel zoom in and out at one event each 16 ms, within 1.2×), the
// zoom notch by notch with rests (where the editor switches its far/near detail),
// then one growth line per size; it is a measurement, not a test, so it exits 0.
// `--profile` lists the script functions with the most self time in the zoom
// (build with HANDOFF_UNMINIFIED=1 to read their names).
// Needs `npm run build` first (it serves out/renderer); it builds the bare page itself.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serializePlan } from '../shared/model/serialize.js';
import { generatePlan } from './generate.js';
import { serveStatic } from './browser/static-server.js';
import {
  DRAG_STEPS,
  UNPACED_MOVES,
  WHEEL_CYCLES,
  WHEEL_RUN,
  WHEEL_STEPS,
  currentZoom,
  installRenderProbe,
  measureNodeDrag,
  measurePan,
  measureUnpacedDrag,
  measureWheelZoom,
  measureZoomInOut,
  measureZoomAtRest,
  settle,
  waitForFullRender,
} from './browser/measure.js';
import { profileScript, traceCpu } from './browser/trace.js';
import { combineRuns, printGrowth, printReport, type PageRun } from './browser/report.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const VIEWPORT = { width: 1440, height: 900 };
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const PLAN_FILE = 'bench.handoff.json';
const SERVER_START_MS = 20_000;

const { values: args } = parseArgs({
  options: {
    /** Plan sizes, comma-separated; `--size N` measures one. */
    sizes: { type: 'string', default: '100,1000,5000' },
    size: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    /** Only the open and the unpaced gestures of issue 11 (quicker), not the paced ones. */
    'unpaced-only': { type: 'boolean', default: false },
    /** Also print where each gesture's main-thread time went (a heavier Chromium trace). */
    trace: { type: 'boolean', default: false },
    /** Also print the script functions with the most self time in the in-and-out zoom (V8's profiler; an extra gesture). */
    profile: { type: 'boolean', default: false },
  },
});
const SIZES = (args.size ?? args.sizes)
  .split(',')
  .map((n) => Math.max(2, Number(n) || 1000));
const ROUNDS = Math.max(1, Math.min(5, Number(args.rounds) || 1));

/** The newest modification time of any file under a folder (to notice a stale editor build). */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** `handoff serve DIR --port 0` with its own data folder; resolves with its URL once it prints the listening line. */
function startHandoffServer(dir: string, dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin/handoff.js'), 'serve', dir, '--port', '0', '--host', '127.0.0.1'], {
    cwd: ROOT,
    // Its own settings, recent list and recovery copies: a drag would otherwise leave an
    // autosaved copy in the user's data folder (and a "Restore?" prompt in the next run).
    env: { ...process.env, HANDOFF_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`handoff serve did not start within ${SERVER_START_MS} ms:\n${output}`));
    }, SERVER_START_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Handoff Studio is serving .+ at (http:\/\/\S+\/)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise({ url: match[1], child });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`handoff serve exited with ${code}:\n${output}`));
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

/** Opens one page in a fresh context and runs the open, pan, drag and zoom measurements, each under a CPU trace. */
async function measurePage(browser: Browser, name: string, url: string, size: number): Promise<PageRun> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const traced = async <T>(label: string, run: () => Promise<T>) => {
    const { result, cpu } = await traceCpu(browser, page, run, args.trace);
    if (args.trace) console.log(`${name}, ${label}: main thread ${cpu.mainMs.toFixed(0)} ms CPU; largest event totals (nested, wall ms):\n${cpu.breakdown.join('\n')}`);
    return { ...result, cpu: { mainMs: cpu.mainMs, drawMs: cpu.drawMs } };
  };
  try {
    await installRenderProbe(page);
    const open = await traced('open', async () => {
      await page.goto(url);
      return waitForFullRender(page, size);
    });
    await settle(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heapMb = (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
    // The unpaced gestures first, at the opening view; the zoom in and out ends where it began.
    const dragUnpaced = await traced('unpaced node drag', () => measureUnpacedDrag(page));
    await settle(page);
    const zoomInOut = await traced('in-and-out wheel zoom', () => measureZoomInOut(page));
    await settle(page);
    if (args.profile) {
      const { lines } = await profileScript(page, () => measureZoomInOut(page));
      console.log(`${name}, in-and-out wheel zoom, script self time by function:\n${lines.join('\n')}`);
      await settle(page);
    }
    // Notch by notch with rests: the editor's detail switch happens here, once per crossing.
    const zoomAtRest = await measureZoomAtRest(page);
    await settle(page);
    if (args['unpaced-only']) {
      if (errors.length) console.warn(`page errors on ${name}: ${errors.join('; ')}`);
      return { open, dragUnpaced, zoomInOut, zoomAtRest, heapMb };
    }
    const pan = await traced('pan', () => measurePan(page));
    await settle(page);
    const drag = await traced('node drag', () => measureNodeDrag(page));
    await settle(page);
    const zoom = await traced('wheel zoom', () => measureWheelZoom(page));
    await settle(page);
    // Zooming in on from there crosses the editor's far zoom (0.35), where nodes switch to full detail.
    const fromZoom = await currentZoom(page);
    const zoomIn = { ...(await traced('wheel zoom further in', () => measureWheelZoom(page))), fromZoom, toZoom: await currentZoom(page) };
    if (errors.length) console.warn(`page errors on ${name}: ${errors.join('; ')}`);
    return { open, pan, drag, zoom, zoomIn, dragUnpaced, zoomInOut, zoomAtRest, heapMb };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const built = await stat(join(ROOT, 'out/renderer/index.html')).catch(() => null);
  if (!built) {
    console.log('bench:editor skipped: no editor build in out/renderer; run `npm run build` first.');
    return;
  }
  if (newestMtime(join(ROOT, 'renderer/src')) > built.mtimeMs) {
    console.log('note: renderer/src changed after the last `npm run build`; the editor measured is that older build.');
  }
  const { default: bareConfig, BARE_OUT_DIR } = await import('./browser/vite.config.js');
  await build({ ...bareConfig, configFile: false });

  const tmp = await mkdtemp(join(tmpdir(), 'handoff-bench-'));
  const cleanups: (() => Promise<unknown>)[] = [() => rm(tmp, { recursive: true, force: true })];
  try {
    const bareServer = await serveStatic(BARE_OUT_DIR);
    cleanups.push(() => bareServer.close());
    const browser = await chromium.launch({ executablePath: process.env.HANDOFF_CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
    cleanups.push(() => browser.close());

    // Each editor page gets a fresh plan folder, data folder and server: the previous
    // drag leaves an autosaved recovery copy, which would greet the next one with "Restore?".
    let served = 0;
    const measureEditorOnce = async (size: number, planText: string): Promise<PageRun> => {
      const dir = join(tmp, `plans-${++served}`);
      await mkdir(dir);
      await writeFile(join(dir, PLAN_FILE), planText);
      const handoff = await startHandoffServer(dir, join(tmp, `data-${served}`));
      try {
        return await measurePage(browser, 'editor', `${handoff.url}?plan=${encodeURIComponent(PLAN_FILE)}`, size);
      } finally {
        await stopChild(handoff.child);
      }
    };
    // Other sessions may rebuild out/renderer meanwhile (the page then fails to load): one retry.
    const measureEditor = (size: number, planText: string) =>
      measureEditorOnce(size, planText).catch((error: Error) => {
        console.log(`editor run failed (${error.message.split('\n')[0]}); retrying once`);
        return measureEditorOnce(size, planText);
      });

    const growth: { nodes: number; editor: PageRun; bare: PageRun }[] = [];
    for (const size of SIZES) {
      const planText = serializePlan(generatePlan(size));
      const bareUrl = `${bareServer.url}?n=${size}`;
      console.log(`\nEditor benchmark: ${size} nodes, ${size - 1} edges, viewport ${VIEWPORT.width}×${VIEWPORT.height}, ${ROUNDS} round(s), Chromium ${browser.version()}`);
      const editorRuns: PageRun[] = [];
      const bareRuns: PageRun[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        // Alternate the order so neither page always runs on a warmer (or busier) machine.
        if (round % 2 === 0) {
          bareRuns.push(await measurePage(browser, 'bare', bareUrl, size));
          editorRuns.push(await measureEditor(size, planText));
        } else {
          editorRuns.push(await measureEditor(size, planText));
          bareRuns.push(await measurePage(browser, 'bare', bareUrl, size));
        }
      }
      const editor = combineRuns(editorRuns);
      const bare = combineRuns(bareRuns);
      printReport(editor, bare, { nodes: size, dragSteps: DRAG_STEPS, wheelSteps: WHEEL_STEPS, unpacedMoves: UNPACED_MOVES, wheelEvents: 2 * WHEEL_RUN * WHEEL_CYCLES });
      growth.push({ nodes: size, editor, bare });
    }
    if (growth.length > 1) printGrowth(growth);
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  }
}

await main();
