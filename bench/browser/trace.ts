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
