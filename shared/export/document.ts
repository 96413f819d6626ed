// Builds the requirements document (./model.ts) from a plan: the sections of the
// issue, in its order, with every id turned into a name. Pure and deterministic:
// the only outside inputs are the export date and app version the caller passes.
import type { Plan, PlanNode } from '../model/types.js';
import {
  CLASSIFICATION_LABELS,
  DELIVERABLE_LABELS,
  NODE_TYPE_LABELS,
  PHASES,
  PHASE_LABELS,
  PRIORITIES,
  PRIORITY_LABELS,
  PROTOCOL_LABELS,
  QUESTION_KIND_LABELS,
  REQUIREMENT_CATEGORIES,
  REQUIREMENT_CATEGORY_LABELS,
  TEAM_KIND_LABELS,
  phaseIndex,
  type Phase,
} from '../model/vocabulary.js';
import type { DataInfo } from '../model/types.js';
import type { Finding } from '../rules/finding.js';
import { evaluatePlan, summarizeReadiness, crossesTeamBoundary, isHandoffPoint } from '../rules/index.js';
import { computeMlTestScore } from '../score/ml-test-score.js';
import { changesSinceLastExport } from './export-record.js';
import { createNameLookup, NONE, type NameLookup } from './names.js';
import { signOffsSection, signOffsFact } from './signoffs-section.js';
import { changesBlocks } from './changes-section.js';
import { mlTestScoreSection, mlTestScoreFact } from './score-section.js';
import { workshopRecordSection } from './workshop-record.js';
import type {
  Block,
  Cell,
  ExportOptions,
  PipelineDiagram,
  ReadinessLine,
  RequirementsDocument,
  Section,
  SectionId,
  TaskItem,
} from './model.js';

type Summary = ReturnType<typeof summarizeReadiness>;

interface Context {
  plan: Plan;
  names: NameLookup;
  /** Nodes that are parts of the system (notes are canvas annotations, not systems). */
  systems: PlanNode[];
  findings: Finding[];
  summary: Summary;
  readiness: ReadinessLine;
  options: ExportOptions;
}

export const SECTION_TITLES: Record<SectionId, string> = {
  'document-control': 'Document control',
  'business-context': 'Business context and KPIs',
  'pipeline-diagram': 'Pipeline diagram',
  'system-inventory': 'System inventory',
  integrations: 'Integrations',
  'handoff-points': 'Handoff points',
  'sign-offs': 'Sign-offs',
  'raci-matrix': 'RACI matrix',
  requirements: 'Requirements',
  checklists: 'Checklists by phase',
  'ml-test-score': 'ML Test Score',
  'phases-and-milestones': 'Phases and milestones',
  'questions-risks-decisions': 'Open questions, risks and decisions',
  'workshop-record': 'Workshop record',
  'readiness-findings': 'Readiness findings',
};

const SECTION_BUILDERS: [SectionId, (ctx: Context) => Block[]][] = [
  ['document-control', documentControl],
  ['business-context', businessContext],
  ['pipeline-diagram', pipelineDiagram],
  ['system-inventory', systemInventory],
  ['integrations', integrations],
  ['handoff-points', handoffPoints],
  ['sign-offs', ({ plan, names }) => signOffsSection(plan, names)],
  ['raci-matrix', raciMatrix],
  ['requirements', requirements],
  ['checklists', checklists],
  ['ml-test-score', ({ plan }) => mlTestScoreSection(computeMlTestScore(plan))],
  ['phases-and-milestones', phasesAndMilestones],
  ['questions-risks-decisions', questions],
  ['workshop-record', ({ plan, names }) => workshopRecordSection(plan, names)],
  ['readiness-findings', readinessFindings],
];

export function buildRequirementsDocument(plan: Plan, options: ExportOptions): RequirementsDocument {
  const findings = evaluatePlan(plan);
  const summary = summarizeReadiness(plan, findings);
  const ctx: Context = {
    plan,
    names: createNameLookup(plan),
    systems: (plan.nodes ?? []).filter((n) => n.type !== 'note'),
    findings,
    summary,
    readiness: readinessLine(plan, summary),
    options,
  };
  const sections: Section[] = SECTION_BUILDERS.map(([id, build]) => ({ id, title: SECTION_TITLES[id], blocks: build(ctx) }));
  return {
    title: plan.title,
    summary: plan.summary ?? '',
    planId: plan.id,
    phaseLabel: PHASE_LABELS[plan.phase],
    exportDate: options.exportDate,
    appVersion: options.appVersion,
    readiness: ctx.readiness,
    findings,
    sections,
  };
}

const cell = (text: string | undefined, extra: Omit<Cell, 'text'> = {}): Cell => ({
  text: text && text.trim() ? text : NONE,
  ...extra,
});
const notSet = (label = 'Not set'): Cell => ({ text: label, tone: 'warning' });
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function countsText(counts: Summary['counts']): string {
  return [plural(counts.error, 'error'), plural(counts.warning, 'warning'), `${counts.info} info`].join(', ');
}

function readinessLine(plan: Plan, summary: Summary): ReadinessLine {
  const next = summary.nextPhase ? PHASE_LABELS[summary.nextPhase] : null;
  const counts = summary.counts;
  let text: string;
  if (next) text = summary.readyForNextPhase ? `Ready for ${next}` : `Not ready for ${next}`;
  else text = summary.readyForNextPhase ? `No blockers in the final phase (${PHASE_LABELS[plan.phase]})` : `Blockers in the final phase (${PHASE_LABELS[plan.phase]})`;
  return { ready: summary.readyForNextPhase, text: `${text} — ${countsText(counts)}`, counts: { ...counts } };
}

function dataText(data: DataInfo | undefined): Cell {
  if (!data) return cell(undefined);
  const main = [data.classification ? CLASSIFICATION_LABELS[data.classification] : '', data.personalData ? 'personal data' : '']
    .filter(Boolean)
    .join(', ');
  const detail = [data.volume, data.retention ? `retention ${data.retention}` : ''].filter(Boolean).join(' · ');
  const sensitive = data.classification === 'restricted' || data.personalData === true;
  return { text: main || NONE, ...(detail ? { detail } : {}), ...(sensitive ? { tone: 'warning' as const } : {}) };
}

// ---------------------------------------------------------------- sections

function documentControl({ plan, names, readiness, summary, options }: Context): Block[] {
  const teams = plan.teams ?? [];
  const people = plan.people ?? [];
  const blocks: Block[] = [
    {
      kind: 'facts',
      items: [
        { label: 'Plan', value: cell(plan.title) },
        { label: 'Plan id', value: cell(plan.id) },
        { label: 'Current phase', value: cell(PHASE_LABELS[plan.phase]) },
        { label: 'Next phase', value: cell(summary.nextPhase ? PHASE_LABELS[summary.nextPhase] : 'None (final phase)') },
        { label: 'Export date', value: cell(options.exportDate) },
        { label: 'App version', value: cell(options.appVersion) },
        { label: 'Readiness', value: { text: readiness.text, tone: readiness.ready ? 'ok' : 'error' } },
        { label: 'Blocking findings', value: cell(String(summary.blockers.length), summary.blockers.length ? { tone: 'error' } : {}) },
        ...(plan.meta?.updatedAt ? [{ label: 'Plan last saved', value: cell(plan.meta.updatedAt) }] : []),
        signOffsFact(plan, names),
        mlTestScoreFact(computeMlTestScore(plan)),
      ],
    },
    ...changesBlocks(changesSinceLastExport(plan), names),
    { kind: 'heading', text: 'Teams' },
    {
      kind: 'table',
      columns: ['Team', 'Kind', 'People'],
      rows: teams.map((t) => [
        cell(t.name),
        cell(TEAM_KIND_LABELS[t.kind]),
        cell(people.filter((p) => p.teamId === t.id).map((p) => p.name).join(', ')),
      ]),
      empty: 'No teams recorded yet.',
    },
    { kind: 'heading', text: 'People' },
    {
      kind: 'table',
      columns: ['Name', 'Team', 'Role', 'Email'],
      rows: people.map((p) => [cell(p.name), cell(p.teamId ? names.team(p.teamId) : undefined), cell(p.role), cell(p.email)]),
      empty: 'No people recorded yet.',
    },
  ];
  return blocks;
}

function businessContext({ plan }: Context): Block[] {
  const b = plan.business ?? {};
  const stated = (text: string | undefined) => (text && text.trim() ? cell(text) : notSet('Not stated'));
  // The plan's summary is printed under the document title, so it is not repeated here.
  return [
    {
      kind: 'facts',
      items: [
        { label: 'Problem', value: stated(b.problem) },
        { label: 'Objective', value: stated(b.objective) },
        { label: 'Customer impact', value: stated(b.customerImpact) },
      ],
    },
    { kind: 'heading', text: 'Key performance indicators' },
    {
      kind: 'table',
      columns: ['KPI', 'Target'],
      rows: (b.kpis ?? []).map((k) => [cell(k.name), cell(k.target)]),
      empty: 'No KPIs recorded yet.',
    },
  ];
}

export function buildDiagram(plan: Plan): PipelineDiagram {
  const drawn = (plan.nodes ?? []).filter((n) => n.type !== 'note');
  const ids = new Set(drawn.map((n) => n.id));
  const byId = new Map((plan.nodes ?? []).map((n) => [n.id, n]));
  const ownerIds = new Set(drawn.map((n) => n.ownerTeamId).filter(Boolean));
  const teams = (plan.teams ?? []).filter((t) => ownerIds.has(t.id)).map((t) => ({ id: t.id, name: t.name }));
  const teamIndex = new Map(teams.map((t, i) => [t.id, i]));
  return {
    teams,
    nodes: drawn.map((n) => ({
      id: n.id,
      type: n.type,
      typeLabel: NODE_TYPE_LABELS[n.type],
      title: n.title,
      x: n.position.x,
      y: n.position.y,
      teamIndex: n.ownerTeamId !== undefined ? (teamIndex.get(n.ownerTeamId) ?? null) : null,
    })),
    edges: (plan.edges ?? [])
      .filter((e) => ids.has(e.source) && ids.has(e.target))
      .map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        label: [e.label, e.protocol ? PROTOCOL_LABELS[e.protocol] : '', e.frequency].filter((s) => s && s.trim()).join(' · '),
        crossesTeams: crossesTeamBoundary(byId, e),
      })),
  };
}

function pipelineDiagram({ plan }: Context): Block[] {
  const diagram = buildDiagram(plan);
  const crossing = diagram.edges.filter((e) => e.crossesTeams).length;
  return [
    {
      kind: 'paragraph',
      text: `${plural(diagram.nodes.length, 'system')} and ${plural(diagram.edges.length, 'data flow')}; ${crossing} of the flows cross a team boundary. Boxes are coloured by owner team.`,
    },
    { kind: 'diagram', diagram, empty: 'The pipeline has no parts yet.' },
  ];
}

function systemInventory({ systems, names }: Context): Block[] {
  return [
    {
      kind: 'table',
      columns: ['System', 'Type', 'Owner', 'Operator', 'Accountable', 'Tech', 'Data'],
      rows: systems.map((n) => [
        cell(n.title, n.description ? { detail: n.description } : {}),
        cell(NODE_TYPE_LABELS[n.type]),
        n.ownerTeamId ? cell(names.team(n.ownerTeamId)) : notSet(),
        cell(names.team(n.operatorTeamId ?? n.ownerTeamId)),
        n.raci?.accountable ? cell(names.person(n.raci.accountable)) : notSet(),
        cell(n.tech),
        dataText(n.data),
      ]),
      empty: 'The pipeline has no systems yet.',
    },
  ];
}

function integrations({ plan, names }: Context): Block[] {
  const rows = (plan.edges ?? []).map((e): Cell[] => {
    const crosses = crossesTeamBoundary(names.nodeById, e);
    const source = names.nodeById.get(e.source);
    const target = names.nodeById.get(e.target);
    return [
      cell(names.edge(e), e.label ? { detail: e.label } : {}),
      e.protocol ? cell(PROTOCOL_LABELS[e.protocol]) : crosses ? notSet() : cell(undefined),
      cell(e.frequency),
      dataText(e.data),
      e.contract?.trim() ? cell(e.contract) : crosses ? notSet('Not agreed') : cell(undefined),
      crosses
        ? { text: `Yes: ${names.team(source?.ownerTeamId)} → ${names.team(target?.ownerTeamId)}`, tone: 'info' }
        : cell('No'),
    ];
  });
  return [
    {
      kind: 'paragraph',
      text: 'Every data flow between the systems. A flow that crosses a team boundary is an integration that needs an agreed protocol and contract.',
    },
    {
      kind: 'table',
      columns: ['Flow', 'Protocol', 'Frequency', 'Data', 'Contract', 'Team boundary'],
      rows,
      empty: 'No data flows recorded yet.',
    },
  ];
}

function handoffPoints({ systems, names }: Context): Block[] {
  const points = systems.filter((n) => isHandoffPoint(n));
  return [
    {
      kind: 'paragraph',
      text: 'Systems built by one team and run in production by another: what is handed over, who keeps the model performing afterwards, and what the receiving team accepts as done.',
    },
    {
      kind: 'table',
      columns: ['System', 'Owner → operator', 'Deliverable', 'Maintainer', 'Acceptance'],
      rows: points.map((n) => [
        cell(n.title),
        cell(`${names.team(n.ownerTeamId)} → ${names.team(n.operatorTeamId)}`),
        n.handoff?.deliverable ? cell(DELIVERABLE_LABELS[n.handoff.deliverable]) : notSet(),
        n.handoff?.maintainerId ? cell(names.person(n.handoff.maintainerId)) : notSet(),
        cell(n.handoff?.acceptance),
      ]),
      empty: 'No handoff points: every system is run by the team that builds it.',
    },
  ];
}

function raciMatrix({ plan, systems, names }: Context): Block[] {
  // Columns: the plan's people, then any id a RACI names that is not a person (shown as missing).
  const personIds = (plan.people ?? []).map((p) => p.id);
  const known = new Set(personIds);
  for (const n of systems) {
    const r = n.raci ?? {};
    for (const id of [...(r.responsible ?? []), r.accountable ?? '', ...(r.consulted ?? []), ...(r.informed ?? [])]) {
      if (id && !known.has(id)) {
        known.add(id);
        personIds.push(id);
      }
    }
  }
  const roles = (n: PlanNode, id: string) => {
    const r = n.raci ?? {};
    return [
      r.responsible?.includes(id) ? 'R' : '',
      r.accountable === id ? 'A' : '',
      r.consulted?.includes(id) ? 'C' : '',
      r.informed?.includes(id) ? 'I' : '',
    ]
      .filter(Boolean)
      .join(', ');
  };
  return [
    {
      kind: 'paragraph',
      text: 'R = responsible (does the work), A = accountable (one person signs off), C = consulted, I = informed.',
    },
    {
      kind: 'table',
      columns: ['System', ...personIds.map((id) => names.person(id))],
      rows: systems.map((n) => [cell(n.title), ...personIds.map((id) => ({ text: roles(n, id) }))]),
      empty: personIds.length ? 'The pipeline has no systems yet.' : 'No people recorded yet.',
    },
  ];
}

function requirements({ systems }: Context): Block[] {
  const all = systems.flatMap((node) => (node.requirements ?? []).map((req) => ({ node, req })));
  if (!all.length) return [{ kind: 'paragraph', text: 'No requirements recorded yet.' }];
  const blocks: Block[] = [];
  for (const category of REQUIREMENT_CATEGORIES) {
    const inCategory = all
      .filter((r) => r.req.category === category)
      .sort((a, b) => PRIORITIES.indexOf(a.req.priority) - PRIORITIES.indexOf(b.req.priority));
    if (!inCategory.length) continue;
    blocks.push(
      { kind: 'heading', text: REQUIREMENT_CATEGORY_LABELS[category] },
      {
        kind: 'table',
        columns: ['Priority', 'Requirement', 'System', 'Acceptance'],
        rows: inCategory.map(({ node, req }) => [
          cell(PRIORITY_LABELS[req.priority], req.priority === 'must' ? { tone: 'info' } : { tone: 'muted' }),
          cell(req.text),
          cell(node.title),
          cell(req.acceptance),
        ]),
        empty: '',
      },
    );
  }
  return blocks;
}

function checklists({ plan, systems, names, summary, options }: Context): Block[] {
  const all = systems.flatMap((node) => (node.checklist ?? []).map((item) => ({ node, item })));
  if (!all.length) return [{ kind: 'paragraph', text: 'No checklist items yet.' }];
  const today = options.exportDate.slice(0, 10);
  const current = phaseIndex(plan.phase);
  const toTask = ({ node, item }: (typeof all)[number]): TaskItem => {
    const overdue = !item.done && item.due !== undefined && item.due < today;
    const gateDue = !item.done && item.phase !== undefined && phaseIndex(item.phase) <= current;
    return {
      done: item.done,
      text: item.text,
      details: [
        node.title,
        item.assigneeId ? `assigned to ${names.person(item.assigneeId)}` : 'unassigned',
        ...(item.due ? [`due ${item.due}${overdue ? ' (overdue)' : ''}`] : []),
        ...(item.category ? [item.category] : []),
      ],
      ...(overdue || gateDue ? { tone: 'warning' as const } : {}),
    };
  };
  const blocks: Block[] = [];
  const groups: [Phase | null, string][] = [...PHASES.map((p): [Phase, string] => [p, PHASE_LABELS[p]]), [null, 'No phase gate']];
  for (const [phase, label] of groups) {
    const items = all.filter(({ item }) => (item.phase ?? null) === phase);
    if (!items.length) continue;
    const progress = phase ? summary.checklistByPhase.find((c) => c.phase === phase) : undefined;
    const done = progress ? progress.done : items.filter(({ item }) => item.done).length;
    const total = progress ? progress.total : items.length;
    const marker = phase === plan.phase ? ' (current phase)' : '';
    blocks.push({ kind: 'heading', text: `${label}${marker}: ${done} of ${total} done` }, { kind: 'tasks', items: items.map(toTask), empty: '' });
  }
  return blocks;
}

function phasesAndMilestones({ plan, summary }: Context): Block[] {
  const current = phaseIndex(plan.phase);
  return [
    {
      kind: 'table',
      columns: ['Phase', 'Target date', 'Status', 'Checklist', 'Notes'],
      rows: PHASES.map((phase, i) => {
        const milestone = (plan.milestones ?? []).find((m) => m.phase === phase);
        const progress = summary.checklistByPhase.find((c) => c.phase === phase);
        const status: Cell = milestone?.done
          ? { text: 'Done', tone: 'ok' }
          : i === current
            ? { text: 'Current', tone: 'info' }
            : i < current
              ? { text: 'Passed, not marked done', tone: 'warning' }
              : { text: 'Planned', tone: 'muted' };
        return [
          cell(PHASE_LABELS[phase]),
          cell(milestone?.targetDate),
          status,
          cell(progress && progress.total ? `${progress.done} of ${progress.total} done` : undefined),
          cell(milestone?.notes),
        ];
      }),
      empty: '',
    },
  ];
}

function questions({ plan, names }: Context): Block[] {
  const list = [...(plan.questions ?? [])].sort((a, b) => (a.status === b.status ? 0 : a.status === 'open' ? -1 : 1));
  const notes = (plan.nodes ?? []).filter((n) => n.type === 'note');
  const blocks: Block[] = [
    {
      kind: 'table',
      columns: ['Kind', 'Text', 'Status', 'Owner', 'System', 'Resolution'],
      rows: list.map((q) => [
        cell(QUESTION_KIND_LABELS[q.kind], q.kind === 'risk' ? { tone: 'warning' } : {}),
        cell(q.text),
        q.status === 'open' ? { text: 'Open', tone: 'info' } : { text: 'Resolved', tone: 'ok' },
        cell(q.ownerId ? names.person(q.ownerId) : undefined),
        cell(q.nodeId ? names.node(q.nodeId) : undefined),
        cell(q.resolution),
      ]),
      empty: 'No open questions, risks or decisions recorded.',
    },
  ];
  if (notes.length) {
    blocks.push(
      { kind: 'heading', text: 'Notes on the canvas' },
      ...notes.map((n): Block => ({ kind: 'paragraph', text: [n.title, n.description, n.notes].filter((s) => s && s.trim()).join(' — ') })),
    );
  }
  return blocks;
}

function readinessFindings({ findings, names, readiness }: Context): Block[] {
  return [
    { kind: 'paragraph', text: readiness.text, tone: readiness.ready ? 'ok' : 'error' },
    {
      kind: 'table',
      columns: ['Severity', 'Rule', 'About', 'Finding'],
      rows: findings.map((f) => [
        { text: f.severity === 'error' ? 'Error' : f.severity === 'warning' ? 'Warning' : 'Info', tone: f.severity },
        cell(f.ruleId),
        cell(names.target(f.target)),
        cell(f.message),
      ]),
      empty: 'No findings: every readiness rule passes.',
    },
    { kind: 'heading', text: 'Appendix: findings as data' },
    {
      kind: 'paragraph',
      text: 'The same findings in the format that handoff validate --json prints, for scripts and issue trackers.',
    },
    { kind: 'code', language: 'json', text: JSON.stringify(findings, null, 2) },
  ];
}
