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
      const missing = !edge.protocol ? (edge.contract?.trim() ? 'protocol' : 'both') : 'contract';
      emit('edge', edge.id, 'findings.integrationContract', {
        edge: edgeLabel(context, edge, context.tr),
        from: teamLabelById(context, source.ownerTeamId!, context.tr),
        to: teamLabelById(context, target.ownerTeamId!, context.tr),
        missing,
      });
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
      const noDeliverable = !node.handoff?.deliverable;
      const noMaintainer = !node.handoff?.maintainerId;
      if (!noDeliverable && !noMaintainer) continue;
      const { tr } = context;
      emit('node', node.id, 'findings.handoffTerms.message', {
        node: nodeLabel(node, tr),
        from: node.ownerTeamId ? teamLabelById(context, node.ownerTeamId, tr) : tr.t('findings.handoffTerms.builders'),
        to: teamLabelById(context, node.operatorTeamId!, tr),
        missing: noDeliverable && noMaintainer ? 'both' : noDeliverable ? 'deliverable' : 'maintainer',
      });
    }
  },
);
