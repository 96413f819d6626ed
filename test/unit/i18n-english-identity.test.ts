// English output is byte-identical to what it was before findings and documents
// went through the translation catalog: every finding message (the spec's JSON and
// scripts depend on them) and the English documents, for the sample plans, the
// test fixtures, every template and a plan mutated until every rule fires. The
// snapshot file was written by the code before the catalog existed.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildRequirementsDocument, renderHtml, renderMarkdown } from '../../shared/export/index.js';
import { documentToTypst } from '../../shared/export/typst.js';
import { parsePlan } from '../../shared/model/parse.js';
import type { Plan } from '../../shared/model/types.js';
import * as ops from '../../shared/ops/index.js';
import { evaluatePlan } from '../../shared/rules/index.js';
import { PIPELINE_TEMPLATES, createPlanFromTemplate } from '../../shared/templates/index.js';
import { loadSample } from './support/sample-plan.js';

const readPlan = (url: URL): Plan => {
  const result = parsePlan(readFileSync(fileURLToPath(url), 'utf8'));
  if (!result.ok) throw new Error(`${url.pathname} does not parse`);
  return result.plan;
};

const folderPlans = (folder: string): [string, Plan][] =>
  readdirSync(fileURLToPath(new URL(folder, import.meta.url)))
    .filter((name) => name.endsWith('.handoff.json'))
    .sort()
    .map((name) => [name, readPlan(new URL(`${folder}${name}`, import.meta.url))]);

/** The sample broken in every way a rule notices, so each rule's wording is covered. */
function everyRuleFires(): Plan {
  let plan = loadSample();
  const node = (id: string) => plan.nodes!.find((n) => n.id === id)!;
  delete plan.business!.customerImpact;
  delete node('n-eval').ownerTeamId;
  delete node('n-train').raci!.accountable;
  node('n-train').raci!.responsible = ['p-x', 'p-y'];
  node('n-batch').operatorTeamId = 'team-gone';
  node('n-crm').title = '   ';
  plan.people![0].teamId = 'team-x';
  plan.nodes!.push(
    { id: 'n-lonely', type: 'dashboard', title: 'Lonely dashboard', position: { x: 0, y: 900 }, ownerTeamId: 'team-ds', operatorTeamId: 'team-it' },
    { id: 'n-model-2', type: 'model', title: '', position: { x: 300, y: 900 }, ownerTeamId: 'team-it', operatorTeamId: 'team-ds', handoff: { deliverable: 'prototype' } },
    { id: 'n-lake', type: 'dataset', title: 'Customer lake', position: { x: 600, y: 900 }, ownerTeamId: 'team-ds', data: { classification: 'restricted', personalData: true } },
    { id: 'n-pii', type: 'dataset', title: 'Usage extract', position: { x: 900, y: 900 }, data: { classification: 'restricted' } },
  );
  node('n-train').checklist = [];
  node('n-train').checklist!.push(
    { id: 'c-old', text: 'A deliberately long checklist item text that runs on well past eighty characters so that it is shortened', done: false, phase: 'exploration', assigneeId: 'p-ghost' },
    { id: 'c-plain', text: '', done: false, phase: 'model-development' },
  );
  plan.edges!.push(
    { id: 'e-dangling', source: 'n-model', target: 'n-missing' },
    { id: 'e-personal', source: 'n-usage', target: 'n-lonely', data: { personalData: true } },
    { id: 'e-both', source: 'n-lake', target: 'n-model-2', data: { classification: 'restricted', personalData: true } },
  );
  plan.edges = plan.edges!.filter((e) => e.target !== 'n-monitor');
  plan.questions!.push({ id: 'q-bad', kind: 'risk', text: 'What if   the vendor\nleaves?', status: 'open', ownerId: 'p-q', nodeId: 'n-q' });
  plan = ops.signOff(plan, { id: 's-1', personId: 'p-chen', role: 'operator', date: '2026-11-02T10:00:00Z', nodeId: 'n-model' });
  plan = ops.signOff(plan, { id: 's-2', personId: 'p-ana', role: 'owner', date: '2026-11-02T10:00:00Z', nodeId: 'n-features' });
  plan = ops.signOff(plan, { id: 's-3', personId: 'p-ana', role: 'business', date: '2026-11-02T10:00:00Z', gate: 'model-development' });
  plan = ops.updateNode(plan, 'n-model', { tech: 'XGBoost 2.1' });
  plan = ops.updateNode(plan, 'n-features', { tech: 'Spark' });
  plan = { ...plan, nodes: plan.nodes!.filter((n) => n.id !== 'n-features') };
  return plan;
}

function noObjectiveNoImpact(): Plan {
  const plan = loadSample();
  plan.business = {};
  return plan;
}

const PLANS: [string, Plan][] = [
  ...folderPlans('../../examples/'),
  ...folderPlans('../fixtures/'),
  ...PIPELINE_TEMPLATES.map((t): [string, Plan] => [`template ${t.id}`, createPlanFromTemplate(t.id, { planId: `plan-${t.id}` })]),
  ['every rule fires', everyRuleFires()],
  ['no business context', noObjectiveNoImpact()],
];

const OPTIONS = { exportDate: '2026-12-01', appVersion: '1.0.0' };
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
/** The appendix gains the findings' message keys and parameters; everything else must stay as it was. */
const withoutAppendix = (text: string) => text.replace(/```json\n[\s\S]*?\n```/, '').replace(/<pre class="code" data-language="json">[\s\S]*?<\/pre>/, '').replace(/#block\(width: 100%, fill: c\.band[^\n]*\n#text\(font:[^\n]*\n?/, '');

describe('English output through the catalog', () => {
  it('every finding message and every English document is what it was before', async () => {
    const record = PLANS.map(([name, plan]) => {
      const doc = buildRequirementsDocument(plan, OPTIONS);
      return {
        name,
        messages: evaluatePlan(plan).map((f) => `${f.ruleId} ${f.target.kind} ${f.target.id ?? ''}: ${f.message}`),
        markdown: sha(withoutAppendix(renderMarkdown(plan, OPTIONS))),
        html: sha(withoutAppendix(renderHtml(plan, OPTIONS))),
        typst: sha(withoutAppendix(documentToTypst(doc))),
      };
    });
    expect(record.find((r) => r.name === 'every rule fires')!.messages.map((m) => m.split(' ')[0])).toEqual(
      expect.arrayContaining(['broken-reference', 'business-context', 'missing-owner', 'missing-accountable', 'privacy-review', 'integration-contract', 'handoff-terms', 'model-monitoring', 'phase-gate', 'isolated-node', 'stale-signoff', 'gate-signoff']),
    );
    await expect(`${JSON.stringify(record, null, 2)}\n`).toMatchFileSnapshot('./i18n-english-identity.snapshot.json');
  });
});
