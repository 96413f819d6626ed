// stale-signoff and gate-signoff: the two rules this app adds to the spec's table
// (docs/format-extensions.md). Both look only at plans that record sign-offs, so a
// plan written by an app that knows only the spec gets no new findings.
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
    const { plan, tr } = context;
    if (!plan.signoffs?.length) return;
    const passed = new Set(passedGates(plan));
    for (const { signoff, state, current: latest } of signOffStatuses(plan)) {
      if (state === 'valid' || !latest) continue;
      const who = tr.t('findings.staleSignoff.who', { person: personLabelById(context, signoff.personId, tr), role: tr.t(`vocab.signoffRole.${signoff.role}`) });
      const date = signoff.date.slice(0, 10);
      if (signoff.nodeId !== undefined) {
        const node = nodeLabelById(context, signoff.nodeId, tr);
        if (context.nodesById.has(signoff.nodeId)) emit('node', signoff.nodeId, 'findings.staleSignoff.node', { who, node, date });
        else emit('plan', undefined, 'findings.staleSignoff.removedNode', { who, node, date });
      } else if (signoff.gate !== undefined && !passed.has(signoff.gate)) {
        // A passed gate's sign-off records what was agreed then; the plan moving on is not news.
        emit('plan', undefined, 'findings.staleSignoff.gate', { who, phase: tr.t(`vocab.phase.${signoff.gate}`), date });
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
    const { plan, tr } = context;
    if (!plan.signoffs?.length) return;
    for (const gate of passedGates(plan)) {
      const missing = missingSides(plan, plan.signoffs.filter((s) => s.gate === gate));
      if (missing.length === 0) continue;
      const sides = [...new Set(missing.map((m) => tr.t('findings.gateSignoff.side', { side: m.side, team: teamLabelById(context, m.teamId, tr) })))];
      const nodes = [...new Set(missing.map((m) => nodeLabelById(context, m.node.id, tr)))];
      emit('plan', undefined, 'findings.gateSignoff.message', {
        phase: tr.t(`vocab.phase.${gate}`),
        sides: tr.list(sides),
        count: nodes.length,
        nodes: tr.list(nodes),
      });
    }
  },
);
