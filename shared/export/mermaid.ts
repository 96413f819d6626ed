// The pipeline diagram as a Mermaid flowchart. Every piece of plan text goes
// through mermaidLabel(): Mermaid has no backslash escapes inside labels, only
// entity codes (`#35;`), so any character that could end a label, start a
// comment or directive, or become HTML is written as its numeric code.
import type { NodeType } from '../model/vocabulary.js';
import type { PipelineDiagram } from './model.js';
import { teamColour } from './palette.js';

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
  const lines = ['flowchart LR'];
  const nodeLine = (n: PipelineDiagram['nodes'][number], indent: string) => {
    const [open, close] = SHAPES[n.type];
    return `${indent}${nodeIds.get(n.id)}${open}"${mermaidLabel(n.title)}"${close}`;
  };
  diagram.teams.forEach((team, index) => {
    lines.push(`  subgraph team_${index}["${mermaidLabel(team.name)}"]`);
    for (const n of diagram.nodes) if (n.teamIndex === index) lines.push(nodeLine(n, '    '));
    lines.push('  end');
  });
  for (const n of diagram.nodes) if (n.teamIndex === null) lines.push(nodeLine(n, '  '));
  for (const e of diagram.edges) {
    // A thick arrow marks a flow between two teams: an integration that needs a contract.
    const arrow = e.crossesTeams ? '==>' : '-->';
    const label = mermaidLabel(e.label);
    lines.push(`  ${nodeIds.get(e.source)} ${arrow}${label ? `|"${label}"|` : ''} ${nodeIds.get(e.target)}`);
  }
  diagram.teams.forEach((_, index) => {
    const c = teamColour(index);
    lines.push(`  style team_${index} fill:${c.fill},stroke:${c.stroke},color:${c.text}`);
  });
  return lines.join('\n') + '\n';
}
