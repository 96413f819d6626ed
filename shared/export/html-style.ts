// The stylesheet of the HTML export: a quiet engineering-spec look on screen and
// A4 print rules (page breaks before major sections, repeated table headers, rows
// that never split). CJK fonts are in the stacks so Chinese or Japanese plan
// text renders when the main fonts lack the glyphs.
import { DOCUMENT_COLOURS, PRINT_LAYOUT, PRINT_PAGE_CSS, SANS_FONT_STACK } from './print-layout.js';

const MONO = `'JetBrains Mono', 'SF Mono', Consolas, 'DejaVu Sans Mono', 'Liberation Mono', 'Noto Sans Mono CJK SC', monospace`;

export const HTML_STYLE = `
:root{${Object.entries(DOCUMENT_COLOURS).map(([name, value]) => `--${name}:${value}`).join(';')}}
*{box-sizing:border-box}
html{font-family:${SANS_FONT_STACK};color:var(--ink);font-size:10.5pt;line-height:1.45;-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0 auto;max-width:1000px;padding:40px 48px 64px;background:#fff}
h1,h2,h3{line-height:1.2;font-weight:650;color:#111827}
h1{font-size:26pt;margin:6px 0 10px;letter-spacing:-.01em}
h2{font-size:16pt;margin:34px 0 12px;padding-bottom:6px;border-bottom:2px solid var(--ink);display:flex;gap:10px;align-items:baseline}
h2 .num{color:var(--accent);font-variant-numeric:tabular-nums;min-width:1.4em}
h3{font-size:11.5pt;margin:20px 0 8px;color:#323f4b}
p{margin:6px 0 10px}
a{color:var(--accent);text-decoration:none}
.cover{padding:8px 0 18px;border-bottom:1px solid var(--rule)}
.kicker{text-transform:uppercase;letter-spacing:.14em;font-size:8.5pt;font-weight:700;color:var(--accent);margin:0}
.summary{font-size:12pt;color:#323f4b;max-width:46em}
.meta{display:grid;grid-template-columns:repeat(4,1fr);gap:0;margin:18px 0 14px;border:1px solid var(--rule);border-radius:6px;overflow:hidden}
.meta div{padding:8px 12px;border-right:1px solid var(--rule)}
.meta div:last-child{border-right:0}
.meta dt{font-size:7.5pt;text-transform:uppercase;letter-spacing:.1em;color:var(--muted);font-weight:700}
.meta dd{margin:2px 0 0;font-weight:600;overflow-wrap:anywhere}
.readiness{padding:9px 12px;border-radius:6px;border-left:4px solid;margin:0}
.readiness strong{margin-right:8px;text-transform:uppercase;font-size:8pt;letter-spacing:.1em}
.tone-box-ok{background:var(--ok-bg);border-color:var(--ok);color:var(--ok)}
.tone-box-error{background:var(--error-bg);border-color:var(--error);color:var(--error)}
.toc h2{border-bottom:1px solid var(--rule);font-size:13pt}
.toc ol{list-style:none;padding:0;margin:0;columns:2;column-gap:32px}
.toc li{break-inside:avoid;border-bottom:1px dotted var(--rule)}
.toc a{display:flex;gap:10px;padding:5px 0;color:var(--ink)}
.toc .num{color:var(--accent);min-width:1.6em;font-weight:700;font-variant-numeric:tabular-nums}
table{border-collapse:collapse;width:100%;margin:6px 0 14px;font-size:9.5pt}
table.grid th,table.grid td{border-bottom:1px solid var(--rule);padding:5px 8px;text-align:left;vertical-align:top;overflow-wrap:break-word}
table.grid thead th{background:var(--band);border-bottom:1.5px solid #9aa5b1;font-size:7.5pt;text-transform:uppercase;letter-spacing:.03em;color:#3e4c59;font-weight:700}
table.grid tbody tr:nth-child(even){background:#fafbfc}
table.dense{font-size:8.5pt}
table.dense th,table.dense td{padding:4px 6px}
table.facts{width:100%}
table.facts th{width:24%;text-align:left;font-weight:600;color:var(--muted);padding:5px 16px 5px 0;vertical-align:top;border-bottom:1px solid var(--rule)}
table.facts td{padding:5px 0;border-bottom:1px solid var(--rule);overflow-wrap:anywhere}
.detail{color:var(--muted);font-size:.92em;margin-top:2px}
.tone{display:inline-block;padding:0 6px;border-radius:3px;font-weight:600;font-size:.92em}
.tone-error{background:var(--error-bg);color:var(--error)}
.tone-warning{background:var(--warning-bg);color:var(--warning)}
.tone-info{background:var(--info-bg);color:var(--info)}
.tone-ok{background:var(--ok-bg);color:var(--ok)}
.tone-muted{color:var(--muted);font-weight:500;padding:0}
.lead{font-weight:600}
.tone-text-ok{color:var(--ok)} .tone-text-error{color:var(--error)}
.empty{color:var(--muted);font-style:italic}
.tasks{list-style:none;padding:0;margin:4px 0 14px}
.tasks li{display:grid;grid-template-columns:20px 1fr;column-gap:8px;padding:5px 0;border-bottom:1px solid var(--rule);break-inside:avoid}
.tasks li.tone-warning{background:none}
.tasks .box{grid-row:span 2;width:13px;height:13px;margin-top:2px;border:1.5px solid #7b8794;border-radius:3px;font-size:10px;line-height:11px;text-align:center;color:#fff;font-weight:700}
.tasks li.done .box{background:var(--ok);border-color:var(--ok)}
.tasks li.done .task-text{color:var(--muted)}
.tasks li.open.tone-warning .box{border-color:var(--warning)}
.tasks .task-details{color:var(--muted);font-size:8.5pt}
.tasks li.open.tone-warning .task-details{color:var(--warning)}
.diagram-figure{margin:8px 0 0}
.diagram-figure svg{display:block;width:100%;height:auto;max-height:150mm;border:1px solid var(--rule);border-radius:6px;background:#fcfcfd}
figcaption{margin-top:8px;font-size:8.5pt;color:var(--muted)}
.legend{display:flex;flex-wrap:wrap;gap:6px 16px}
.legend-item{display:inline-flex;align-items:center;gap:6px}
.swatch{width:14px;height:10px;border:1.5px solid;border-radius:2px;display:inline-block}
.line.cross{width:18px;height:0;border-top:2.2px solid #3e4c59;display:inline-block}
pre.code{font-family:${MONO};font-size:8pt;background:var(--band);border:1px solid var(--rule);border-radius:6px;padding:10px 12px;white-space:pre-wrap;overflow-wrap:anywhere}
.colophon{margin-top:40px;padding-top:8px;border-top:1px solid var(--rule);font-size:8pt;color:var(--muted)}
${PRINT_PAGE_CSS}
@media print{
  html{font-size:9.5pt}
  body{max-width:none;padding:0}
  h1{font-size:24pt}
  .cover{padding-top:0}
  section.new-page{break-before:page}
  section.new-page>h2{margin-top:0}
  h2,h3,section>p{break-after:avoid}
  p{orphans:3;widows:3}
  thead{display:table-header-group}
  tr,.facts tr,.tasks li,figure,table.keep{break-inside:avoid}
  section#pipeline-diagram{page:${PRINT_LAYOUT.widePage}}
  table.grid tbody tr:nth-child(even){background:#f8f9fb}
  a{color:inherit}
  .toc a{color:var(--ink)}
}
`;
