// IT's backlog: the plan's requirements and open checklist items as work items for
// the tracker IT already uses — a CSV for Jira's CSV importer, or a JSON array for
// `gh issue create` / the GitHub REST API. By default only what IT owns or must
// provide: items of systems an IT team owns or operates, and checklist items
// assigned to a person of an IT team. Each item keeps a stable external id
// (`handoff:<plan id>:<item id>`), the same in every export, so a re-import can
// find the issue it made before instead of making a second one.
import type { ChecklistItem, Plan, PlanNode, Requirement } from '../model/types.js';
import { PHASE_LABELS, PRIORITY_LABELS, REQUIREMENT_CATEGORY_LABELS, type Phase } from '../model/vocabulary.js';

export type BacklogFormat = 'jira-csv' | 'github-issues';

export interface BacklogOptions {
  /** Every requirement and open checklist item, not only IT's. */
  all?: boolean;
}

export interface BacklogItem {
  externalId: string;
  kind: 'requirement' | 'checklist-item';
  summary: string;
  description: string;
  issueType: 'Story' | 'Task';
  priority: 'High' | 'Medium' | 'Low';
  labels: string[];
  /** The system (node) the item belongs to. */
  component: string;
  /** YYYY-MM-DD, or '' when none. */
  due: string;
}

const PRIORITY: Record<Requirement['priority'], BacklogItem['priority']> = { must: 'High', should: 'Medium', could: 'Low' };
const SUMMARY_MAX = 255;

/** A label without whitespace (Jira and GitHub labels are single words). */
const label = (prefix: string, value: string) => `${prefix}${value.trim().replace(/\s+/g, '-')}`;

function summaryOf(text: string): string {
  const line = text.trim().split(/\r?\n/)[0].trim() || 'Untitled';
  return line.length <= SUMMARY_MAX ? line : `${line.slice(0, SUMMARY_MAX - 1)}…`;
}

/** The backlog items of a plan, in the plan's order: each system's requirements, then its open checklist items. */
export function backlogItems(plan: Plan, options: BacklogOptions = {}): BacklogItem[] {
  const itTeams = new Set((plan.teams ?? []).filter((t) => t.kind === 'it').map((t) => t.id));
  const teamOf = new Map((plan.people ?? []).map((p) => [p.id, p.teamId]));
  const personName = new Map((plan.people ?? []).map((p) => [p.id, p.name]));
  const teamName = new Map((plan.teams ?? []).map((t) => [t.id, t.name]));
  const milestoneDate = new Map((plan.milestones ?? []).map((m) => [m.phase, m.targetDate ?? '']));
  const itNode = (n: PlanNode) => itTeams.has(n.ownerTeamId ?? '') || itTeams.has(n.operatorTeamId ?? '');
  const itItem = (n: PlanNode, c: ChecklistItem) => (c.assigneeId ? itTeams.has(teamOf.get(c.assigneeId) ?? '') : itNode(n));

  const common = (node: PlanNode, id: string, phase: Phase | undefined) => ({
    externalId: `handoff:${plan.id}:${id}`,
    labels: ['handoff', label('plan:', plan.id), label('node:', node.id), ...(phase ? [label('phase:', phase)] : [])],
    component: node.title.trim() || node.id,
  });
  const context = (node: PlanNode) =>
    `System: ${node.title} (owner ${teamName.get(node.ownerTeamId ?? '') ?? 'not set'}, operator ${teamName.get(node.operatorTeamId ?? node.ownerTeamId ?? '') ?? 'not set'}). Plan: ${plan.title}.`;

  const items: BacklogItem[] = [];
  for (const node of plan.nodes ?? []) {
    if (node.type === 'note') continue;
    for (const req of node.requirements ?? []) {
      if (!options.all && !itNode(node)) continue;
      items.push({
        ...common(node, req.id, undefined),
        kind: 'requirement',
        summary: summaryOf(req.text),
        description: [
          req.text,
          req.acceptance ? `Acceptance: ${req.acceptance}` : '',
          `${REQUIREMENT_CATEGORY_LABELS[req.category]} requirement, ${PRIORITY_LABELS[req.priority]}.`,
          context(node),
        ]
          .filter(Boolean)
          .join('\n\n'),
        issueType: 'Story',
        priority: PRIORITY[req.priority],
        due: '',
      });
    }
    for (const item of node.checklist ?? []) {
      if (item.done || (!options.all && !itItem(node, item))) continue;
      items.push({
        ...common(node, item.id, item.phase),
        kind: 'checklist-item',
        summary: summaryOf(item.text),
        description: [
          item.text,
          item.phase ? `Due by the ${PHASE_LABELS[item.phase]} phase gate.` : '',
          item.assigneeId ? `Assigned in the plan to ${personName.get(item.assigneeId) ?? item.assigneeId}.` : '',
          context(node),
        ]
          .filter(Boolean)
          .join('\n\n'),
        issueType: 'Task',
        priority: 'Medium',
        due: (item.due ?? (item.phase ? milestoneDate.get(item.phase) : '') ?? '').slice(0, 10),
      });
    }
  }
  return items;
}

export const JIRA_COLUMNS = ['Summary', 'Description', 'Issue Type', 'Priority', 'Labels', 'Component', 'Due date', 'External ID'] as const;

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or edge spaces; quotes doubled. */
function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The backlog as CSV for Jira's importer: a header row, then one row per item;
 * labels space-separated in one field; dates as YYYY-MM-DD (choose that date format
 * in the importer); CRLF line ends, UTF-8 without a byte order mark.
 */
export function backlogToJiraCsv(items: readonly BacklogItem[]): string {
  const rows = [
    [...JIRA_COLUMNS],
    ...items.map((i) => [i.summary, i.description, i.issueType, i.priority, i.labels.join(' '), i.component, i.due, i.externalId]),
  ];
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export interface GithubIssue {
  title: string;
  body: string;
  labels: string[];
}

/** The backlog as the bodies of GitHub's "create an issue" call; the external id closes each body as an HTML comment. */
export function backlogToGithubIssues(items: readonly BacklogItem[]): GithubIssue[] {
  return items.map((i) => ({
    title: i.summary,
    body: [i.description, i.due ? `Due: ${i.due}` : '', `Priority: ${i.priority}`, `<!-- handoff-id: ${i.externalId} -->`].filter(Boolean).join('\n\n'),
    labels: [...i.labels, i.kind === 'requirement' ? 'requirement' : 'checklist'],
  }));
}

export function renderBacklog(plan: Plan, format: BacklogFormat, options: BacklogOptions = {}): string {
  const items = backlogItems(plan, options);
  return format === 'jira-csv' ? backlogToJiraCsv(items) : `${JSON.stringify(backlogToGithubIssues(items), null, 2)}\n`;
}

/** File name for a backlog export: the document's name with `-backlog.csv` or `-issues.json`. */
export function backlogFileName(documentBase: string, format: BacklogFormat): string {
  return format === 'jira-csv' ? `${documentBase}-backlog.csv` : `${documentBase}-issues.json`;
}
