// How differences and conflicts are put to people: entity kinds and fields in
// words, and values as a person reads them (names for ids, "Done" for done: true),
// in the interface language (`t` from useT or uiT).
import type { CatalogKey, Translator } from '../../../shared/i18n/index';
import type { EntityKind } from '../../../shared/merge/index';
import type { Plan } from '../../../shared/model/types';

type T = Translator['t'];

const ENTITY_KEYS: Record<EntityKind, CatalogKey> = {
  plan: 'ui.compare.entity.plan',
  milestone: 'ui.compare.entity.milestone',
  kpi: 'ui.compare.entity.kpi',
  team: 'ui.compare.entity.team',
  person: 'ui.compare.entity.person',
  node: 'ui.compare.entity.node',
  'checklist-item': 'ui.compare.entity.checklistItem',
  requirement: 'ui.compare.entity.requirement',
  edge: 'ui.compare.entity.edge',
  frame: 'ui.compare.entity.frame',
  question: 'ui.compare.entity.question',
  signoff: 'ui.compare.entity.signoff',
  comment: 'ui.compare.entity.comment',
  'vote-round': 'ui.compare.entity.voteRound',
  'workshop-record': 'ui.compare.entity.workshopRecord',
};

const ENTITY_GROUP_KEYS: Record<EntityKind, CatalogKey> = {
  plan: 'ui.compare.entityGroup.plan',
  milestone: 'ui.compare.entityGroup.milestone',
  kpi: 'ui.compare.entityGroup.kpi',
  team: 'ui.compare.entityGroup.team',
  person: 'ui.compare.entityGroup.person',
  node: 'ui.compare.entityGroup.node',
  'checklist-item': 'ui.compare.entityGroup.checklistItem',
  requirement: 'ui.compare.entityGroup.requirement',
  edge: 'ui.compare.entityGroup.edge',
  frame: 'ui.compare.entityGroup.frame',
  question: 'ui.compare.entityGroup.question',
  signoff: 'ui.compare.entityGroup.signoff',
  comment: 'ui.compare.entityGroup.comment',
  'vote-round': 'ui.compare.entityGroup.voteRound',
  'workshop-record': 'ui.compare.entityGroup.workshopRecord',
};

/** "Node", "Checklist item": one thing of a kind. */
export const entityLabel = (kind: EntityKind, t: T): string => t(ENTITY_KEYS[kind]);

/** "Nodes", "Checklist items": the heading of a kind's changes. */
export const entityGroupLabel = (kind: EntityKind, t: T): string => t(ENTITY_GROUP_KEYS[kind]);

const FIELD_KEYS: Record<string, CatalogKey> = {
  'raci.responsible': 'ui.compare.field.responsible',
  'raci.accountable': 'ui.compare.field.accountable',
  'raci.consulted': 'ui.compare.field.consulted',
  'raci.informed': 'ui.compare.field.informed',
  ownerTeamId: 'ui.compare.field.ownerTeam',
  operatorTeamId: 'ui.compare.field.operatorTeam',
  teamId: 'ui.compare.field.team',
  assigneeId: 'ui.compare.field.assignee',
  ownerId: 'ui.compare.field.owner',
  nodeId: 'ui.compare.field.node',
  node: 'ui.compare.field.node',
  'handoff.maintainerId': 'ui.compare.field.maintainer',
  'handoff.deliverable': 'ui.compare.field.deliverable',
  'handoff.acceptance': 'ui.compare.field.handoffAcceptance',
  'data.personalData': 'ui.compare.field.personalData',
  'data.classification': 'ui.compare.field.classification',
  'data.retention': 'ui.compare.field.retention',
  'data.volume': 'ui.compare.field.volume',
  'business.customerImpact': 'ui.compare.field.customerImpact',
  'business.problem': 'ui.compare.field.problem',
  'business.objective': 'ui.compare.field.objective',
  id: 'ui.compare.field.id',
  title: 'ui.compare.field.title',
  summary: 'ui.compare.field.summary',
  name: 'ui.compare.field.name',
  description: 'ui.compare.field.description',
  type: 'ui.compare.field.type',
  kind: 'ui.compare.field.kind',
  phase: 'ui.compare.field.phase',
  position: 'ui.compare.field.position',
  size: 'ui.compare.field.size',
  frameId: 'ui.compare.field.frame',
  text: 'ui.compare.field.text',
  done: 'ui.compare.field.done',
  due: 'ui.compare.field.due',
  targetDate: 'ui.compare.field.targetDate',
  notes: 'ui.compare.field.notes',
  note: 'ui.compare.field.note',
  tech: 'ui.compare.field.tech',
  role: 'ui.compare.field.role',
  email: 'ui.compare.field.email',
  category: 'ui.compare.field.category',
  priority: 'ui.compare.field.priority',
  acceptance: 'ui.compare.field.acceptance',
  testing: 'ui.compare.field.testing',
  status: 'ui.compare.field.status',
  resolution: 'ui.compare.field.resolution',
  label: 'ui.compare.field.label',
  protocol: 'ui.compare.field.protocol',
  frequency: 'ui.compare.field.frequency',
  contract: 'ui.compare.field.contract',
  source: 'ui.compare.field.source',
  target: 'ui.compare.field.target',
  personId: 'ui.compare.field.person',
  date: 'ui.compare.field.date',
  gate: 'ui.compare.field.gate',
};

/** `raci.accountable` → "Accountable", `targetDate` → "Target date"; a field the catalog does not name, from its path. */
export function fieldLabel(field: string, t: T): string {
  if (!field) return t('ui.compare.field.whole');
  const known = FIELD_KEYS[field];
  if (known) return t(known);
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
export function displayValue(field: string, value: unknown, names: ReadonlyMap<string, string>, t: T): string {
  if (value === undefined || value === null) return t('ui.compare.value.none');
  const leaf = field.split('.').pop() ?? field;
  if (typeof value === 'boolean') {
    if (leaf === 'done') return value ? t('ui.compare.value.done') : t('ui.compare.value.notDone');
    return value ? t('ui.compare.value.yes') : t('ui.compare.value.no');
  }
  if (isPosition(value)) return t('ui.compare.value.position', { x: String(Math.round(value.x)), y: String(Math.round(value.y)) });
  const isReference = REFERENCE_FIELD.test(field);
  const name = (v: unknown) => (isReference && typeof v === 'string' ? (names.get(v) ?? v) : typeof v === 'string' ? v : JSON.stringify(v));
  if (Array.isArray(value)) return value.length === 0 ? t('ui.compare.value.none') : value.map(name).join(t('ui.compare.value.listSeparator'));
  if (typeof value === 'string') {
    const text = name(value);
    return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
  }
  const json = JSON.stringify(value) ?? String(value);
  return json.length > MAX ? `${json.slice(0, MAX - 1)}…` : json;
}
