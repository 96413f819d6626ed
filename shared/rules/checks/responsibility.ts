// missing-owner and missing-accountable: every part of the pipeline needs a team
// that builds it and one person who answers for it. Notes are exempt.
import { isNote } from '../context.js';
import { nodeLabel } from '../labels.js';
import { defineRule } from '../rule.js';

export const missingOwner = defineRule(
  {
    id: 'missing-owner',
    severity: 'warning',
    title: 'Missing owner',
    description: 'A node (not a note) has no owner team.',
  },
  ({ nodes, tr }, emit) => {
    for (const node of nodes) {
      if (isNote(node) || node.ownerTeamId) continue;
      emit('node', node.id, 'findings.missingOwner', { node: nodeLabel(node, tr) });
    }
  },
);

export const missingAccountable = defineRule(
  {
    id: 'missing-accountable',
    severity: 'warning',
    title: 'Missing accountable person',
    description: 'A node (not a note) has no accountable person in its RACI.',
  },
  ({ nodes, tr }, emit) => {
    for (const node of nodes) {
      if (isNote(node) || node.raci?.accountable) continue;
      emit('node', node.id, 'findings.missingAccountable', { node: nodeLabel(node, tr) });
    }
  },
);
