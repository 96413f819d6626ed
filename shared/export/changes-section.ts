// Document control's "Changes since the last export": the diff between the version
// recorded at the last export (meta.lastExport) and the plan now, so IT reads only
// what is new. Canvas moves are counted, not listed.
import type { Translator } from '../i18n/index.js';
import { formatValue } from '../merge/format.js';
import type { PlanChange } from '../merge/diff.js';
import type { ChangesSinceExport } from './export-record.js';
import type { Block, Cell } from './model.js';
import type { NameLookup } from './names.js';

const TONES: Record<PlanChange['kind'], Cell['tone']> = { added: 'ok', removed: 'error', changed: 'info' };

function details(change: PlanChange, names: NameLookup, tr: Translator): string {
  const where = change.nodeId !== undefined ? tr.t('document.changes.on', { node: names.node(change.nodeId) }) : '';
  const fields = (change.fields ?? []).filter((f) => !f.minor).map((f) => `${f.field}: ${formatValue(f.before)} → ${formatValue(f.after)}`);
  return [where, ...fields].filter(Boolean).join('; ');
}

export function changesBlocks(since: ChangesSinceExport | null, names: NameLookup, tr: Translator): Block[] {
  const heading: Block = { kind: 'heading', text: tr.t('document.changes.heading') };
  if (!since) return [heading, { kind: 'paragraph', text: tr.t('document.changes.first') }];
  const what = since.changes.length
    ? tr.t('document.changes.count', { count: since.changes.length, date: since.date })
    : tr.t('document.changes.nothing', { date: since.date });
  const text = since.moved ? tr.t('common.sentences', { first: what, second: tr.t('document.changes.moved', { count: since.moved }) }) : what;
  // Every entity kind has its word in the catalog (document.changes.entity): a kind without one does not compile.
  const kindWord = (entity: PlanChange['entity']) => tr.t(`document.changes.entity.${entity}`);
  return [
    heading,
    { kind: 'paragraph', text },
    {
      kind: 'table',
      columns: [tr.t('document.changes.change'), tr.t('document.changes.what'), tr.t('document.control.name'), tr.t('document.changes.details')],
      rows: since.changes.map((c) => [
        { text: tr.t(`document.changes.${c.kind}`), tone: TONES[c.kind] },
        { text: kindWord(c.entity) },
        { text: c.label },
        { text: details(c, names, tr) || '—' },
      ]),
      empty: '',
    },
  ];
}
