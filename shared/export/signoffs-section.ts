// The document's "Sign-offs" section and its line in document control: who signed
// which handoff point or phase gate, in which role and when, and whether what they
// signed is still what the plan says (valid) or has changed since (stale).
import type { Plan } from '../model/types.js';
import { PHASE_LABELS, SIGNOFF_ROLE_LABELS } from '../model/vocabulary.js';
import { isHandoffPoint } from '../rules/graph.js';
import { signOffStatuses, unsignedHandoffs, type SignOffStatus } from '../signoff/status.js';
import type { Block, Cell } from './model.js';
import type { NameLookup } from './names.js';

function stateCell(s: SignOffStatus): Cell {
  if (s.state === 'valid') return { text: 'Valid', tone: 'ok' };
  return s.current
    ? { text: 'Stale', detail: 'changed since it was signed', tone: 'warning' }
    : { text: 'Stale', detail: 'signed again later', tone: 'muted' };
}

function handoffPoints(plan: Plan) {
  return (plan.nodes ?? []).filter((n) => n.type !== 'note' && isHandoffPoint(n));
}

/** Document control's statement: is every handoff signed by both sides? */
export function signOffsFact(plan: Plan, names: NameLookup): { label: string; value: Cell } {
  const points = handoffPoints(plan);
  const unsigned = unsignedHandoffs(plan);
  const label = 'Handoffs signed';
  if (points.length === 0) return { label, value: { text: 'No handoff points to sign' } };
  if (unsigned.length === 0) return { label, value: { text: `Yes: all ${points.length} handoff points are signed by their owner and operator sides`, tone: 'ok' } };
  return {
    label,
    value: {
      text: `No: ${unsigned.length} of ${points.length} handoff points lack a valid sign-off from both sides`,
      detail: unsigned.map((n) => names.node(n.id)).join(', '),
      tone: 'warning',
    },
  };
}

export function signOffsSection(plan: Plan, names: NameLookup): Block[] {
  const statuses = signOffStatuses(plan);
  const unsigned = unsignedHandoffs(plan, statuses);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: 'Who agreed to each handoff point and phase gate, in which role and when. A sign-off holds what was signed; when that changes it turns stale and stays here as history until it is signed again.',
    },
    {
      kind: 'table',
      columns: ['Signed', 'By', 'Role', 'Date', 'Status'],
      rows: [...statuses].reverse().map((s) => [
        { text: s.signoff.nodeId !== undefined ? names.node(s.signoff.nodeId) : `${PHASE_LABELS[s.signoff.gate!]} gate`, ...(s.signoff.note ? { detail: s.signoff.note } : {}) },
        { text: names.person(s.signoff.personId) },
        { text: SIGNOFF_ROLE_LABELS[s.signoff.role] },
        { text: s.signoff.date.slice(0, 10) },
        stateCell(s),
      ]),
      empty: 'Nothing has been signed off yet.',
    },
  ];
  if (unsigned.length > 0) {
    blocks.push(
      { kind: 'heading', text: 'Handoff points without a valid sign-off from both sides' },
      {
        kind: 'table',
        columns: ['System', 'Owner → operator'],
        rows: unsigned.map((n) => [{ text: names.node(n.id) }, { text: `${names.team(n.ownerTeamId)} → ${names.team(n.operatorTeamId)}`, tone: 'warning' }]),
        empty: '',
      },
    );
  }
  return blocks;
}
