// Document control's "Changes since the last export": the diff between the version
// recorded at the last export (meta.lastExport) and the plan now, so IT reads only
// what is new. Canvas moves are counted, not listed.
import { formatValue } from '../merge/format.js';
import type { PlanChange } from '../merge/diff.js';
import type { ChangesSinceExport } from './export-record.js';
import type { Block, Cell } from './model.js';
import type { NameLookup } from './names.js';

/** Words for the kinds of entity; a kind added later shows as its own name. */
const KIND_WORDS: Partial<Record<PlanChange['entity'], string>> = {
  plan: 'Plan',
  milestone: 'Milestone',
  kpi: 'KPI',
  team: 'Team',
  person: 'Person',
  node: 'System',
  'checklist-item': 'Checklist item',
  requirement: 'Requirement',
  edge: 'Data flow',
  question: 'Question',
  signoff: 'Sign-off',
  comment: 'Comment',
  'vote-round': 'Vote',
  'workshop-record': 'Workshop',
};

const CHANGE_CELLS: Record<PlanChange['kind'], Cell> = {
  added: { text: 'Added', tone: 'ok' },
  removed: { text: 'Removed', tone: 'error' },
  changed: { text: 'Changed', tone: 'info' },
};

function details(change: PlanChange, names: NameLookup): string {
  const where = change.nodeId !== undefined ? `on ${names.node(change.nodeId)}` : '';
  const fields = (change.fields ?? []).filter((f) => !f.minor).map((f) => `${f.field}: ${formatValue(f.before)} → ${formatValue(f.after)}`);
  return [where, ...fields].filter(Boolean).join('; ');
}

export function changesBlocks(since: ChangesSinceExport | null, names: NameLookup): Block[] {
  const heading: Block = { kind: 'heading', text: 'Changes since the last export' };
  if (!since) return [heading, { kind: 'paragraph', text: 'This is the first export recorded in the plan: everything in it is new to the reader.' }];
  const moved = since.moved ? ` ${since.moved} ${since.moved === 1 ? 'part was' : 'parts were'} only moved on the canvas (not listed).` : '';
  return [
    heading,
    {
      kind: 'paragraph',
      text: since.changes.length
        ? `${since.changes.length} change${since.changes.length === 1 ? '' : 's'} since the export of ${since.date}.${moved}`
        : `Nothing has changed since the export of ${since.date}.${moved}`,
    },
    {
      kind: 'table',
      columns: ['Change', 'What', 'Name', 'Details'],
      rows: since.changes.map((c) => [CHANGE_CELLS[c.kind], { text: KIND_WORDS[c.entity] ?? c.entity }, { text: c.label }, { text: details(c, names) || '—' }]),
      empty: '',
    },
  ];
}
