// The editor benchmark's table: both pages side by side, the ratio editor/bare,
// and the targets of issue 3. Several rounds are reduced to their medians.
import type { FrameStats, OpenStats } from './measure.js';
import type { CpuUse } from './trace.js';

export const TARGET_OPEN_MS = 1500;
export const TARGET_RATIO = 1.5;

type Cpu = Omit<CpuUse, 'breakdown'>;
export interface PageRun {
  open: OpenStats & { cpu: Cpu };
  pan: FrameStats & { cpu: Cpu };
  drag: FrameStats & { cpu: Cpu; moved: boolean };
  zoom: FrameStats & { cpu: Cpu };
  /** A second wheel zoom from where the first ended: it crosses the editor's far zoom (0.35). */
  zoomIn: FrameStats & { cpu: Cpu; fromZoom: number; toZoom: number };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The median of every number, field by field (other values come from the first run). */
function medianOf<T>(values: T[]): T {
  const first = values[0];
  if (typeof first === 'number') return median(values as number[]) as T;
  if (first === null || typeof first !== 'object') return first;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(first)) out[key] = medianOf(values.map((v) => (v as Record<string, unknown>)[key]));
  return out as T;
}

export function combineRuns(runs: PageRun[]): PageRun {
  return medianOf(runs);
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const ratio = (a: number, b: number) => (Number.isFinite(a) && b > 0 ? (a / b).toFixed(2) + '×' : '–');

export function printReport(editor: PageRun, bare: PageRun, sizes: { nodes: number; dragSteps: number; wheelSteps: number }): void {
  const rows: Record<string, Record<string, string>> = {};
  const add = (label: string, e: number, b: number, target = '') => {
    rows[label] = { editor: fmt(e), bare: fmt(b), 'editor/bare': ratio(e, b), target };
  };
  const o = (r: PageRun) => r.open;
  add('open: first full render ms', o(editor).openMs, o(bare).openMs, `< ${TARGET_OPEN_MS} ms`);
  add('  scripts loaded ms', o(editor).phases.scriptsLoaded, o(bare).phases.scriptsLoaded);
  add('  plan fetched ms', o(editor).phases.planFetched, o(bare).phases.planFetched);
  add('  first node in DOM ms', o(editor).phases.firstNodeInDom, o(bare).phases.firstNodeInDom);
  add('  main-thread CPU ms', o(editor).cpu.mainMs, o(bare).cpu.mainMs);
  const gesture = (name: string, pick: (r: PageRun) => FrameStats & { cpu: Cpu }, steps: number, ratioTarget: boolean) => {
    const e = pick(editor);
    const b = pick(bare);
    const t = ratioTarget ? `≤ ${TARGET_RATIO}× bare` : '';
    add(`${name}: frame p50 ms`, e.p50, b.p50);
    add(`${name}: frame p95 ms`, e.p95, b.p95, t);
    add(`${name}: ms per step p50`, e.stepP50, b.stepP50, t);
    add(`${name}: ms per step p95`, e.stepP95, b.stepP95);
    add(`${name}: main CPU ms per step`, e.cpu.mainMs / steps, b.cpu.mainMs / steps, t);
    add(`${name}: draw CPU ms per step`, e.cpu.drawMs / steps, b.cpu.drawMs / steps);
  };
  gesture('pan', (r) => r.pan, sizes.dragSteps, false);
  gesture('drag', (r) => r.drag, sizes.dragSteps, true);
  gesture('zoom', (r) => r.zoom, sizes.wheelSteps, true);
  gesture('zoom further in', (r) => r.zoomIn, sizes.wheelSteps, true);
  console.table(rows);

  for (const [name, run] of [['editor', editor], ['bare', bare]] as const) {
    const open = run.open;
    const drawn = open.visibleSubsetOnly
      ? `only the visible subset: ${open.nodesInDom} of ${sizes.nodes} nodes (onlyRenderVisibleElements or similar)`
      : `all ${open.nodesInDom} nodes`;
    console.log(`${name}: draws ${drawn} and ${open.edgesInDom} edges; opens at zoom ${open.zoom.toFixed(2)}; ` +
      `frames recorded pan/drag/zoom/zoom in ${run.pan.frames}/${run.drag.frames}/${run.zoom.frames}/${run.zoomIn.frames}; the dragged node moved: ${run.drag.moved ? 'yes' : 'NO'}; ` +
      `zoom further in went from ${run.zoomIn.fromZoom.toFixed(2)} to ${run.zoomIn.toZoom.toFixed(2)}`);
  }
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const within = (e: number, b: number) => e <= TARGET_RATIO * b;
  console.log(
    [
      `open < ${TARGET_OPEN_MS} ms: ${verdict(editor.open.openMs < TARGET_OPEN_MS)}`,
      `drag within ${TARGET_RATIO}× of bare: ${verdict(within(editor.drag.p95, bare.drag.p95) && within(editor.drag.stepP50, bare.drag.stepP50))} by p95 frame and ms per step, ` +
        `${verdict(within(editor.drag.cpu.mainMs, bare.drag.cpu.mainMs))} by main-thread CPU`,
      `zoom within ${TARGET_RATIO}× of bare: ${verdict(within(editor.zoom.p95, bare.zoom.p95))} by p95 frame, ` +
        `${verdict(within(editor.zoom.cpu.mainMs, bare.zoom.cpu.mainMs))} by main-thread CPU`,
      `zoom further in (across the far zoom) within ${TARGET_RATIO}× of bare: ${verdict(within(editor.zoomIn.p95, bare.zoomIn.p95))} by p95 frame, ` +
        `${verdict(within(editor.zoomIn.cpu.mainMs, bare.zoomIn.cpu.mainMs))} by main-thread CPU`,
    ].join('\n'),
  );
}
