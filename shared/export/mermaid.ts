// The pipeline diagram as a Mermaid flowchart. Every piece of plan text goes
// through mermaidLabel(): Mermaid has no backslash escapes inside labels, only
// entity codes (`#35;`), so any character that could end a label, start a
// comment or directive, or become HTML is written as its numeric code.
import type { NodeType } from '../model/vocabulary.js';
import type { PipelineDiagram } from './model.js';
import { teamColour, type TeamColour } from './palette.js';

/** Characters that mean something to Mermaid's lexer or to HTML; everything else passes through. */
const UNSAFE = /["#&<>|`[\]{}%;\\]/g;

/** Text for inside a double-quoted Mermaid label: one line, no character Mermaid or HTML would act on. */
export function mermaidLabel(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(UNSAFE, (ch) => `#${ch.charCodeAt(0)};`);
}

/** Opening and closing brackets of each node type's shape. Text goes in between, quoted. */
const SHAPES: Record<NodeType, [string, string]> = {
  'data-source': ['[(', ')]'], // cylinder
  dataset: ['[/', '/]'], // parallelogram
  pipeline: ['[[', ']]'], // subroutine
  notebook: ['[\\', '\\]'], // parallelogram, leaning left
  training: ['[[', ']]'],
  model: ['{{', '}}'], // hexagon
  evaluation: ['[/', '\\]'], // trapezoid
  service: ['(', ')'], // rounded
  'batch-job': ['[[', ']]'],
  application: ['([', '])'], // stadium
  dashboard: ['[', ']'],
  monitoring: ['[\\', '/]'], // inverted trapezoid
  infrastructure: ['[', ']'],
  note: ['[', ']'],
};

/** Safe, unique Mermaid identifiers (letters, digits, underscore) for ids of any content. */
function identifiers(ids: string[], prefix: string): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const id of ids) {
    if (out.has(id)) continue;
    const base = prefix + (id.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40) || 'x');
    let candidate = base;
    for (let n = 2; used.has(candidate); n++) candidate = `${base}_${n}`;
    used.add(candidate);
    out.set(id, candidate);
  }
  return out;
}

export function renderMermaid(diagram: PipelineDiagram): string {
  const nodeIds = identifiers(
    diagram.nodes.map((n) => n.id),
    'n_',
  );
  // Lanes as columns read top to bottom; everything else left to right, as the pipeline is drawn.
  const lines = [diagram.lanes?.orientation === 'columns' ? 'flowchart TB' : 'flowchart LR'];
  const groups = groupsOf(diagram);
  const nodeLine = (n: PipelineDiagram['nodes'][number], indent: string) => {
    const [open, close] = SHAPES[n.type];
    return `${indent}${nodeIds.get(n.id)}${open}"${mermaidLabel(n.title)}"${close}`;
  };
  for (const group of groups) {
    lines.push(`  subgraph ${group.id}["${mermaidLabel(group.title)}"]`);
    for (const n of diagram.nodes) if (group.nodeIds.has(n.id)) lines.push(nodeLine(n, '    '));
    lines.push('  end');
  }
  const grouped = new Set(groups.flatMap((g) => [...g.nodeIds]));
  for (const n of diagram.nodes) if (!grouped.has(n.id)) lines.push(nodeLine(n, '  '));
  for (const e of diagram.edges) {
    // A thick arrow marks a flow between two teams: an integration that needs a contract.
    const arrow = e.crossesTeams ? '==>' : '-->';
    const label = mermaidLabel(e.label);
    lines.push(`  ${nodeIds.get(e.source)} ${arrow}${label ? `|"${label}"|` : ''} ${nodeIds.get(e.target)}`);
  }
  for (const group of groups) {
    if (group.colour) lines.push(`  style ${group.id} fill:${group.colour.fill},stroke:${group.colour.stroke},color:${group.colour.text}`);
  }
  return lines.join('\n') + '\n';
}

interface Group {
  /** A Mermaid identifier of our own making (letters, digits, underscore). */
  id: string;
  title: string;
  nodeIds: Set<string>;
  colour?: TeamColour;
}

/**
 * The subgraphs: with the lane view on, one per lane (teams in order, then "No team");
 * otherwise one per frame when the plan has frames; and
 * without either, one per owner team, as this export has always grouped them.
 */
function groupsOf(diagram: PipelineDiagram): Group[] {
  if (diagram.lanes) {
    return diagram.lanes.lanes.map((lane, i) => ({
      id: lane.teamIndex === null ? 'lane_none' : `lane_${i}`,
      title: lane.name,
      nodeIds: new Set(lane.nodeIds),
      colour: teamColour(lane.teamIndex),
    }));
  }
  if (diagram.frames?.length) {
    return diagram.frames.filter((f) => f.nodeIds.length > 0).map((frame, i) => ({ id: `frame_${i}`, title: frame.title, nodeIds: new Set(frame.nodeIds) }));
  }
  return diagram.teams.map((team, index) => ({
    id: `team_${index}`,
    title: team.name,
    nodeIds: new Set(diagram.nodes.filter((n) => n.teamIndex === index).map((n) => n.id)),
    colour: teamColour(index),
  }));
}
