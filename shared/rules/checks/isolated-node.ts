// isolated-node: a node with no edges is either not yet wired into the pipeline
// or left over; both are worth a look, neither blocks anything.
import { isNote } from '../context.js';
import { nodeLabel } from '../labels.js';
import { defineRule } from '../rule.js';

export const isolatedNode = defineRule(
  {
    id: 'isolated-node',
    severity: 'info',
    title: 'Isolated node',
    description: 'A node (not a note) has no edges.',
  },
  (context, emit) => {
    for (const node of context.nodes) {
      if (isNote(node) || context.connectedNodeIds.has(node.id)) continue;
      emit('node', node.id, 'findings.isolatedNode', { node: nodeLabel(node, context.tr) });
    }
  },
);
