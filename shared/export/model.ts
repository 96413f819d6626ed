// The requirements document as data: a title block, then sections of simple blocks
// (facts, tables, task lists, the diagram). Markdown and HTML both render this one
// model, so the two exports can never disagree on what the document says.
import type { TranslatorLanguage } from '../i18n/index.js';
import type { Finding } from '../rules/finding.js';
import type { NodeType, Severity } from '../model/vocabulary.js';

/** How a value should stand out; renderers map it to a badge colour (HTML) or leave it plain (Markdown). */
export type Tone = 'error' | 'warning' | 'info' | 'ok' | 'muted';

export interface Cell {
  text: string;
  /** A second, quieter line (a description, a note). */
  detail?: string;
  tone?: Tone;
}

export interface TaskItem {
  done: boolean;
  text: string;
  /** Node, assignee, due date: shown after the text. */
  details: string[];
  tone?: Tone;
}

export interface DiagramNode {
  /** The plan's node id (renderers make their own safe identifiers from it). */
  id: string;
  type: NodeType;
  typeLabel: string;
  title: string;
  x: number;
  y: number;
  /** Index into diagram.teams, or null when the node has no (known) owner team. */
  teamIndex: number | null;
  /** The width the node was resized to on the canvas (nodes[].size); absent, the standard width. */
  width?: number;
}

export interface DiagramEdge {
  id: string;
  source: string;
  target: string;
  /** Label, protocol and frequency joined: "model artifact · Other", "REST · daily". */
  label: string;
  crossesTeams: boolean;
  /** Bend points the flow passes through, in order (absent: routed automatically). */
  points?: { x: number; y: number }[];
}

/** A swimlane of the lane view (docs/format-extensions.md, `layout.lanes`). */
export interface DiagramLane {
  /** Index into diagram.teams; null for the "No team" lane. */
  teamIndex: number | null;
  name: string;
  nodeIds: string[];
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A frame: a titled rectangle around some nodes. */
export interface DiagramFrame {
  id: string;
  title: string;
  nodeIds: string[];
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DiagramTeam {
  id: string;
  name: string;
}

export interface PipelineDiagram {
  nodes: DiagramNode[];
  /** Only edges whose two ends are drawn nodes. */
  edges: DiagramEdge[];
  /** Teams that own at least one drawn node, in the plan's team order. */
  teams: DiagramTeam[];
  /** Set when the plan's lane view is on. */
  lanes?: { orientation: 'rows' | 'columns'; lanes: DiagramLane[] };
  frames?: DiagramFrame[];
}

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; tone?: Tone }
  | { kind: 'facts'; items: { label: string; value: Cell }[] }
  | { kind: 'table'; columns: string[]; rows: Cell[][]; empty: string }
  | { kind: 'tasks'; items: TaskItem[]; empty: string }
  | { kind: 'diagram'; diagram: PipelineDiagram; empty: string }
  | { kind: 'code'; language: string; text: string };

export const SECTION_IDS = [
  'document-control',
  'business-context',
  'pipeline-diagram',
  'system-inventory',
  'integrations',
  'handoff-points',
  'sign-offs',
  'raci-matrix',
  'requirements',
  'checklists',
  'ml-test-score',
  'phases-and-milestones',
  'questions-risks-decisions',
  'workshop-record',
  'readiness-findings',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface Section {
  id: SectionId;
  title: string;
  blocks: Block[];
}

export interface ReadinessLine {
  ready: boolean;
  /** "Ready for Productionization" / "Not ready for Productionization: 1 error, 2 warnings" */
  text: string;
  counts: Record<Severity, number>;
}

export interface RequirementsDocument {
  /** The language of the document's own words (headings, labels); plan content is never translated. */
  lang: TranslatorLanguage;
  title: string;
  summary: string;
  planId: string;
  phaseLabel: string;
  exportDate: string;
  appVersion: string;
  readiness: ReadinessLine;
  /** The findings exactly as the spec's "Findings as data" shape, English messages (for the appendix). */
  findings: Finding[];
  sections: Section[];
}

export interface ExportOptions {
  /** ISO date (or timestamp) printed as the export date; passed in so output stays deterministic. */
  exportDate: string;
  appVersion: string;
  /** The language of the document's words; English when absent. */
  lang?: TranslatorLanguage;
}
