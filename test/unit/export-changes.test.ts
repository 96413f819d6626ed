// "What changed since the last export": the export records the exported version in
// meta.lastExport, and the next document's document control lists exactly the
// diff between that version and the plan now (moves on the canvas only counted).
import { describe, expect, it } from 'vitest';
import { buildRequirementsDocument, changesSinceLastExport, lastExportOf, recordExport, renderMarkdown, type Block } from '../../shared/export/index.js';
import { diffPlans } from '../../shared/merge/index.js';
import { parsePlan } from '../../shared/model/parse.js';
import { serializePlan } from '../../shared/model/serialize.js';
import type { Plan } from '../../shared/model/types.js';
import * as ops from '../../shared/ops/index.js';
import { loadSample } from './support/sample-plan.js';

const OPTS = { exportDate: '2026-11-20', appVersion: '0.1.0' };

function changesTable(plan: Plan) {
  const blocks = buildRequirementsDocument(plan, OPTS).sections[0].blocks;
  const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Changes since the last export');
  return blocks.slice(at + 1, at + 3) as Block[];
}

describe('meta.lastExport', () => {
  it('records the exported version in the file, survives a save, and changes no content', () => {
    const plan = loadSample();
    const recorded = recordExport(plan, '2026-11-02');
    expect(recordExport(recorded, '2026-11-02')).toBe(recorded);
    expect(diffPlans(plan, recorded).changes).toEqual([]);
    const reread = parsePlan(serializePlan(recorded));
    if (!reread.ok) throw new Error('not a plan');
    expect(lastExportOf(reread.plan)?.date).toBe('2026-11-02');
    expect(serializePlan(lastExportOf(reread.plan)!.plan)).toBe(serializePlan({ ...plan, meta: undefined }));
  });

  it('ignores a damaged record', () => {
    const recorded = recordExport(loadSample(), '2026-11-02') as Plan & { meta: { lastExport: { snapshot: string } } };
    recorded.meta.lastExport.snapshot = recorded.meta.lastExport.snapshot.replace('Subscriber', 'Customer');
    expect(lastExportOf(recorded)).toBeNull();
  });
});

describe('the document-control changes section', () => {
  it('says so on the first recorded export', () => {
    expect(changesTable(loadSample())[0]).toEqual({ kind: 'paragraph', text: expect.stringMatching(/first export recorded/) });
  });

  it('lists exactly the diff between the exported and the current plan', () => {
    const exported = recordExport(loadSample(), '2026-11-02');
    let plan = ops.updateNode(exported, 'n-model', { title: 'Churn model v4' });
    plan = ops.addRequirement(plan, 'n-batch', { id: 'r-new', category: 'availability', text: 'Rerun within 4 hours', priority: 'must' });
    plan = ops.removeChecklistItem(plan, 'c-f2');
    plan = ops.toggleChecklistItem(plan, plan.nodes!.find((n) => n.id === 'n-model')!.checklist![0].id);
    plan = ops.removeEdges(plan, ['e-7']);
    plan = ops.moveNodes(plan, { 'n-crm': { x: 5, y: 5 } });

    const expected = diffPlans(lastExportOf(plan)!.plan, plan).changes.filter((c) => !c.minor);
    const since = changesSinceLastExport(plan)!;
    expect(since.changes).toEqual(expected);
    expect(since.moved).toBe(1);
    expect(expected.map((c) => [c.kind, c.entity, c.id])).toEqual([
      ['changed', 'node', 'n-model'],
      ['removed', 'checklist-item', 'c-f2'],
      ['changed', 'checklist-item', plan.nodes!.find((n) => n.id === 'n-model')!.checklist![0].id],
      ['added', 'requirement', 'r-new'],
      ['removed', 'edge', 'e-7'],
    ]);

    const [paragraph, table] = changesTable(plan);
    expect(paragraph).toMatchObject({ kind: 'paragraph', text: '5 changes since the export of 2026-11-02. 1 part was only moved on the canvas (not listed).' });
    if (table.kind !== 'table') throw new Error('no table');
    expect(table.rows.map((r) => [r[0].text, r[1].text, r[2].text])).toEqual(
      expected.map((c) => [{ added: 'Added', removed: 'Removed', changed: 'Changed' }[c.kind], expect.any(String), c.label]),
    );
    expect(table.rows[0][3].text).toBe('title: "Churn model v3" → "Churn model v4"');
    const md = renderMarkdown(plan, OPTS);
    expect(md).toContain('| Added | Requirement | Rerun within 4 hours |');
  });

  it('says nothing changed when nothing did', () => {
    const [paragraph] = changesTable(recordExport(loadSample(), '2026-11-02'));
    expect(paragraph).toMatchObject({ text: 'Nothing has changed since the export of 2026-11-02.' });
  });
});
