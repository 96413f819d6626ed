// The requirements document as one self-contained HTML file: no scripts, no
// external resources, inline CSS with a print stylesheet, the diagram as inline
// SVG. Every piece of plan text passes through escapeHtml.
import { createTranslator, type Translator } from '../i18n/index.js';
import type { Block, Cell, RequirementsDocument, Section, Tone } from './model.js';
import { escapeHtml as esc } from './escape.js';
import { renderDiagramSvg } from './svg.js';
import { teamColour } from './palette.js';
import { HTML_STYLE } from './html-style.js';
import { SECTIONS_ON_NEW_PAGE } from './print-layout.js';

const toneClass = (tone: Tone | undefined) => (tone ? ` class="tone tone-${tone}"` : '');

function renderCell(c: Cell, tag: 'td' | 'th' = 'td'): string {
  const body = c.tone ? `<span${toneClass(c.tone)}>${esc(c.text)}</span>` : esc(c.text);
  const detail = c.detail ? `<div class="detail">${esc(c.detail)}</div>` : '';
  return `<${tag}>${body}${detail}</${tag}>`;
}

function renderTable(columns: string[], rows: Cell[][], className = 'grid'): string {
  const head = `<thead><tr>${columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead>`;
  const body = rows.map((r) => `<tr>${r.map((c) => renderCell(c)).join('')}</tr>`).join('');
  return `<table class="${className}">${head}<tbody>${body}</tbody></table>`;
}

function renderBlock(block: Block, doc: RequirementsDocument, tr: Translator): string {
  switch (block.kind) {
    case 'heading':
      return `<h3>${esc(block.text)}</h3>`;
    case 'paragraph':
      return `<p${block.tone ? ` class="lead tone-text-${block.tone}"` : ''}>${esc(block.text)}</p>`;
    case 'facts':
      return `<table class="facts"><tbody>${block.items
        .map((f) => `<tr><th scope="row">${esc(f.label)}</th>${renderCell(f.value)}</tr>`)
        .join('')}</tbody></table>`;
    case 'table':
      if (!block.rows.length) return block.empty ? `<p class="empty">${esc(block.empty)}</p>` : '';
      // Short tables stay on one page; long ones break between rows with the header repeated.
      return renderTable(block.columns, block.rows, `grid${block.columns.length > 6 ? ' dense' : ''}${block.rows.length <= 6 ? ' keep' : ''}`);
    case 'tasks':
      if (!block.items.length) return block.empty ? `<p class="empty">${esc(block.empty)}</p>` : '';
      return `<ul class="tasks">${block.items
        .map(
          (t) =>
            `<li class="${t.done ? 'done' : 'open'}${t.tone ? ` tone-${t.tone}` : ''}">` +
            `<span class="box" aria-label="${esc(tr.t(t.done ? 'document.done' : 'document.notDone'))}">${t.done ? '✓' : ''}</span>` +
            `<span class="task-text">${esc(t.text)}</span>` +
            `<span class="task-details">${t.details.map(esc).join(' · ')}</span></li>`,
        )
        .join('')}</ul>`;
    case 'diagram': {
      const d = block.diagram;
      if (!d.nodes.length) return `<p class="empty">${esc(block.empty)}</p>`;
      const legend = d.teams
        .map((t, i) => {
          const c = teamColour(i);
          return `<span class="legend-item"><span class="swatch" style="background:${c.fill};border-color:${c.stroke}"></span>${esc(t.name)}</span>`;
        })
        .join('');
      const noTeam = d.nodes.some((n) => n.teamIndex === null)
        ? `<span class="legend-item"><span class="swatch" style="background:${teamColour(null).fill};border-color:${teamColour(null).stroke}"></span>${esc(tr.t('document.noOwnerTeam'))}</span>`
        : '';
      return (
        `<figure class="diagram-figure">${renderDiagramSvg(d, doc.title, tr)}` +
        `<figcaption><span class="legend">${legend}${noTeam}` +
        `<span class="legend-item"><span class="line cross"></span>${esc(tr.t('document.crossesTeams'))}</span></span></figcaption></figure>`
      );
    }
    case 'code':
      return `<pre class="code" data-language="${esc(block.language)}"><code>${esc(block.text)}</code></pre>`;
  }
}

function renderSection(section: Section, index: number, doc: RequirementsDocument, tr: Translator): string {
  const cls = SECTIONS_ON_NEW_PAGE.has(section.id) ? 'major new-page' : 'major';
  return (
    `<section id="${section.id}" class="${cls}">` +
    `<h2><span class="num">${index + 1}</span>${esc(section.title)}</h2>` +
    section.blocks.map((b) => renderBlock(b, doc, tr)).join('\n') +
    `</section>`
  );
}

export function documentToHtml(doc: RequirementsDocument): string {
  const tr = createTranslator(doc.lang);
  const readinessTone: Tone = doc.readiness.ready ? 'ok' : 'error';
  const meta: [string, string][] = [
    [tr.t('document.control.planId'), doc.planId],
    [tr.t('document.control.currentPhase'), doc.phaseLabel],
    [tr.t('document.exported'), doc.exportDate],
    [tr.t('document.control.appVersion'), tr.t('document.appVersion', { version: doc.appVersion })],
  ];
  const contents = esc(tr.t('document.contents'));
  const toc = doc.sections
    .map((s, i) => `<li><a href="#${s.id}"><span class="num">${i + 1}</span>${esc(s.title)}</a></li>`)
    .join('');
  return `<!DOCTYPE html>
<html lang="${esc(doc.lang === 'zh-CN' ? 'zh-CN' : 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Handoff Studio ${esc(doc.appVersion)}">
<title>${esc(tr.t('document.htmlTitle', { title: doc.title }))}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<header class="cover">
<p class="kicker">${esc(tr.t('document.documentKind'))}</p>
<h1>${esc(doc.title)}</h1>
${doc.summary.trim() ? `<p class="summary">${esc(doc.summary)}</p>` : ''}
<dl class="meta">${meta.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${esc(v)}</dd></div>`).join('')}</dl>
<p class="readiness tone-box-${readinessTone}"><strong>${esc(tr.t('document.readiness'))}</strong> ${esc(doc.readiness.text)}</p>
</header>
<nav class="toc" aria-label="${contents}">
<h2>${contents}</h2>
<ol>${toc}</ol>
</nav>
<main>
${doc.sections.map((s, i) => renderSection(s, i, doc, tr)).join('\n')}
</main>
<footer class="colophon">${esc(tr.t('document.generated', { version: doc.appVersion, date: doc.exportDate, planId: doc.planId }))}</footer>
</body>
</html>
`;
}
