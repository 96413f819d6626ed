// privacy-review: restricted or personal data needs a privacy or security
// requirement where it lives. Edges have no requirements of their own (spec), so a
// flow is covered by the requirements of the node it delivers the data to: the
// receiver is where the data lands and must be protected. Flows touching a note
// are annotations, not data movements, and are exempt like notes themselves.
import type { DataInfo, PlanNode } from '../../model/types.js';
import { isNote } from '../context.js';
import { nodeLabel, nodeLabelById } from '../labels.js';
import { defineRule } from '../rule.js';

/** Spec: `restricted` or `personalData: true` marks data that needs a privacy review. */
export function needsPrivacyReview(data: DataInfo | undefined): boolean {
  return data?.classification === 'restricted' || data?.personalData === true;
}

/** Whether a node has a privacy or security requirement. */
export function hasPrivacyRequirement(node: PlanNode | undefined): boolean {
  return (node?.requirements ?? []).some((r) => r.category === 'privacy' || r.category === 'security');
}

/** Which kind of sensitive data: the messages say "restricted personal data", "restricted data" or "personal data". */
function dataKind(data: DataInfo | undefined): 'restrictedPersonal' | 'restricted' | 'personal' {
  const restricted = data?.classification === 'restricted';
  const personal = data?.personalData === true;
  if (restricted && personal) return 'restrictedPersonal';
  return restricted ? 'restricted' : 'personal';
}

export const privacyReview = defineRule(
  {
    id: 'privacy-review',
    severity: 'error',
    title: 'Privacy review',
    description:
      'A node or edge carries restricted or personal data and neither it nor (for an edge) its target node has a privacy or security requirement.',
  },
  (context, emit) => {
    for (const node of context.nodes) {
      if (isNote(node) || !needsPrivacyReview(node.data) || hasPrivacyRequirement(node)) continue;
      emit('node', node.id, 'findings.privacyReview.node', { node: nodeLabel(node, context.tr), data: dataKind(node.data) });
    }
    for (const edge of context.edges) {
      if (!needsPrivacyReview(edge.data)) continue;
      const source = context.nodesById.get(edge.source);
      const target = context.nodesById.get(edge.target);
      // A flow to a missing node is reported by broken-reference; one to a note moves no data.
      if (!target || isNote(target) || isNote(source) || hasPrivacyRequirement(target)) continue;
      emit('edge', edge.id, 'findings.privacyReview.edge', {
        data: dataKind(edge.data),
        source: nodeLabelById(context, edge.source, context.tr),
        target: nodeLabel(target, context.tr),
      });
    }
  },
);
