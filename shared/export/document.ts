// Builds the requirements document (./model.ts) from a plan: the sections of the
// issue, in its order, with every id turned into a name. Pure and deterministic:
// the only outside inputs are the export date, app version and language the
// caller passes. The document's own words come from the catalog in that language
// (shared/i18n); plan content is never translated.
import { createTranslator, english, type Translator } from '../i18n/index.js';
import type { ChecklistItem, Plan, PlanNode } from '../model/types.js';
import { PHASES, PRIORITIES, REQUIREMENT_CATEGORIES, phaseIndex, type Phase } from '../model/vocabulary.js';
import type { DataInfo } from '../model/types.js';
import type { Finding } from '../rules/finding.js';
import { evaluatePlan, summarizeReadiness, crossesTeamBoundary, isHandoffPoint } from '../rules/index.js';
import { computeMlTestScore } from '../score/ml-test-score.js';
import { changesSinceLastExport } from './export-record.js';
import { createNameLookup, NONE, type NameLookup } from './names.js';
import { signOffsSection, signOffsFact } from './signoffs-section.js';
import { changesBlocks } from './changes-section.js';
import { diagramFrames, diagramLanes } from './diagram-canvas.js';
import { mlTestScoreSection, mlTestScoreFact } from './score-section.js';
import { workshopRecordSection } from './workshop-record.js';
import { SECTION_IDS } from './model.js';
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
  tr: Translator;
  plan: Plan;
  names: NameLookup;
  /** Nodes that are parts of the system (notes are canvas annotations, not systems). */
  systems: PlanNode[];
  /** The findings with their messages in the document's language. */
  findings: Finding[];
  /** The findings as data, English messages as the spec has them. */
  appendix: Finding[];
  summary: Summary;
  readiness: ReadinessLine;
  options: ExportOptions;
  /** Above COMPACT_ABOVE_SYSTEMS systems: the compact RACI, checklists and findings. */
  compact: boolean;
}

/**
 * Plans with more systems than this get the compact form of the three sections
 * that grow fastest on paper (docs/format-extensions.md): the RACI matrix by
 * person within each team, the checklists one row per system with its open items,
 * the findings one row per error and one per rule for warnings and info. A
 * 1,000-node plan's PDF drops from about 500 pages to about 300; the appendix
 * still holds every finding as data, and each system's entries stay in the plan.
 */
export const COMPACT_ABOVE_SYSTEMS = 150;

/** The section titles in English (the catalog's `document.sections`). */
export const SECTION_TITLES = Object.fromEntries(
  SECTION_IDS.map((id) => [id, english().t(`document.sections.${id}`)]),
) as Record<SectionId, string>;

const SECTION_BUILDERS: [SectionId, (ctx: Context) => Block[]][] = [
  ['document-control', documentControl],
  ['business-context', businessContext],
  ['pipeline-diagram', pipelineDiagram],
  ['system-inventory', systemInventory],
  ['integrations', integrations],
  ['handoff-points', handoffPoints],
  ['sign-offs', ({ plan, names, tr }) => signOffsSection(plan, names, tr)],
  ['raci-matrix', raciMatrix],
  ['requirements', requirements],
  ['checklists', checklists],
  ['ml-test-score', ({ plan, tr }) => mlTestScoreSection(computeMlTestScore(plan), tr)],
  ['phases-and-milestones', phasesAndMilestones],
  ['questions-risks-decisions', questions],
  ['workshop-record', ({ plan, names, tr }) => workshopRecordSection(plan, names, tr)],
  ['readiness-findings', readinessFindings],
];

export function buildRequirementsDocument(plan: Plan, options: ExportOptions): RequirementsDocument {
  const lang = options.lang ?? 'en';
  const tr = createTranslator(lang);
  const findings = evaluatePlan(plan);
  const summary = summarizeReadiness(plan, findings);
  const ctx: Context = {
    tr,
    plan,
    names: createNameLookup(plan, tr),
    systems: (plan.nodes ?? []).filter((n) => n.type !== 'note'),
    findings: lang === 'en' ? findings : evaluatePlan(plan, tr),
    appendix: findings,
    summary,
    readiness: readinessLine(plan, summary, tr),
    options,
    compact: false,
  };
  ctx.compact = ctx.systems.length > COMPACT_ABOVE_SYSTEMS;
  const sections: Section[] = SECTION_BUILDERS.map(([id, build]) => ({ id, title: tr.t(`document.sections.${id}`), blocks: build(ctx) }));
  return {
    lang,
    title: plan.title,
    summary: plan.summary ?? '',
    planId: plan.id,
    phaseLabel: tr.t(`vocab.phase.${plan.phase}`),
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
const notSet = (label: string): Cell => ({ text: label, tone: 'warning' });

function readinessLine(plan: Plan, summary: Summary, tr: Translator): ReadinessLine {
  const counts = summary.counts;
  const params = { counts: tr.t('common.counts', { ...counts }), next: summary.nextPhase ? tr.t(`vocab.phase.${summary.nextPhase}`) : '', phase: tr.t(`vocab.phase.${plan.phase}`) };
  const key = summary.nextPhase
    ? summary.readyForNextPhase ? 'ready' : 'notReady'
    : summary.readyForNextPhase ? 'finalReady' : 'finalNotReady';
  return { ready: summary.readyForNextPhase, text: tr.t(`document.readinessLine.${key}`, params), counts: { ...counts } };
}

function dataText(data: DataInfo | undefined, tr: Translator): Cell {
  if (!data) return cell(undefined);
  const classification = data.classification ? tr.t(`vocab.classification.${data.classification}`) : '';
  const main = data.personalData
    ? classification ? tr.t('document.data.classifiedPersonal', { classification }) : tr.t('document.data.personal')
    : classification;
  const detail = [data.volume, data.retention ? tr.t('document.data.retention', { retention: data.retention }) : ''].filter(Boolean).join(' · ');
  const sensitive = data.classification === 'restricted' || data.personalData === true;
  return { text: main || NONE, ...(detail ? { detail } : {}), ...(sensitive ? { tone: 'warning' as const } : {}) };
}

// ---------------------------------------------------------------- sections

function documentControl({ plan, names, readiness, summary, options, tr }: Context): Block[] {
  const teams = plan.teams ?? [];
  const people = plan.people ?? [];
  const blocks: Block[] = [
    {
      kind: 'facts',
      items: [
        { label: tr.t('document.control.plan'), value: cell(plan.title) },
        { label: tr.t('document.control.planId'), value: cell(plan.id) },
        { label: tr.t('document.control.currentPhase'), value: cell(tr.t(`vocab.phase.${plan.phase}`)) },
        { label: tr.t('document.control.nextPhase'), value: cell(summary.nextPhase ? tr.t(`vocab.phase.${summary.nextPhase}`) : tr.t('document.none')) },
        { label: tr.t('document.control.exportDate'), value: cell(options.exportDate) },
        { label: tr.t('document.control.appVersion'), value: cell(options.appVersion) },
        { label: tr.t('document.readiness'), value: { text: readiness.text, tone: readiness.ready ? 'ok' : 'error' } },
        { label: tr.t('document.control.blocking'), value: cell(String(summary.blockers.length), summary.blockers.length ? { tone: 'error' } : {}) },
        ...(plan.meta?.updatedAt ? [{ label: tr.t('document.control.lastSaved'), value: cell(plan.meta.updatedAt) }] : []),
        signOffsFact(plan, names, tr),
        mlTestScoreFact(computeMlTestScore(plan), tr),
      ],
    },
    ...changesBlocks(changesSinceLastExport(plan), names, tr),
    { kind: 'heading', text: tr.t('document.control.teams') },
    {
      kind: 'table',
      columns: [tr.t('document.control.team'), tr.t('document.control.kind'), tr.t('document.control.people')],
      rows: teams.map((t) => [
        cell(t.name),
        cell(tr.t(`vocab.teamKind.${t.kind}`)),
        cell(people.filter((p) => p.teamId === t.id).map((p) => p.name).join(', ')),
      ]),
      empty: tr.t('document.control.noTeams'),
    },
    { kind: 'heading', text: tr.t('document.control.people') },
    {
      kind: 'table',
      columns: [tr.t('document.control.name'), tr.t('document.control.team'), tr.t('document.control.role'), tr.t('document.control.email')],
      rows: people.map((p) => [cell(p.name), cell(p.teamId ? names.team(p.teamId) : undefined), cell(p.role), cell(p.email)]),
      empty: tr.t('document.control.noPeople'),
    },
  ];
  return blocks;
}

function businessContext({ plan, tr }: Context): Block[] {
  const b = plan.business ?? {};
  const stated = (text: string | undefined) => (text && text.trim() ? cell(text) : notSet(tr.t('document.notStated')));
  // The plan's summary is printed under the document title, so it is not repeated here.
  return [
    {
      kind: 'facts',
      items: [
        { label: tr.t('document.business.problem'), value: stated(b.problem) },
        { label: tr.t('document.business.objective'), value: stated(b.objective) },
        { label: tr.t('document.business.customerImpact'), value: stated(b.customerImpact) },
      ],
    },
    { kind: 'heading', text: tr.t('document.business.kpis') },
    {
      kind: 'table',
      columns: [tr.t('document.business.kpi'), tr.t('document.business.target')],
      rows: (b.kpis ?? []).map((k) => [cell(k.name), cell(k.target)]),
      empty: tr.t('document.business.noKpis'),
    },
  ];
}

/** The pipeline as the diagrams draw it; node types and protocols named in the translator's language. */
export function buildDiagram(plan: Plan, tr: Translator = english()): PipelineDiagram {
  const drawn = (plan.nodes ?? []).filter((n) => n.type !== 'note');
  const ids = new Set(drawn.map((n) => n.id));
  const byId = new Map((plan.nodes ?? []).map((n) => [n.id, n]));
  const ownerIds = new Set(drawn.map((n) => n.ownerTeamId).filter(Boolean));
  const teams = (plan.teams ?? []).filter((t) => ownerIds.has(t.id)).map((t) => ({ id: t.id, name: t.name }));
  const teamIndex = new Map(teams.map((t, i) => [t.id, i]));
  const lanes = diagramLanes(plan, teams, tr);
  const frames = diagramFrames(plan, ids);
  return {
    teams,
    ...(lanes ? { lanes } : {}),
    ...(frames ? { frames } : {}),
    nodes: drawn.map((n) => ({
      id: n.id,
      type: n.type,
      typeLabel: tr.t(`vocab.nodeType.${n.type}`),
      title: n.title,
      x: n.position.x,
      y: n.position.y,
      teamIndex: n.ownerTeamId !== undefined ? (teamIndex.get(n.ownerTeamId) ?? null) : null,
      ...(n.size ? { width: n.size.width } : {}),
    })),
    edges: (plan.edges ?? [])
      .filter((e) => ids.has(e.source) && ids.has(e.target))
      .map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        label: [e.label, e.protocol ? tr.t(`vocab.protocol.${e.protocol}`) : '', e.frequency].filter((s) => s && s.trim()).join(' · '),
        crossesTeams: crossesTeamBoundary(byId, e),
        ...(e.points?.length ? { points: e.points.map((p) => ({ x: p.x, y: p.y })) } : {}),
      })),
  };
}

function pipelineDiagram({ plan, tr }: Context): Block[] {
  const diagram = buildDiagram(plan, tr);
  const crossing = diagram.edges.filter((e) => e.crossesTeams).length;
  return [
    { kind: 'paragraph', text: tr.t('document.diagram.summary', { systems: diagram.nodes.length, flows: diagram.edges.length, crossing }) },
    { kind: 'diagram', diagram, empty: tr.t('document.diagram.empty') },
  ];
}

function systemInventory({ systems, names, tr }: Context): Block[] {
  return [
    {
      kind: 'table',
      columns: (['system', 'type', 'owner', 'operator', 'accountable', 'tech', 'data'] as const).map((c) => tr.t(`document.inventory.${c}`)),
      rows: systems.map((n) => [
        cell(n.title, n.description ? { detail: n.description } : {}),
        cell(tr.t(`vocab.nodeType.${n.type}`)),
        n.ownerTeamId ? cell(names.team(n.ownerTeamId)) : notSet(tr.t('document.notSet')),
        cell(names.team(n.operatorTeamId ?? n.ownerTeamId)),
        n.raci?.accountable ? cell(names.person(n.raci.accountable)) : notSet(tr.t('document.notSet')),
        cell(n.tech),
        dataText(n.data, tr),
      ]),
      empty: tr.t('document.inventory.empty'),
    },
  ];
}

function integrations({ plan, names, tr }: Context): Block[] {
  const rows = (plan.edges ?? []).map((e): Cell[] => {
    const crosses = crossesTeamBoundary(names.nodeById, e);
    const source = names.nodeById.get(e.source);
    const target = names.nodeById.get(e.target);
    return [
      cell(names.edge(e), e.label ? { detail: e.label } : {}),
      e.protocol ? cell(tr.t(`vocab.protocol.${e.protocol}`)) : crosses ? notSet(tr.t('document.notSet')) : cell(undefined),
      cell(e.frequency),
      dataText(e.data, tr),
      e.contract?.trim() ? cell(e.contract) : crosses ? notSet(tr.t('document.notAgreed')) : cell(undefined),
      crosses
        ? { text: tr.t('document.integrations.crosses', { from: names.team(source?.ownerTeamId), to: names.team(target?.ownerTeamId) }), tone: 'info' }
        : cell(tr.t('document.integrations.no')),
    ];
  });
  return [
    { kind: 'paragraph', text: tr.t('document.integrations.intro') },
    {
      kind: 'table',
      columns: [
        tr.t('document.integrations.flow'),
        tr.t('document.integrations.protocol'),
        tr.t('document.integrations.frequency'),
        tr.t('document.inventory.data'),
        tr.t('document.integrations.contract'),
        tr.t('document.integrations.boundary'),
      ],
      rows,
      empty: tr.t('document.integrations.empty'),
    },
  ];
}

function handoffPoints({ systems, names, tr }: Context): Block[] {
  const points = systems.filter((n) => isHandoffPoint(n));
  return [
    { kind: 'paragraph', text: tr.t('document.handoffs.intro') },
    {
      kind: 'table',
      columns: [
        tr.t('document.inventory.system'),
        tr.t('document.handoffs.ownerOperator'),
        tr.t('document.handoffs.deliverable'),
        tr.t('document.handoffs.maintainer'),
        tr.t('document.handoffs.acceptance'),
      ],
      rows: points.map((n) => [
        cell(n.title),
        cell(tr.t('labels.edge', { source: names.team(n.ownerTeamId), target: names.team(n.operatorTeamId) })),
        n.handoff?.deliverable ? cell(tr.t(`vocab.deliverable.${n.handoff.deliverable}`)) : notSet(tr.t('document.notSet')),
        n.handoff?.maintainerId ? cell(names.person(n.handoff.maintainerId)) : notSet(tr.t('document.notSet')),
        cell(n.handoff?.acceptance),
      ]),
      empty: tr.t('document.handoffs.empty'),
    },
  ];
}

function raciMatrix(ctx: Context): Block[] {
  if (ctx.compact) return raciByPerson(ctx);
  const { plan, systems, names, tr } = ctx;
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
    { kind: 'paragraph', text: tr.t('document.raci.legend') },
    {
      kind: 'table',
      columns: [tr.t('document.inventory.system'), ...personIds.map((id) => names.person(id))],
      rows: systems.map((n) => [cell(n.title), ...personIds.map((id) => ({ text: roles(n, id) }))]),
      empty: personIds.length ? tr.t('document.inventory.empty') : tr.t('document.control.noPeople'),
    },
  ];
}

/** The compact RACI: one row per person, team by team, naming the systems they hold each role for. */
function raciByPerson({ plan, systems, names, tr }: Context): Block[] {
  const roles = ['responsible', 'accountable', 'consulted', 'informed'] as const;
  const held = new Map<string, Record<(typeof roles)[number], string[]>>();
  const entry = (id: string) => {
    let e = held.get(id);
    if (!e) held.set(id, (e = { responsible: [], accountable: [], consulted: [], informed: [] }));
    return e;
  };
  for (const n of systems) {
    const r = n.raci ?? {};
    for (const id of r.responsible ?? []) entry(id).responsible.push(n.title);
    if (r.accountable) entry(r.accountable).accountable.push(n.title);
    for (const id of r.consulted ?? []) entry(id).consulted.push(n.title);
    for (const id of r.informed ?? []) entry(id).informed.push(n.title);
  }
  const people = plan.people ?? [];
  // People in the plan's team order, then those on no team; ids a RACI names that are no person come last, shown as missing.
  const teamOrder = new Map((plan.teams ?? []).map((t, i) => [t.id, i]));
  const personById = new Map(people.map((p) => [p.id, p]));
  const rank = (id: string) => {
    const person = personById.get(id);
    return person ? (teamOrder.get(person.teamId ?? '') ?? teamOrder.size) : teamOrder.size + 1;
  };
  const ids = [...people.map((p) => p.id), ...[...held.keys()].filter((id) => !personById.has(id))];
  ids.sort((a, b) => rank(a) - rank(b));
  const teamOf = (id: string) => {
    const teamId = personById.get(id)?.teamId;
    return teamId && teamOrder.has(teamId) ? names.team(teamId) : tr.t('document.raci.noTeam');
  };
  return [
    { kind: 'paragraph', text: tr.t('document.raci.legend') },
    { kind: 'paragraph', text: tr.t('document.raci.compact') },
    {
      kind: 'table',
      columns: [tr.t('document.raci.person'), ...roles.map((role) => tr.t(`document.raci.${role}`))],
      rows: ids.map((id) => [cell(names.person(id), { detail: teamOf(id) }), ...roles.map((role) => cell(held.get(id)?.[role].join(', ')))]),
      empty: tr.t('document.control.noPeople'),
    },
  ];
}

function requirements({ systems, tr }: Context): Block[] {
  const all = systems.flatMap((node) => (node.requirements ?? []).map((req) => ({ node, req })));
  if (!all.length) return [{ kind: 'paragraph', text: tr.t('document.requirements.empty') }];
  const blocks: Block[] = [];
  for (const category of REQUIREMENT_CATEGORIES) {
    const inCategory = all
      .filter((r) => r.req.category === category)
      .sort((a, b) => PRIORITIES.indexOf(a.req.priority) - PRIORITIES.indexOf(b.req.priority));
    if (!inCategory.length) continue;
    blocks.push(
      { kind: 'heading', text: tr.t(`vocab.requirementCategory.${category}`) },
      {
        kind: 'table',
        columns: [tr.t('document.requirements.priority'), tr.t('document.requirements.requirement'), tr.t('document.inventory.system'), tr.t('document.handoffs.acceptance')],
        rows: inCategory.map(({ node, req }) => [
          cell(tr.t(`vocab.priority.${req.priority}`), req.priority === 'must' ? { tone: 'info' } : { tone: 'muted' }),
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

function checklists({ plan, systems, names, summary, options, tr, compact }: Context): Block[] {
  const all = systems.flatMap((node) => (node.checklist ?? []).map((item) => ({ node, item })));
  if (!all.length) return [{ kind: 'paragraph', text: tr.t('document.checklists.empty') }];
  const today = options.exportDate.slice(0, 10);
  const current = phaseIndex(plan.phase);
  const isOverdue = (item: ChecklistItem) => !item.done && item.due !== undefined && item.due < today;
  const isGateDue = (item: ChecklistItem) => !item.done && item.phase !== undefined && phaseIndex(item.phase) <= current;
  if (compact) return openItemsBySystem(systems, names, tr, (item) => isOverdue(item) || isGateDue(item), isOverdue);
  const toTask = ({ node, item }: (typeof all)[number]): TaskItem => {
    const overdue = isOverdue(item);
    const gateDue = isGateDue(item);
    return {
      done: item.done,
      text: item.text,
      details: [
        node.title,
        item.assigneeId ? tr.t('document.checklists.assigned', { person: names.person(item.assigneeId) }) : tr.t('document.checklists.unassigned'),
        ...(item.due ? [tr.t(overdue ? 'document.checklists.overdue' : 'document.checklists.due', { date: item.due })] : []),
        ...(item.category ? [item.category] : []),
      ],
      ...(overdue || gateDue ? { tone: 'warning' as const } : {}),
    };
  };
  const blocks: Block[] = [];
  const groups: [Phase | null, string][] = [...PHASES.map((p): [Phase, string] => [p, tr.t(`vocab.phase.${p}`)]), [null, tr.t('document.checklists.noPhase')]];
  for (const [phase, label] of groups) {
    const items = all.filter(({ item }) => (item.phase ?? null) === phase);
    if (!items.length) continue;
    const progress = phase ? summary.checklistByPhase.find((c) => c.phase === phase) : undefined;
    const done = progress ? progress.done : items.filter(({ item }) => item.done).length;
    const total = progress ? progress.total : items.length;
    const heading = tr.t(phase === plan.phase ? 'document.checklists.headingCurrent' : 'document.checklists.heading', { phase: label, done, total });
    blocks.push({ kind: 'heading', text: heading }, { kind: 'tasks', items: items.map(toTask), empty: '' });
  }
  return blocks;
}

/** The compact checklists: one row per system with open items, its progress and those items. */
function openItemsBySystem(
  systems: PlanNode[],
  names: NameLookup,
  tr: Translator,
  needsAttention: (item: ChecklistItem) => boolean,
  overdue: (item: ChecklistItem) => boolean,
): Block[] {
  const withItems = systems.filter((n) => n.checklist?.length);
  const open = withItems.filter((n) => n.checklist!.some((item) => !item.done));
  const describe = (item: ChecklistItem) => {
    const details = [
      item.phase ? tr.t(`vocab.phase.${item.phase}`) : tr.t('document.checklists.noPhase'),
      item.assigneeId ? names.person(item.assigneeId) : tr.t('document.checklists.unassigned'),
      ...(item.due ? [tr.t(overdue(item) ? 'document.checklists.overdue' : 'document.checklists.due', { date: item.due })] : []),
    ];
    return `${item.text} (${details.join(', ')})`;
  };
  return [
    { kind: 'paragraph', text: tr.t('document.checklists.compact', { complete: withItems.length - open.length, systems: withItems.length }) },
    {
      kind: 'table',
      columns: [tr.t('document.inventory.system'), tr.t('document.checklists.progress'), tr.t('document.checklists.openItems')],
      rows: open.map((n) => {
        const items = n.checklist!;
        const pending = items.filter((item) => !item.done);
        const progress = tr.t('document.phases.progress', { done: items.length - pending.length, total: items.length });
        return [cell(n.title), cell(progress, pending.some(needsAttention) ? { tone: 'warning' } : {}), cell(pending.map(describe).join('; '))];
      }),
      empty: '',
    },
  ];
}

function phasesAndMilestones({ plan, summary, tr }: Context): Block[] {
  const current = phaseIndex(plan.phase);
  return [
    {
      kind: 'table',
      columns: [tr.t('document.phase'), tr.t('document.phases.targetDate'), tr.t('document.phases.status'), tr.t('document.phases.checklist'), tr.t('document.phases.notes')],
      rows: PHASES.map((phase, i) => {
        const milestone = (plan.milestones ?? []).find((m) => m.phase === phase);
        const progress = summary.checklistByPhase.find((c) => c.phase === phase);
        const status: Cell = milestone?.done
          ? { text: tr.t('document.phases.done'), tone: 'ok' }
          : i === current
            ? { text: tr.t('document.phases.current'), tone: 'info' }
            : i < current
              ? { text: tr.t('document.phases.passed'), tone: 'warning' }
              : { text: tr.t('document.phases.planned'), tone: 'muted' };
        return [
          cell(tr.t(`vocab.phase.${phase}`)),
          cell(milestone?.targetDate),
          status,
          cell(progress && progress.total ? tr.t('document.phases.progress', { done: progress.done, total: progress.total }) : undefined),
          cell(milestone?.notes),
        ];
      }),
      empty: '',
    },
  ];
}

function questions({ plan, names, tr }: Context): Block[] {
  const list = [...(plan.questions ?? [])].sort((a, b) => (a.status === b.status ? 0 : a.status === 'open' ? -1 : 1));
  const notes = (plan.nodes ?? []).filter((n) => n.type === 'note');
  const blocks: Block[] = [
    {
      kind: 'table',
      columns: [
        tr.t('document.control.kind'),
        tr.t('document.questions.text'),
        tr.t('document.phases.status'),
        tr.t('document.inventory.owner'),
        tr.t('document.inventory.system'),
        tr.t('document.questions.resolution'),
      ],
      rows: list.map((q) => [
        cell(tr.t(`vocab.questionKind.${q.kind}`), q.kind === 'risk' ? { tone: 'warning' } : {}),
        cell(q.text),
        q.status === 'open' ? { text: tr.t('document.questions.open'), tone: 'info' } : { text: tr.t('document.questions.resolved'), tone: 'ok' },
        cell(q.ownerId ? names.person(q.ownerId) : undefined),
        cell(q.nodeId ? names.node(q.nodeId) : undefined),
        cell(q.resolution),
      ]),
      empty: tr.t('document.questions.empty'),
    },
  ];
  if (notes.length) {
    blocks.push(
      { kind: 'heading', text: tr.t('document.questions.notes') },
      ...notes.map((n): Block => ({ kind: 'paragraph', text: [n.title, n.description, n.notes].filter((s) => s && s.trim()).join(' — ') })),
    );
  }
  return blocks;
}

function readinessFindings({ findings, appendix, names, readiness, tr, compact }: Context): Block[] {
  const row = (f: Finding, about: string, message: Cell): Cell[] => [
    { text: tr.t(`document.findings.${f.severity}`), tone: f.severity },
    cell(f.ruleId),
    cell(about),
    message,
  ];
  let rows = findings.map((f) => row(f, names.target(f.target), cell(f.message)));
  if (compact) {
    // Errors one by one; a rule's warnings or info as one row naming what they are about.
    const groups = new Map<Finding | string, Finding[]>();
    for (const f of findings) {
      const key = f.severity === 'error' ? f : `${f.severity} ${f.ruleId}`;
      const group = groups.get(key);
      if (group) group.push(f);
      else groups.set(key, [f]);
    }
    // The list of what a group is about goes under its example message, keeping the About column narrow.
    rows = [...groups.values()].map(([first, ...rest]) =>
      rest.length
        ? row(first, tr.t('document.findings.grouped', { count: rest.length + 1 }), {
            text: tr.t('document.findings.example', { message: first.message }),
            detail: tr.t('document.findings.aboutList', { targets: [first, ...rest].map((f) => names.target(f.target)).join('; ') }),
          })
        : row(first, names.target(first.target), cell(first.message)),
    );
  }
  return [
    { kind: 'paragraph', text: readiness.text, tone: readiness.ready ? 'ok' : 'error' },
    ...(compact ? [{ kind: 'paragraph' as const, text: tr.t('document.findings.compact') }] : []),
    {
      kind: 'table',
      columns: (['severity', 'rule', 'about', 'finding'] as const).map((c) => tr.t(`document.findings.${c}`)),
      rows,
      empty: tr.t('document.findings.empty'),
    },
    { kind: 'heading', text: tr.t('document.findings.appendix') },
    { kind: 'paragraph', text: tr.t('document.findings.appendixIntro') },
    { kind: 'code', language: 'json', text: JSON.stringify(appendix, null, 2) },
  ];
}
