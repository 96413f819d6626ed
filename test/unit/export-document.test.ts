// The requirements document model: the sections in order, values taken
// from the sample plan with ids turned into names, and the same output each time.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SECTION_IDS, buildRequirementsDocument, exportFileName, type Block, type Cell, type RequirementsDocument, type SectionId } from '../../shared/export/index.js';
import { parsePlan } from '../../shared/model/parse.js';
import type { Plan } from '../../shared/model/types.js';
import { evaluatePlan } from '../../shared/rules/index.js';
import { loadSample } from './support/sample-plan.js';

const OPTS = { exportDate: '2026-11-20', appVersion: '0.1.0' };

function loadFixture(name: string): Plan {
  const text = readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');
  const result = parsePlan(text);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
  return result.plan;
}

function section(doc: RequirementsDocument, id: SectionId) {
  const found = doc.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

function tables(doc: RequirementsDocument, id: SectionId) {
  return section(doc, id).blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
}

const texts = (row: Cell[]) => row.map((c) => c.text);

describe('buildRequirementsDocument on the sample plan', () => {
  const doc = buildRequirementsDocument(loadSample(), OPTS);

  it('has the sections of the issue, in its order', () => {
    expect(doc.sections.map((s) => s.title)).toEqual([
      'Document control',
      'Business context and KPIs',
      'Pipeline diagram',
      'System inventory',
      'Integrations',
      'Handoff points',
      'Sign-offs',
      'RACI matrix',
      'Requirements',
      'Checklists by phase',
      'ML Test Score',
      'Phases and milestones',
      'Open questions, risks and decisions',
      'Workshop record',
      'Readiness findings',
    ]);
  });

  it('puts plan id, phase, export date, app version and readiness in document control', () => {
    const facts = section(doc, 'document-control').blocks.find((b) => b.kind === 'facts');
    if (facts?.kind !== 'facts') throw new Error('no facts');
    const value = (label: string) => facts.items.find((i) => i.label === label)?.value.text;
    expect(value('Plan id')).toBe('plan-churn-scoring');
    expect(value('Current phase')).toBe('Model development');
    expect(value('Next phase')).toBe('Productionization');
    expect(value('Export date')).toBe('2026-11-20');
    expect(value('App version')).toBe('0.1.0');
    expect(value('Readiness')).toBe('Not ready for Productionization — 1 error, 2 warnings, 0 info');
    expect(doc.readiness).toMatchObject({ ready: false, counts: { error: 1, warning: 2, info: 0 } });
  });

  it('lists every system except the note, with names instead of ids', () => {
    const [inventory] = tables(doc, 'system-inventory');
    expect(inventory.columns).toEqual(['System', 'Type', 'Owner', 'Operator', 'Accountable', 'Tech', 'Data']);
    expect(inventory.rows).toHaveLength(9);
    expect(texts(inventory.rows[0])).toEqual(['Billing database', 'Data source', 'Platform Engineering', 'Platform Engineering', 'Chen Wei', '—', 'Restricted, personal data']);
    expect(texts(inventory.rows[2]).slice(0, 5)).toEqual(['Churn feature pipeline', 'Pipeline', 'Customer Analytics', 'Platform Engineering', 'Ana Ruiz']);
    expect(inventory.rows.flat().some((c) => c.text.startsWith('Workshop'))).toBe(false);
  });

  it('marks integrations that cross a team boundary and the missing contract', () => {
    const [flows] = tables(doc, 'integrations');
    expect(flows.rows).toHaveLength(8);
    const e7 = flows.rows[6];
    expect(texts(e7)).toEqual(['Nightly scoring → CRM call list', 'REST', 'daily', 'Confidential, personal data', 'Not agreed', 'Yes: Platform Engineering → CRM Applications']);
    expect(e7[4].tone).toBe('warning');
    expect(texts(flows.rows[2])[5]).toBe('No'); // feature pipeline → retraining stays inside Customer Analytics
  });

  it('shows the handoff points with deliverable, maintainer and acceptance', () => {
    const [handoffs] = tables(doc, 'handoff-points');
    expect(handoffs.rows.map(texts)).toEqual([
      ['Churn feature pipeline', 'Customer Analytics → Platform Engineering', 'Prototype', 'Chen Wei', expect.stringContaining('row counts match')],
      ['Churn model v3', 'Customer Analytics → Platform Engineering', 'Production code', 'Ana Ruiz', expect.stringContaining('AUC >= 0.78')],
    ]);
  });

  it('builds the RACI matrix of systems × people', () => {
    const [raci] = tables(doc, 'raci-matrix');
    expect(raci.columns).toEqual(['System', 'Ana Ruiz', 'Ben Okafor', 'Chen Wei', 'Dana Schulz', 'Eli Park']);
    const model = raci.rows.find((r) => r[0].text === 'Churn model v3')!;
    expect(texts(model)).toEqual(['Churn model v3', 'R, A', '', '', '', 'I']);
  });

  it('groups requirements by category in the spec order, musts first', () => {
    const headings = section(doc, 'requirements').blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);
    expect(headings).toEqual(['Functional', 'Availability', 'Privacy', 'Operations', 'Cost']);
    const privacy = tables(doc, 'requirements')[2];
    expect(privacy.rows.map((r) => r[2].text)).toEqual(['Billing database', 'CRM call list']);
  });

  it('lists checklists by phase gate with assignee and progress', () => {
    const blocks = section(doc, 'checklists').blocks;
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text)).toEqual([
      'Model development (current phase): 1 of 2 done',
      'Productionization: 0 of 3 done',
    ]);
    const first = blocks.find((b) => b.kind === 'tasks');
    if (first?.kind !== 'tasks') throw new Error('no tasks');
    expect(first.items[1]).toMatchObject({ done: false, text: 'Share the prototype notebook with Platform Engineering', tone: 'warning' });
    expect(first.items[1].details).toContain('assigned to Ben Okafor');
  });

  it('shows every phase with its milestone and status', () => {
    const [phases] = tables(doc, 'phases-and-milestones');
    expect(phases.rows.map((r) => [r[0].text, r[1].text, r[2].text])).toEqual([
      ['Exploration', '2026-08-15', 'Done'],
      ['Active research', '2026-10-01', 'Done'],
      ['Model development', '2026-12-15', 'Current'],
      ['Productionization', '2027-02-01', 'Planned'],
      ['Launch & maintenance', '2027-03-01', 'Planned'],
    ]);
  });

  it('lists open questions and risks before resolved decisions, and the canvas note', () => {
    const [questions] = tables(doc, 'questions-risks-decisions');
    expect(questions.rows.map((r) => [r[0].text, r[2].text, r[3].text, r[4].text])).toEqual([
      ['Question', 'Open', 'Dana Schulz', 'CRM call list'],
      ['Risk', 'Open', 'Chen Wei', 'Billing database'],
      ['Decision', 'Resolved', '—', '—'],
    ]);
    expect(section(doc, 'questions-risks-decisions').blocks.some((b) => b.kind === 'paragraph' && b.text.startsWith('Workshop: confirm'))).toBe(true);
  });

  it('carries the findings in the spec JSON shape for the appendix', () => {
    expect(doc.findings).toEqual(evaluatePlan(loadSample()));
    expect(doc.findings.map((f) => [f.ruleId, f.severity, f.target])).toEqual([
      ['privacy-review', 'error', { kind: 'edge', id: 'e-1' }],
      ['integration-contract', 'warning', { kind: 'edge', id: 'e-7' }],
      ['phase-gate', 'warning', { kind: 'checklist-item', id: 'c-f2' }],
    ]);
    const code = section(doc, 'readiness-findings').blocks.find((b) => b.kind === 'code');
    expect(code?.kind === 'code' && JSON.parse(code.text)).toEqual(doc.findings);
    const [table] = tables(doc, 'readiness-findings');
    expect(table.rows[0][2].text).toBe('Billing database → Churn feature pipeline');
  });

  it('draws the diagram without the note, edges with protocol and frequency', () => {
    const diagram = section(doc, 'pipeline-diagram').blocks.find((b) => b.kind === 'diagram');
    if (diagram?.kind !== 'diagram') throw new Error('no diagram');
    expect(diagram.diagram.nodes).toHaveLength(9);
    expect(diagram.diagram.teams.map((t) => t.name)).toEqual(['Customer Analytics', 'Platform Engineering', 'CRM Applications']);
    expect(diagram.diagram.edges.find((e) => e.id === 'e-7')).toMatchObject({ label: 'REST · daily', crossesTeams: true });
  });
});

describe('determinism', () => {
  it('gives equal documents for the same plan and options', () => {
    expect(buildRequirementsDocument(loadSample(), OPTS)).toEqual(buildRequirementsDocument(loadSample(), OPTS));
  });

  it('changes only the export date when only the export date changes', () => {
    const a = JSON.stringify(buildRequirementsDocument(loadSample(), OPTS));
    const b = JSON.stringify(buildRequirementsDocument(loadSample(), { ...OPTS, exportDate: '2027-01-05' }));
    expect(b.replaceAll('2027-01-05', '2026-11-20')).toBe(a);
  });
});

describe('plans that are incomplete or hostile', () => {
  it('names broken references instead of failing', () => {
    const doc = buildRequirementsDocument(loadFixture('export-hostile.handoff.json'), OPTS);
    const [flows] = tables(doc, 'integrations');
    expect(flows.rows.map((r) => r[0].text)).toContain('```\n```mermaid\ngraph TD; A-->B → missing node "ghost-node"');
    const [raci] = tables(doc, 'raci-matrix');
    expect(raci.columns).toContain('person "ghost-person"');
  });

  it('builds every section of an empty plan', () => {
    const doc = buildRequirementsDocument({ format: 'handoff-plan', version: 1, id: 'p', title: 'Empty', phase: 'exploration' }, OPTS);
    expect(doc.sections).toHaveLength(SECTION_IDS.length);
    expect(doc.readiness.text).toMatch(/^Not ready for Active research|^Ready for Active research/);
  });
});

describe('exportFileName', () => {
  it('slugs the title and adds the extension', () => {
    expect(exportFileName(loadSample(), 'md')).toBe('subscriber-churn-scoring.md');
    expect(exportFileName({ id: 'x', title: 'Évaluation / Q3: "Churn" <v2>' }, 'pdf')).toBe('evaluation-q3-churn-v2.pdf');
    expect(exportFileName({ id: 'x', title: '客户流失评分' }, 'html')).toBe('客户流失评分.html');
    expect(exportFileName({ id: 'plan-7', title: '***' }, 'html')).toBe('plan-7.html');
  });
});

describe('the workshop record', () => {
  it('lists each workshop, its votes with names, its decisions and the open comments', () => {
    const plan = loadSample() as ReturnType<typeof loadSample> & Record<string, unknown>;
    const [billing, usage] = plan.nodes!;
    plan.questions = [...(plan.questions ?? []), { id: 'w1-decision-1', kind: 'decision', text: 'IT runs the nightly job from March.', status: 'resolved' }];
    plan.comments = [
      { id: 'cm-1', target: { kind: 'node', id: billing.id }, author: 'Ann', createdAt: '2026-11-29T10:00:00Z', text: 'Who owns the replica?' },
      { id: 'cm-2', target: { kind: 'node', id: 'n-gone' }, author: 'Ben', createdAt: '2026-11-29T10:05:00Z', text: 'Was this needed?' },
      { id: 'cm-3', target: { kind: 'plan' }, author: 'Ann', createdAt: '2026-11-29T10:06:00Z', text: 'Done', resolved: true },
    ];
    plan.votes = [
      {
        id: 'vote-1', question: 'Which integration is riskiest?', startedAt: '2026-11-29T10:10:00Z', revealedAt: '2026-11-29T10:15:00Z',
        votesPerPerson: 3, voters: 2, totals: [{ target: { kind: 'node', id: usage.id }, count: 4 }, { target: { kind: 'node', id: billing.id }, count: 2 }],
      },
    ];
    plan.workshops = [
      {
        id: 'w1', startedAt: '2026-11-29T09:30:00Z', endedAt: '2026-11-29T11:00:00Z', durationMinutes: 90,
        attendees: [{ name: 'Fay', role: 'facilitator' }, { name: 'Ann', role: 'participant' }],
        voteRoundIds: ['vote-1'], decisionIds: ['w1-decision-1'], commentsOpened: 2, commentsResolved: 1,
      },
    ];
    const doc = buildRequirementsDocument(plan, { exportDate: '2026-11-30', appVersion: 'test' });
    const blocks = section(doc, 'workshop-record').blocks;
    const [records, , votes, , decisions, , open] = blocks;
    if (records.kind !== 'table' || votes.kind !== 'table' || decisions.kind !== 'tasks' || open.kind !== 'table') throw new Error('unexpected blocks');
    expect(records.rows.map((r) => r.map((c) => c.text))).toEqual([['2026-11-29', '90 min', 'Fay (facilitator), Ann', '1', '1', '2', '1']]);
    expect(votes.columns[0]).toBe('Which integration is riskiest? (2026-11-29, 2 voters)');
    expect(votes.rows.map((r) => r.map((c) => c.text))).toEqual([[usage.title, '4'], [billing.title, '2']]);
    expect(decisions.items.map((i) => i.text)).toEqual(['IT runs the nightly job from March.']);
    expect(open.rows.map((r) => r[1].text)).toEqual(['Who owns the replica?', 'Was this needed?']);
    expect(open.rows[1][0].text).toMatch(/\(detached\)$/);
  });
});
