// The document's "Sign-offs" section and its line in document control: who signed
// which handoff point or phase gate, in which role and when, and whether what they
// signed is still what the plan says (valid) or has changed since (stale).
import type { Translator } from '../i18n/index.js';
import type { Plan } from '../model/types.js';
import { isHandoffPoint } from '../rules/graph.js';
import { signOffStatuses, unsignedHandoffs, type SignOffStatus } from '../signoff/status.js';
import type { Block, Cell } from './model.js';
import type { NameLookup } from './names.js';

function stateCell(s: SignOffStatus, tr: Translator): Cell {
  if (s.state === 'valid') return { text: tr.t('document.signoffs.valid'), tone: 'ok' };
  return s.current
    ? { text: tr.t('document.signoffs.stale'), detail: tr.t('document.signoffs.changed'), tone: 'warning' }
    : { text: tr.t('document.signoffs.stale'), detail: tr.t('document.signoffs.signedAgain'), tone: 'muted' };
}

function handoffPoints(plan: Plan) {
  return (plan.nodes ?? []).filter((n) => n.type !== 'note' && isHandoffPoint(n));
}

/** Document control's statement: is every handoff signed by both sides? */
export function signOffsFact(plan: Plan, names: NameLookup, tr: Translator): { label: string; value: Cell } {
  const points = handoffPoints(plan);
  const unsigned = unsignedHandoffs(plan);
  const label = tr.t('document.signoffs.fact');
  if (points.length === 0) return { label, value: { text: tr.t('document.signoffs.noPoints') } };
  if (unsigned.length === 0) return { label, value: { text: tr.t('document.signoffs.allSigned', { count: points.length }), tone: 'ok' } };
  return {
    label,
    value: {
      text: tr.t('document.signoffs.unsigned', { unsigned: unsigned.length, total: points.length }),
      detail: unsigned.map((n) => names.node(n.id)).join(', '),
      tone: 'warning',
    },
  };
}

export function signOffsSection(plan: Plan, names: NameLookup, tr: Translator): Block[] {
  const statuses = signOffStatuses(plan);
  const unsigned = unsignedHandoffs(plan, statuses);
  const blocks: Block[] = [
    { kind: 'paragraph', text: tr.t('document.signoffs.intro') },
    {
      kind: 'table',
      columns: [tr.t('document.signoffs.signed'), tr.t('document.signoffs.by'), tr.t('document.control.role'), tr.t('document.signoffs.date'), tr.t('document.phases.status')],
      rows: [...statuses].reverse().map((s) => [
        {
          text: s.signoff.nodeId !== undefined ? names.node(s.signoff.nodeId) : tr.t('document.signoffs.gate', { phase: tr.t(`vocab.phase.${s.signoff.gate!}`) }),
          ...(s.signoff.note ? { detail: s.signoff.note } : {}),
        },
        { text: names.person(s.signoff.personId) },
        { text: tr.t(`vocab.signoffRole.${s.signoff.role}`) },
        { text: s.signoff.date.slice(0, 10) },
        stateCell(s, tr),
      ]),
      empty: tr.t('document.signoffs.empty'),
    },
  ];
  if (unsigned.length > 0) {
    blocks.push(
      { kind: 'heading', text: tr.t('document.signoffs.unsignedHeading') },
      {
        kind: 'table',
        columns: [tr.t('document.inventory.system'), tr.t('document.handoffs.ownerOperator')],
        rows: unsigned.map((n) => [
          { text: names.node(n.id) },
          { text: tr.t('labels.edge', { source: names.team(n.ownerTeamId), target: names.team(n.operatorTeamId) }), tone: 'warning' },
        ]),
        empty: '',
      },
    );
  }
  return blocks;
}
