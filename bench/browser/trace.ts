// CPU time of a gesture from a Chromium trace. Wall-clock frame times swing with
// whatever else the machine runs; the CPU time each thread spent (trace `tdur`) is
// far steadier, so it is the fairer editor/bare comparison on a busy machine.
// With `detailed`, also lists where the main thread's time went (script, style,
// layout, paint, layerize, hit testing); those events nest, so their sums overlap.
import type { Browser, Page } from 'playwright-core';

const CPU_CATEGORIES = ['toplevel'];
const DETAILED_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'cc'];
/** The scheduler's task event: every task a thread runs is one, never nested in another. */
const TASK = 'ThreadControllerImpl::RunTask';

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

export interface CpuUse {
  /** CPU ms of the renderer's main thread (JavaScript, style, layout, paint, hit testing). */
  mainMs: number;
  /** CPU ms of the compositor, raster and display threads (drawing the frames). */
  drawMs: number;
  /** With `detailed`: the main thread's largest event totals, one line each. */
  breakdown: string[];
}

export async function traceCpu<T>(browser: Browser, page: Page, run: () => Promise<T>, detailed = false): Promise<{ result: T; cpu: CpuUse }> {
  await browser.startTracing(page, { categories: detailed ? DETAILED_CATEGORIES : CPU_CATEGORIES });
  let result: T;
  try {
    result = await run();
  } catch (error) {
    await browser.stopTracing();
    throw error;
  }
  const buffer = await browser.stopTracing();
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const threads = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  let mainMs = 0;
  let drawMs = 0;
  const byName = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X') continue;
    const thread = threads.get(`${e.pid}:${e.tid}`) ?? '';
    const main = thread === 'CrRendererMain';
    if (e.name === TASK) {
      const ms = (e.tdur ?? e.dur ?? 0) / 1000;
      if (main) mainMs += ms;
      else if (/^(Compositor|CompositorTileWorker|VizCompositorThread)/.test(thread)) drawMs += ms;
    } else if (detailed && main && e.dur) {
      byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
    }
  }
  const breakdown = [...byName.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 14)
    .map(([name, ms]) => `${ms.toFixed(0).padStart(7)} ms  ${name}`);
  return { result, cpu: { mainMs, drawMs, breakdown } };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

/**
 * Runs a gesture under V8's sampling profiler and returns the functions with the
 * most self time, one line each (`--profile`): which of our functions, React's or
 * React Flow's the script part of a gesture goes to. Build unminified to read the names.
 */
export async function profileScript<T>(page: Page, run: () => Promise<T>, top = 25): Promise<{ result: T; lines: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const stop = async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
    await cdp.detach();
    return profile;
  };
  let result: T;
  try {
    result = await run();
  } catch (error) {
    await stop();
    throw error;
  }
  const profile = await stop();
  const selfUs = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.split('/').pop() ?? '';
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    selfUs.set(key, (selfUs.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const lines = [...selfUs.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, us]) => `${(us / 1000).toFixed(1).padStart(8)} ms  ${key}`);
  return { result, lines };
}
