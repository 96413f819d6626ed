// stale-signoff and gate-signoff: the two rules this app adds to the spec's table
// (docs/format-extensions.md). Both look only at plans that record sign-offs, so a
// plan written by an app that knows only the spec gets no new findings.
import { PHASE_LABELS, SIGNOFF_ROLE_LABELS } from '../../model/vocabulary.js';
import { missingSides, passedGates, signOffStatuses } from '../../signoff/status.js';
import { nodeLabelById, personLabelById, teamLabelById } from '../labels.js';
import { defineRule } from '../rule.js';

export const staleSignoff = defineRule(
  {
    id: 'stale-signoff',
    severity: 'warning',
    title: 'Stale sign-off',
    description: 'What a person signed off (a handoff point, or a phase gate not yet passed) has changed since.',
  },
  (context, emit) => {
    const { plan } = context;
    if (!plan.signoffs?.length) return;
    const passed = new Set(passedGates(plan));
    for (const { signoff, state, current: latest } of signOffStatuses(plan)) {
      if (state === 'valid' || !latest) continue;
      const who = `${personLabelById(context, signoff.personId)} (${SIGNOFF_ROLE_LABELS[signoff.role]})`;
      const date = signoff.date.slice(0, 10);
      if (signoff.nodeId !== undefined) {
        const exists = context.nodesById.has(signoff.nodeId);
        emit(
          exists ? 'node' : 'plan',
          exists ? signoff.nodeId : undefined,
          exists
            ? `${who} signed off ${nodeLabelById(context, signoff.nodeId)} on ${date}, and it has changed since: review the change and sign off again.`
            : `${who} signed off ${nodeLabelById(context, signoff.nodeId)} on ${date}, and it has been removed since.`,
        );
      } else if (signoff.gate !== undefined && !passed.has(signoff.gate)) {
        // A passed gate's sign-off records what was agreed then; the plan moving on is not news.
        emit('plan', undefined, `${who} signed off the ${PHASE_LABELS[signoff.gate]} gate on ${date}, and the plan has changed since: review the changes and sign off again.`);
      }
    }
  },
);

export const gateSignoff = defineRule(
  {
    id: 'gate-signoff',
    severity: 'warning',
    title: 'Gate sign-off',
    description: 'The plan is past a phase gate that lacks a sign-off from both the owner and the operator side of each handoff point.',
  },
  (context, emit) => {
    const { plan } = context;
    if (!plan.signoffs?.length) return;
    for (const gate of passedGates(plan)) {
      const missing = missingSides(plan, plan.signoffs.filter((s) => s.gate === gate));
      if (missing.length === 0) continue;
      const sides = [...new Set(missing.map((m) => `the ${m.side} side (${teamLabelById(context, m.teamId)})`))];
      const nodes = [...new Set(missing.map((m) => nodeLabelById(context, m.node.id)))];
      emit(
        'plan',
        undefined,
        `The plan is past the ${PHASE_LABELS[gate]} gate, which lacks a sign-off from ${joinAnd(sides)} of ${nodes.length === 1 ? 'the handoff point' : 'the handoff points'} ${joinAnd(nodes)}: ask them to sign off the gate.`,
      );
    }
  },
);

function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
