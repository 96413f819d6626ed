// What the editor benchmark measures in a page, the same way for the editor and
// for the bare React Flow page: time to first full render, and frame intervals
// (requestAnimationFrame) plus time per input step during a pan, a node drag and
// a wheel zoom. Everything here drives one Playwright page; no numbers are judged.
import type { Page } from 'playwright-core';

export interface FrameStats {
  /** Frame intervals recorded while the gesture ran. */
  frames: number;
  p50: number;
  p95: number;
  /** Per input step: from sending the event until the frame after it was drawn. */
  stepP50: number;
  stepP95: number;
  stepMean: number;
}

export interface OpenStats {
  /** Navigation start → the first frame with every rendered node in the DOM and measured (visible). */
  openMs: number;
  nodesInDom: number;
  /** True when React Flow drew fewer nodes than the plan has (onlyRenderVisibleElements or similar). */
  visibleSubsetOnly: boolean;
  edgesInDom: number;
  zoom: number;
  /** Milestones of the open, ms from navigation start (NaN when the page has no such step). */
  phases: { scriptsLoaded: number; domContentLoaded: number; planFetched: number; firstNodeInDom: number; allNodesInDom: number };
}

const OPEN_TIMEOUT_MS = 60_000;
/** The drawing counts as finished when nothing in it has changed for this long. */
const SETTLED_MS = 800;

type ProbeSample = { t: number; count: number; hidden: number; edges: number; view: string };
type ProbeWindow = { __renderProbe: { samples: ProbeSample[]; stop: boolean } };

/**
 * Installed before any page script: every animation frame, note how many React
 * Flow nodes are in the DOM, how many are still hidden (React Flow hides a node
 * until it has measured it), how many edges are drawn (an edge appears once both
 * its ends are measured; far out on a large plan the editor draws its flows as one
 * layer, `.far-edges-layer`, which says how many) and the viewport transform (fit
 * view). Only changes are kept.
 */
export async function installRenderProbe(page: Page): Promise<void> {
  // tsx (esbuild keepNames) wraps named functions in the callbacks below in
  // `__name(fn, "name")`; the page has no such helper, so give it one.
  await page.addInitScript('window.__name = (fn) => fn;');
  await page.addInitScript(() => {
    const probe = { samples: [] as ProbeSample[], stop: false };
    (window as unknown as ProbeWindow).__renderProbe = probe;
    const nodes = document.getElementsByClassName('react-flow__node');
    const edges = document.getElementsByClassName('react-flow__edge');
    const farFlows = document.getElementsByClassName('far-edges-layer');
    const viewports = document.getElementsByClassName('react-flow__viewport');
    let last = '';
    const tick = () => {
      let hidden = 0;
      for (let i = 0; i < nodes.length; i++) if ((nodes[i] as HTMLElement).style.visibility === 'hidden') hidden++;
      const sample = { count: nodes.length, hidden, edges: edges.length + Number(farFlows[0]?.getAttribute('data-flows') ?? 0), view: (viewports[0] as HTMLElement | undefined)?.style.transform ?? '' };
      const key = JSON.stringify(sample);
      if (key !== last) {
        last = key;
        probe.samples.push({ t: performance.now(), ...sample });
      }
      if (!probe.stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/**
 * Waits (bounded) until the drawing settles — every node measured and nothing
 * changing for a while — then reports the first frame that already looked like
 * the final one: the same nodes and edges, all visible, at the final (fitted) view.
 */
export async function waitForFullRender(page: Page, totalNodes: number): Promise<OpenStats> {
  const started = Date.now();
  for (;;) {
    const { last, now } = await page.evaluate(() => {
      const probe = (window as unknown as ProbeWindow).__renderProbe;
      return { now: performance.now(), last: probe.samples[probe.samples.length - 1] };
    });
    if (last && last.count > 0 && last.hidden === 0 && now - last.t > SETTLED_MS) break;
    if (Date.now() - started > OPEN_TIMEOUT_MS) throw new Error(`the page did not finish drawing its nodes within ${OPEN_TIMEOUT_MS} ms (last: ${JSON.stringify(last)})`);
    await page.waitForTimeout(100);
  }
  return page.evaluate((total) => {
    const probe = (window as unknown as ProbeWindow).__renderProbe;
    probe.stop = true;
    const last = probe.samples[probe.samples.length - 1];
    const first = probe.samples.find((s) => s.count === last.count && s.hidden === 0 && s.edges === last.edges && s.view === last.view)!;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const ends = (pick: (r: PerformanceResourceTiming) => boolean) => {
      const times = resources.filter(pick).map((r) => r.responseEnd);
      return times.length ? Math.max(...times) : NaN;
    };
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      phases: {
        scriptsLoaded: ends((r) => r.initiatorType === 'script' || r.name.endsWith('.js')),
        domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN,
        // The largest response from the host API is the plan itself.
        planFetched: resources.filter((r) => r.name.includes('/api/')).sort((a, b) => b.encodedBodySize - a.encodedBodySize)[0]?.responseEnd ?? NaN,
        firstNodeInDom: probe.samples.find((s) => s.count > 0)?.t ?? NaN,
        allNodesInDom: probe.samples.find((s) => s.count === last.count)?.t ?? NaN,
      },
      openMs: first.t,
      nodesInDom: last.count,
      visibleSubsetOnly: last.count < total,
      edgesInDom: last.edges,
      zoom: Number(/scale\(([\d.]+)\)/.exec(last.view)?.[1] ?? NaN),
    };
  }, totalNodes);
}

/** Lets work triggered by the last gesture (a drop, a store update) finish before the next one. */
export async function settle(page: Page): Promise<void> {
  await afterNextFrame(page);
  await page.waitForTimeout(600);
  await afterNextFrame(page);
}

/** Resolves after the next frame has been produced (rAF, then a task after the rendering step). */
async function afterNextFrame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const rec = { stamps: [] as number[], zooms: [] as number[], run: true };
    (window as unknown as { __frames: typeof rec }).__frames = rec;
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    const tick = (t: number) => {
      rec.stamps.push(t);
      rec.zooms.push(Number(/scale\(([\d.]+)\)/.exec(viewport?.style.transform ?? '')?.[1] ?? NaN));
      if (rec.run) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const rec = (window as unknown as { __frames: { stamps: number[]; run: boolean } }).__frames;
    rec.run = false;
    return rec.stamps.slice(1).map((t, i) => t - rec.stamps[i]);
  });
}

export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))];
}

function stats(frames: number[], steps: number[]): FrameStats {
  return {
    frames: frames.length,
    p50: percentile(frames, 0.5),
    p95: percentile(frames, 0.95),
    stepP50: percentile(steps, 0.5),
    stepP95: percentile(steps, 0.95),
    stepMean: steps.reduce((a, b) => a + b, 0) / Math.max(1, steps.length),
  };
}

/** Runs `steps` input steps, timing each from sending it until the frame after it, while recording frames. */
async function measureGesture(page: Page, steps: number, step: (i: number) => Promise<void>): Promise<FrameStats> {
  await startFrames(page);
  const times: number[] = [];
  for (let i = 0; i < steps; i++) {
    const t0 = performance.now();
    await step(i);
    await afterNextFrame(page);
    times.push(performance.now() - t0);
  }
  return stats(await stopFrames(page), times);
}

/** A point on the empty pane near the canvas centre (so a drag there pans). */
export async function emptyPanePoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    const cx = pane.left + pane.width / 2;
    const cy = pane.top + pane.height / 2;
    for (let r = 0; r < Math.max(pane.width, pane.height) / 2; r += 6) {
      for (let a = 0; a < 16; a++) {
        const x = cx + r * Math.cos((a / 16) * 2 * Math.PI);
        const y = cy + r * Math.sin((a / 16) * 2 * Math.PI);
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
      }
    }
    return null;
  });
  if (!point) throw new Error('found no empty spot on the canvas to pan from');
  return point;
}

/** The node nearest the canvas centre whose centre is really on top (so a press there grabs it). */
async function centralNode(page: Page): Promise<{ id: string; x: number; y: number }> {
  const found = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    const cx = pane.left + pane.width / 2;
    const cy = pane.top + pane.height / 2;
    const candidates = [...document.querySelectorAll<HTMLElement>('.react-flow__node')]
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { el, x: r.left + r.width / 2, y: r.top + r.height / 2 };
      })
      .sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy));
    for (const c of candidates.slice(0, 50)) {
      if (document.elementFromPoint(c.x, c.y)?.closest('.react-flow__node') === c.el) {
        return { id: c.el.dataset.id ?? '', x: c.x, y: c.y };
      }
    }
    return null;
  });
  if (!found) throw new Error('found no node to drag near the canvas centre');
  return found;
}

async function nodeTransform(page: Page, id: string): Promise<string> {
  return page.evaluate((nodeId) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${nodeId}"]`)?.style.transform ?? '', id);
}

export const DRAG_STEPS = 30;
export const WHEEL_STEPS = 10;

/** (a) Press on the empty pane and drag it 30 steps. */
export async function measurePan(page: Page): Promise<FrameStats> {
  const start = await emptyPanePoint(page);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const result = await measureGesture(page, DRAG_STEPS, (i) => page.mouse.move(start.x - (i + 1) * 8, start.y - (i + 1) * 4));
  await page.mouse.up();
  return result;
}

/** (b) Press on a node, move it 30 steps, release; checks it really moved. */
export async function measureNodeDrag(page: Page): Promise<FrameStats & { moved: boolean }> {
  const node = await centralNode(page);
  const before = await nodeTransform(page, node.id);
  await page.mouse.move(node.x, node.y);
  await page.mouse.down();
  const result = await measureGesture(page, DRAG_STEPS, (i) => page.mouse.move(node.x + (i + 1) * 6, node.y + (i + 1) * 3));
  await page.mouse.up();
  await settle(page);
  return { ...result, moved: (await nodeTransform(page, node.id)) !== before };
}

/** The zoom of the React Flow viewport now. */
export async function currentZoom(page: Page): Promise<number> {
  const transform = await page.evaluate(() => document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '');
  return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? NaN);
}

/** (c) Ten wheel events over the canvas (zooming in about 4×); run twice, the second crosses the editor's far zoom (0.35). */
export async function measureWheelZoom(page: Page): Promise<FrameStats> {
  const at = await emptyPanePoint(page);
  await page.mouse.move(at.x, at.y);
  return measureGesture(page, WHEEL_STEPS, () => page.mouse.wheel(0, -100));
}

/** Zoom levels seen in the frames of the last recording (to tell whether a gesture crossed the far zoom). */
async function recordedZooms(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __frames: { zooms: number[] } }).__frames.zooms);
}

/** A gesture sent as fast as input arrives, not one step per frame. */
export interface UnpacedStats {
  frames: number;
  /** Frame intervals (requestAnimationFrame timestamps in the page) while the input ran. */
  p50: number;
  p95: number;
  /** Wall time from the first event sent to the frame after the last, per event. */
  msPerEvent: number;
}

export const UNPACED_MOVES = 60;

/**
 * (d) A node drag as a trackpad sends it: mouse moves back to back, each sent as
 * soon as the page has taken the previous one (Chromium acknowledges input once
 * handled, not once drawn), never waiting for a frame in between.
 */
export async function measureUnpacedDrag(page: Page): Promise<UnpacedStats & { moved: boolean }> {
  const node = await centralNode(page);
  const before = await nodeTransform(page, node.id);
  await page.mouse.move(node.x, node.y);
  await page.mouse.down();
  await startFrames(page);
  const t0 = performance.now();
  for (let i = 0; i < UNPACED_MOVES; i++) await page.mouse.move(node.x + (i + 1) * 4, node.y + (i + 1) * 2);
  await afterNextFrame(page);
  const elapsed = performance.now() - t0;
  const frames = await stopFrames(page);
  await page.mouse.up();
  await settle(page);
  return { frames: frames.length, p50: percentile(frames, 0.5), p95: percentile(frames, 0.95), msPerEvent: elapsed / UNPACED_MOVES, moved: (await nodeTransform(page, node.id)) !== before };
}

export const WHEEL_EVERY_MS = 16;
/** Enough to take the editor's opening view of 1,000 nodes (zoom about 0.06) past the far zoom (0.35). */
export const WHEEL_RUN = 14;
export const WHEEL_CYCLES = 3;

/**
 * (e) Wheel zoom in and out around the opening view: one wheel event each 16 ms
 * whether or not a frame came in between, fourteen in (about 7×) then fourteen out,
 * three times, so a view opening below the far zoom (0.35) crosses it back and forth.
 */
export async function measureZoomInOut(page: Page): Promise<UnpacedStats & { minZoom: number; maxZoom: number }> {
  const at = await emptyPanePoint(page);
  await page.mouse.move(at.x, at.y);
  await startFrames(page);
  const t0 = performance.now();
  let sent = 0;
  for (let cycle = 0; cycle < WHEEL_CYCLES; cycle++) {
    for (const delta of [-100, 100]) {
      for (let i = 0; i < WHEEL_RUN; i++) {
        const wait = t0 + sent * WHEEL_EVERY_MS - performance.now();
        if (wait > 0) await new Promise((done) => setTimeout(done, wait));
        await page.mouse.wheel(0, delta);
        sent++;
      }
    }
  }
  await afterNextFrame(page);
  const elapsed = performance.now() - t0;
  const zooms = (await recordedZooms(page)).filter(Number.isFinite);
  const frames = await stopFrames(page);
  return {
    frames: frames.length,
    p50: percentile(frames, 0.5),
    p95: percentile(frames, 0.95),
    msPerEvent: elapsed / sent,
    minZoom: Math.min(...zooms),
    maxZoom: Math.max(...zooms),
  };
}

/** Rest between wheel notches in measureZoomAtRest: longer than the editor's settle time before it switches detail. */
export const REST_MS = 300;
export const REST_NOTCHES = 14;

/**
 * A wheel zoom one notch at a time with a rest after each, in and back out: a
 * person stepping the zoom. The editor switches between its far and near renderings
 * when the zoom rests past the threshold (canvas/FarZoomClass.tsx), so this shows
 * what that switch costs: the longest frame and the frames over 50 ms.
 */
export async function measureZoomAtRest(page: Page): Promise<{ longestFrame: number; slowFrames: number; maxZoom: number }> {
  const at = await emptyPanePoint(page);
  await page.mouse.move(at.x, at.y);
  await startFrames(page);
  for (const delta of [-100, 100]) {
    for (let i = 0; i < REST_NOTCHES; i++) {
      await page.mouse.wheel(0, delta);
      await page.waitForTimeout(REST_MS);
    }
  }
  const zooms = (await recordedZooms(page)).filter(Number.isFinite);
  const frames = await stopFrames(page);
  return { longestFrame: Math.max(...frames), slowFrames: frames.filter((f) => f > 50).length, maxZoom: Math.max(...zooms) };
}
