// `npm run bench`: the speed of the document pipeline on generated plans.
// Prints a table of milliseconds (median of several runs) per stage and size.
// Targets on the 2-core reference machine (issue 2): parse+rules < 100 ms and
// Markdown < 100 ms at 1,000 nodes; PDF of 1,000 nodes < 5 s.
import { parsePlan } from '../shared/model/parse.js';
import { serializePlan } from '../shared/model/serialize.js';
import { evaluatePlan } from '../shared/rules/index.js';
import { renderHtml, renderMarkdown } from '../shared/export/index.js';
import { printHtmlToPdf, findChromium } from '../electron/services/pdf.js';
import { generatePlan } from './generate.js';

const SIZES = [100, 1000, 5000];
const RUNS = 5;
const opts = { exportDate: '2026-01-01', appVersion: 'bench' };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => unknown, runs = RUNS): number {
  fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const rows: Record<string, string | number>[] = [];
for (const size of SIZES) {
  const text = serializePlan(generatePlan(size));
  const parsed = parsePlan(text);
  if (!parsed.ok) throw new Error(`generated plan of ${size} nodes is invalid: ${parsed.errors[0].message}`);
  const plan = parsed.plan;
  const parseMs = time(() => parsePlan(text));
  const rulesMs = time(() => evaluatePlan(plan));
  const parseRulesMs = time(() => {
    const r = parsePlan(text);
    if (r.ok) evaluatePlan(r.plan);
  });
  const mdMs = time(() => renderMarkdown(plan, opts), size >= 5000 ? 3 : RUNS);
  const htmlMs = time(() => renderHtml(plan, opts), size >= 5000 ? 3 : RUNS);
  rows.push({
    nodes: size,
    'file KB': Math.round(text.length / 1024),
    'parse+validate ms': parseMs.toFixed(1),
    'rules ms': rulesMs.toFixed(1),
    'parse+rules ms': parseRulesMs.toFixed(1),
    'markdown ms': mdMs.toFixed(1),
    'html ms': htmlMs.toFixed(1),
  });
}
console.table(rows);

if (findChromium()) {
  const html = renderHtml(generatePlan(1000), opts);
  const t0 = performance.now();
  const pdf = await printHtmlToPdf(html, { title: 'Benchmark plan with 1000 nodes' });
  const ms = performance.now() - t0;
  console.log(`PDF, 1000 nodes: ${ms.toFixed(0)} ms (${Math.round(pdf.length / 1024)} KB), target < 5000 ms`);
} else {
  console.log('PDF, 1000 nodes: skipped (no Chromium found; set HANDOFF_CHROMIUM)');
}
