// integration-contract and handoff-terms: where work crosses from one team to
// another, the terms must be written down or the receiving team inherits guesses.
import { isNote } from '../context.js';
import { crossesTeamBoundary, isHandoffPoint } from '../graph.js';
import { edgeLabel, nodeLabel, teamLabelById } from '../labels.js';
import { defineRule } from '../rule.js';

export const integrationContract = defineRule(
  {
    id: 'integration-contract',
    severity: 'warning',
    title: 'Integration contract',
    description:
      'An edge crosses a team boundary (both ends have an owner team and they differ) and has no protocol or no contract.',
  },
  (context, emit) => {
    for (const edge of context.edges) {
      if (edge.protocol && edge.contract?.trim()) continue;
      const source = context.nodesById.get(edge.source);
      const target = context.nodesById.get(edge.target);
      if (!source || !target || isNote(source) || isNote(target)) continue;
      if (!crossesTeamBoundary(context.nodesById, edge)) continue;
      const asks = [
        !edge.protocol && 'no protocol (say how the data moves)',
        !edge.contract?.trim() && 'no contract (record the agreed interface: schema, SLA, who may change it)',
      ].filter(Boolean);
      const from = teamLabelById(context, source.ownerTeamId!);
      const to = teamLabelById(context, target.ownerTeamId!);
      emit(
        'edge',
        edge.id,
        `${edgeLabel(context, edge)} crosses from ${from} to ${to} but has ${asks.join(' and ')}. Agree it with both teams and add it to the flow.`,
      );
    }
  },
);

export const handoffTerms = defineRule(
  {
    id: 'handoff-terms',
    severity: 'warning',
    title: 'Handoff terms',
    description:
      "A node's operator team differs from its owner team and it has no handoff deliverable or no maintainer.",
  },
  (context, emit) => {
    for (const node of context.nodes) {
      if (isNote(node) || !isHandoffPoint(node)) continue;
      const missing = [!node.handoff?.deliverable && 'deliverable', !node.handoff?.maintainerId && 'maintainer']
        .filter(Boolean)
        .join(' and no ');
      if (!missing) continue;
      const from = node.ownerTeamId ? teamLabelById(context, node.ownerTeamId) : 'its builders';
      const to = teamLabelById(context, node.operatorTeamId!);
      emit(
        'node',
        node.id,
        `${nodeLabel(node)} is handed from ${from} to ${to} with no ${missing}: say what is handed over and who keeps it performing after the handoff.`,
      );
    }
  },
);
