// How differences and conflicts are put to people: entity kinds and fields in
// words, and values as a person reads them (names for ids, "Done" for done: true).
import type { EntityKind } from '../../../shared/merge/index';
import type { Plan } from '../../../shared/model/types';

export const ENTITY_LABELS: Record<EntityKind, string> = {
  plan: 'Plan',
  milestone: 'Milestone',
  kpi: 'KPI',
  team: 'Team',
  person: 'Person',
  node: 'Node',
  'checklist-item': 'Checklist item',
  requirement: 'Requirement',
  edge: 'Flow',
  question: 'Question',
  signoff: 'Sign-off',
  comment: 'Comment',
  'vote-round': 'Vote',
  'workshop-record': 'Workshop',
};

export const ENTITY_GROUP_LABELS: Record<EntityKind, string> = {
  plan: 'Plan',
  milestone: 'Milestones',
  kpi: 'KPIs',
  team: 'Teams',
  person: 'People',
  node: 'Nodes',
  'checklist-item': 'Checklist items',
  requirement: 'Requirements',
  edge: 'Flows',
  question: 'Questions',
  signoff: 'Sign-offs',
  comment: 'Comments',
  'vote-round': 'Votes',
  'workshop-record': 'Workshops',
};

const FIELD_LABELS: Record<string, string> = {
  'raci.responsible': 'Responsible',
  'raci.accountable': 'Accountable',
  'raci.consulted': 'Consulted',
  'raci.informed': 'Informed',
  ownerTeamId: 'Owner team',
  operatorTeamId: 'Operator team',
  teamId: 'Team',
  assigneeId: 'Assignee',
  ownerId: 'Owner',
  nodeId: 'Node',
  node: 'Node',
  'handoff.maintainerId': 'Maintainer',
  'handoff.deliverable': 'Deliverable',
  'handoff.acceptance': 'Handoff acceptance',
  'data.personalData': 'Personal data',
  'data.classification': 'Data classification',
  'business.customerImpact': 'Customer impact',
  id: 'Id',
};

/** `raci.accountable` → "Accountable", `targetDate` → "Target date". */
export function fieldLabel(field: string): string {
  if (!field) return 'The whole entity';
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field
    .split('.')
    .map((part) => part.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase())
    .join(' › ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Fields whose values are ids of people, teams or nodes. */
const REFERENCE_FIELD = /(^|\.)(ownerTeamId|operatorTeamId|teamId|assigneeId|ownerId|nodeId|maintainerId|node|source|target|accountable|responsible|consulted|informed)$/;

export const isReferenceField = (field: string): boolean => REFERENCE_FIELD.test(field);

/** Fields holding a choice from a fixed list, a date or an id: a typed-in value would not do. */
const NOT_FREE_TEXT = /(^|\.)(id|type|kind|phase|priority|status|protocol|classification|deliverable|category|due|targetDate)$/;

/** Whether a conflict over this field can be settled by typing a new text. */
export function isFreeTextField(field: string, values: unknown[]): boolean {
  if (!field || isReferenceField(field) || NOT_FREE_TEXT.test(field)) return false;
  return values.some((v) => typeof v === 'string') && values.every((v) => v === undefined || v === null || typeof v === 'string');
}

/** Names of people, teams and nodes in either copy, to show instead of ids. */
export function namesOf(...plans: (Plan | null | undefined)[]): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const plan of plans) {
    if (!plan) continue;
    for (const t of plan.teams ?? []) names.set(t.id, t.name);
    for (const p of plan.people ?? []) names.set(p.id, p.name);
    for (const n of plan.nodes ?? []) names.set(n.id, n.title);
  }
  return names;
}

const MAX = 400;

function isPosition(value: unknown): value is { x: number; y: number } {
  return typeof value === 'object' && value !== null && typeof (value as { x?: unknown }).x === 'number' && typeof (value as { y?: unknown }).y === 'number';
}

/** A field's value for people; `(none)` when absent. */
export function displayValue(field: string, value: unknown, names: ReadonlyMap<string, string>): string {
  if (value === undefined || value === null) return '(none)';
  const leaf = field.split('.').pop() ?? field;
  if (typeof value === 'boolean') {
    if (leaf === 'done') return value ? 'Done' : 'Not done';
    return value ? 'Yes' : 'No';
  }
  if (isPosition(value)) return `(${Math.round(value.x)}, ${Math.round(value.y)})`;
  const isReference = REFERENCE_FIELD.test(field);
  const name = (v: unknown) => (isReference && typeof v === 'string' ? (names.get(v) ?? v) : typeof v === 'string' ? v : JSON.stringify(v));
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(name).join(', ');
  if (typeof value === 'string') {
    const text = name(value);
    return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
  }
  const json = JSON.stringify(value) ?? String(value);
  return json.length > MAX ? `${json.slice(0, MAX - 1)}…` : json;
}
