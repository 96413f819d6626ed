// The pipeline diagram as inline SVG, drawn at the positions people gave the
// nodes on the canvas (vector, so it prints sharp). The viewBox fits the
// drawing and the element scales to the page width.
import { english, type Translator } from '../i18n/index.js';
import type { DiagramEdge, DiagramFrame, DiagramLane, DiagramNode, PipelineDiagram } from './model.js';
import { escapeHtml } from './escape.js';
import { DEFAULT_NODE_SIZE } from '../model/lanes.js';
import { teamColour } from './palette.js';

export const NODE_WIDTH = DEFAULT_NODE_SIZE.width;
export const NODE_HEIGHT = DEFAULT_NODE_SIZE.height;
const PADDING = 24;
const TITLE_SIZE = 13;
const TITLE_LINE = 16;
/** Room for the title inside a node: its width less the padding either side. */
const TITLE_INSET = 24;
/** A node's drawn width: as resized on the canvas, else the standard one. */
const widthOf = (node: DiagramNode): number => node.width ?? NODE_WIDTH;

interface Point {
  x: number;
  y: number;
}

/** Rough advance width in em: CJK and other wide scripts take a full em. */
function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x61 && code <= 0x7a) return 'mw'.includes(ch) ? 0.85 : ch === 'i' || ch === 'l' ? 0.3 : 0.55; // a-z, the common case
  if (code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0x20000))) {
    return 1;
  }
  if ('il.,:;|!\'`'.includes(ch)) return 0.3;
  if ('mwMW'.includes(ch)) return 0.85;
  return ch === ch.toUpperCase() && ch !== ch.toLowerCase() ? 0.66 : 0.55;
}

function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * size;
}

/** Breaks text into at most `maxLines` lines that fit `width`; the last line ends in an ellipsis when text is left over. */
export function wrapText(text: string, width: number, size: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  const pushChars = (word: string) => {
    // A word wider than the box (long ids, CJK runs without spaces) breaks between characters.
    for (const ch of word) {
      if (line && textWidth(line + ch, size) > width) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  };
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size) <= width) line = candidate;
    else if (textWidth(word, size) <= width) {
      if (line) lines.push(line);
      line = word;
    } else {
      if (line) line += ' ';
      pushChars(word);
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last && textWidth(last + '…', size) > width) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = last.trimEnd() + '…';
  return kept;
}

const FONT = `'Inter', 'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', 'Noto Sans', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif`;
const SVG_STYLE =
  `.diagram text{font-family:${FONT}}` +
  `.diagram .edge{fill:none;stroke:#9aa5b1;stroke-width:1.5}` +
  `.diagram .edge.cross{stroke:#3e4c59;stroke-width:2.2}` +
  `.diagram .node rect{stroke-width:1.2}` +
  `.diagram .node-type{font-size:9px;font-weight:700;letter-spacing:.08em}` +
  `.diagram .node-title{font-size:${TITLE_SIZE}px;font-weight:600}` +
  `.diagram .edge-label{font-size:10px;fill:#52606d;paint-order:stroke;stroke:#fff;stroke-width:4px;stroke-linejoin:round}`;
// Written only when the diagram has lanes or frames, so a plan without them draws as it always has.
const LANE_STYLE = `.diagram .lane rect{stroke-width:1}.diagram .lane-name{font-size:12px;font-weight:700}`;
const FRAME_STYLE =
  `.diagram .frame rect{fill:none;stroke:#52606d;stroke-width:1.2;stroke-dasharray:6 4}` + `.diagram .frame-title{font-size:12px;font-weight:600;fill:#3e4c59}`;

const round = (n: number) => Math.round(n * 10) / 10;

function edgeGeometry(from: DiagramNode, to: DiagramNode): { d: string; mid: Point } {
  const s = { x: from.x + widthOf(from) / 2, y: from.y + NODE_HEIGHT / 2 };
  const t = { x: to.x + widthOf(to) / 2, y: to.y + NODE_HEIGHT / 2 };
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  let start: Point, end: Point, c1: Point, c2: Point;
  if (Math.abs(dx) >= NODE_WIDTH * 0.75) {
    const dir = Math.sign(dx);
    start = { x: s.x + (dir * widthOf(from)) / 2, y: s.y };
    end = { x: t.x - (dir * widthOf(to)) / 2, y: t.y };
    const pull = Math.max(30, Math.abs(end.x - start.x) / 2);
    c1 = { x: start.x + dir * pull, y: start.y };
    c2 = { x: end.x - dir * pull, y: end.y };
  } else {
    const dir = Math.sign(dy) || 1;
    start = { x: s.x, y: s.y + (dir * NODE_HEIGHT) / 2 };
    end = { x: t.x, y: t.y - (dir * NODE_HEIGHT) / 2 };
    const pull = Math.max(20, Math.abs(end.y - start.y) / 2);
    c1 = { x: start.x, y: start.y + dir * pull };
    c2 = { x: end.x, y: end.y - dir * pull };
  }
  const p = (q: Point) => `${round(q.x)} ${round(q.y)}`;
  const mid = { x: (start.x + 3 * c1.x + 3 * c2.x + end.x) / 8, y: (start.y + 3 * c1.y + 3 * c2.y + end.y) / 8 };
  return { d: `M ${p(start)} C ${p(c1)}, ${p(c2)}, ${p(end)}`, mid };
}

/** Where the line from a box's centre towards `toward` leaves the box. */
function boxExit(node: DiagramNode, toward: Point): Point {
  const c = { x: node.x + widthOf(node) / 2, y: node.y + NODE_HEIGHT / 2 };
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scale = Math.min(dx === 0 ? Infinity : widthOf(node) / 2 / Math.abs(dx), dy === 0 ? Infinity : NODE_HEIGHT / 2 / Math.abs(dy));
  return { x: c.x + dx * Math.min(1, scale), y: c.y + dy * Math.min(1, scale) };
}

/** A flow with bend points: straight segments through them, from the source box's border to the target's. */
function bentGeometry(from: DiagramNode, to: DiagramNode, points: readonly Point[]): { d: string; mid: Point } {
  const all = [boxExit(from, points[0]), ...points, boxExit(to, points[points.length - 1])];
  const p = (q: Point) => `${round(q.x)} ${round(q.y)}`;
  // The label sits on the middle segment, where it is least likely to meet a box.
  const i = Math.floor((all.length - 2) / 2);
  const mid = { x: (all[i].x + all[i + 1].x) / 2, y: (all[i].y + all[i + 1].y) / 2 };
  return { d: `M ${all.map(p).join(' L ')}`, mid };
}

/** The edge's path, and its label separately so labels can be drawn above the boxes. */
function renderEdge(edge: DiagramEdge, byId: Map<string, DiagramNode>): { path: string; label: string } {
  const from = byId.get(edge.source);
  const to = byId.get(edge.target);
  if (!from || !to || from === to) return { path: '', label: '' };
  const { d, mid } = edge.points?.length ? bentGeometry(from, to, edge.points) : edgeGeometry(from, to);
  const cls = edge.crossesTeams ? 'edge cross' : 'edge';
  const marker = edge.crossesTeams ? 'url(#arrow-cross)' : 'url(#arrow)';
  const label = edge.label
    ? `<text class="edge-label" x="${round(mid.x)}" y="${round(mid.y - 5)}" text-anchor="middle">${escapeHtml(wrapText(edge.label, 150, 10, 1)[0] ?? '')}</text>`
    : '';
  return { path: `<path class="${cls}" d="${d}" marker-end="${marker}"/>`, label };
}

function renderNode(node: DiagramNode): string {
  const c = teamColour(node.teamIndex);
  const lines = wrapText(node.title, widthOf(node) - TITLE_INSET, TITLE_SIZE, 2);
  const titleTop = node.y + (lines.length === 1 ? 44 : 36);
  const tspans = lines
    .map((line, i) => `<tspan x="${node.x + 14}" y="${titleTop + i * TITLE_LINE}">${escapeHtml(line)}</tspan>`)
    .join('');
  return (
    `<g class="node" data-type="${escapeHtml(node.type)}">` +
    `<rect x="${node.x}" y="${node.y}" width="${widthOf(node)}" height="${NODE_HEIGHT}" rx="8" fill="${c.fill}" stroke="${c.stroke}"/>` +
    `<path d="M ${node.x + 8} ${node.y} H ${node.x + 4} a 4 4 0 0 0 -4 4 V ${node.y + NODE_HEIGHT - 4} a 4 4 0 0 0 4 4 H ${node.x + 8}" fill="none" stroke="${c.stroke}" stroke-width="4"/>` +
    `<text class="node-type" x="${node.x + 14}" y="${node.y + 17}" fill="${c.text}">${escapeHtml(node.typeLabel.toUpperCase())}</text>` +
    `<text class="node-title" fill="#1f2933">${tspans}</text>` +
    `</g>`
  );
}

/** A swimlane: a tinted band in its team's colour with the team's name at its start. */
function renderLane(lane: DiagramLane): string {
  const c = teamColour(lane.teamIndex);
  return (
    `<g class="lane" data-team="${escapeHtml(lane.name)}">` +
    `<rect x="${round(lane.x)}" y="${round(lane.y)}" width="${round(lane.width)}" height="${round(lane.height)}" fill="${c.fill}" fill-opacity="0.55" stroke="${c.stroke}" stroke-opacity="0.5"/>` +
    `<text class="lane-name" x="${round(lane.x + 10)}" y="${round(lane.y + 18)}" fill="${c.text}">${escapeHtml(wrapText(lane.name, Math.max(60, lane.width - 20), 12, 1)[0] ?? '')}</text>` +
    `</g>`
  );
}

/** A frame: a dashed rectangle with its title inside the top-left corner. */
function renderFrame(frame: DiagramFrame): string {
  const title = frame.title ? wrapText(frame.title, Math.max(40, frame.width - 20), 12, 1)[0] ?? '' : '';
  return (
    `<g class="frame">` +
    `<rect x="${round(frame.x)}" y="${round(frame.y)}" width="${round(frame.width)}" height="${round(frame.height)}" rx="6"/>` +
    (title ? `<text class="frame-title" x="${round(frame.x + 10)}" y="${round(frame.y + 18)}">${escapeHtml(title)}</text>` : '') +
    `</g>`
  );
}

/** The drawing's extent: the boxes, and the lanes, frames and bend points around them. */
function extent(diagram: PipelineDiagram): { minX: number; minY: number; maxX: number; maxY: number } {
  const boxes = [
    ...diagram.nodes.map((n) => ({ x: n.x - PADDING, y: n.y - PADDING, width: widthOf(n) + 2 * PADDING, height: NODE_HEIGHT + 2 * PADDING })),
    ...[...(diagram.lanes?.lanes ?? []), ...(diagram.frames ?? [])].map((r) => ({ x: r.x - 2, y: r.y - 2, width: r.width + 4, height: r.height + 4 })),
    ...diagram.edges.flatMap((e) => (e.points ?? []).map((p) => ({ x: p.x - PADDING, y: p.y - PADDING, width: 2 * PADDING, height: 2 * PADDING }))),
  ];
  return {
    minX: Math.min(...boxes.map((b) => b.x)),
    minY: Math.min(...boxes.map((b) => b.y)),
    maxX: Math.max(...boxes.map((b) => b.x + b.width)),
    maxY: Math.max(...boxes.map((b) => b.y + b.height)),
  };
}

/** The diagram for inline use: it scales to the width of the page it sits in. */
export function renderDiagramSvg(diagram: PipelineDiagram, title: string, tr: Translator = english()): string {
  return drawDiagram(diagram, title, tr, 'inline');
}

/**
 * The same drawing as a standalone .svg file (for a slide or a wiki): an XML
 * header, its natural size in pixels and a white page behind it, so it looks
 * as in the PDF on a dark slide too. Empty when the plan draws no node.
 */
export function renderDiagramSvgFile(diagram: PipelineDiagram, title: string, tr: Translator = english()): string {
  const svg = drawDiagram(diagram, title, tr, 'file');
  return svg && `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

function drawDiagram(diagram: PipelineDiagram, title: string, tr: Translator, use: 'inline' | 'file'): string {
  if (!diagram.nodes.length) return '';
  const { minX, minY, maxX, maxY } = extent(diagram);
  const width = maxX - minX;
  const height = maxY - minY;
  const byId = new Map(diagram.nodes.map((n) => [n.id, n]));
  const edges = diagram.edges.map((e) => renderEdge(e, byId));
  return (
    `<svg class="diagram" xmlns="http://www.w3.org/2000/svg" viewBox="${round(minX)} ${round(minY)} ${round(width)} ${round(height)}" ` +
    (use === 'inline' ? `width="100%" preserveAspectRatio="xMidYMin meet" ` : `width="${Math.ceil(width)}" height="${Math.ceil(height)}" `) +
    `role="img" aria-label="${escapeHtml(tr.t('document.diagramLabel', { title }))}">` +
    `<style>${SVG_STYLE}${diagram.lanes ? LANE_STYLE : ''}${diagram.frames?.length ? FRAME_STYLE : ''}</style>` +
    (use === 'file' ? `<rect x="${round(minX)}" y="${round(minY)}" width="${round(width)}" height="${round(height)}" fill="#fff"/>` : '') +
    `<defs>` +
    `<marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto"><path d="M 0 0 L 10 5 L 0 10 z" fill="#7b8794"/></marker>` +
    `<marker id="arrow-cross" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto"><path d="M 0 0 L 10 5 L 0 10 z" fill="#3e4c59"/></marker>` +
    `</defs>` +
    (diagram.lanes ? `<g class="lanes" data-orientation="${diagram.lanes.orientation}">${diagram.lanes.lanes.map(renderLane).join('')}</g>` : '') +
    (diagram.frames?.length ? `<g class="frames">${diagram.frames.map(renderFrame).join('')}</g>` : '') +
    `<g class="edges">${edges.map((e) => e.path).join('')}</g>` +
    `<g class="nodes">${diagram.nodes.map(renderNode).join('')}</g>` +
    `<g class="edge-labels">${edges.map((e) => e.label).join('')}</g>` +
    `</svg>`
  );
}
