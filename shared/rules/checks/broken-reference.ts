// broken-reference: an id that an entity holds names nothing of the kind it should.
// One finding per entity holding such ids, listing every dangling one, so the
// person mending it sees the whole problem in one place. Notes are exempt (spec:
// no rule applies to them); an edge's ends are checked even when they touch one.
import type { RuleContext } from '../context.js';
import { isNote } from '../context.js';
import { checklistItemLabel, edgeLabel, nodeLabel } from '../labels.js';
import { defineRule } from '../rule.js';

/** What the field means: the catalog's `findings.brokenReference.reference` names it. */
type Role =
  | 'team' | 'ownerTeam' | 'operatorTeam' | 'responsible' | 'accountable' | 'consulted' | 'informed'
  | 'maintainer' | 'assignee' | 'source' | 'target' | 'owner' | 'node';

interface Reference {
  role: Role;
  kind: 'team' | 'person' | 'node';
  id: string | undefined;
}

function missingReferences(context: RuleContext, refs: readonly Reference[]): string[] {
  const known = { team: context.teamsById, person: context.peopleById, node: context.nodesById };
  return refs
    .filter((ref) => ref.id !== undefined && ref.id !== '' && !known[ref.kind].has(ref.id))
    .map((ref) => context.tr.t('findings.brokenReference.reference', { role: ref.role, id: JSON.stringify(ref.id) }));
}

function people(role: Role, ids: readonly string[] | undefined): Reference[] {
  return (ids ?? []).map((id) => ({ role, kind: 'person', id }));
}

function quoted(text: string): string {
  const line = text.trim().replace(/\s+/g, ' ');
  return JSON.stringify(line.length > 80 ? `${line.slice(0, 77)}…` : line);
}

export const brokenReference = defineRule(
  {
    id: 'broken-reference',
    severity: 'error',
    title: 'Broken reference',
    description:
      "An id that an entity holds (an edge's ends, a node's owner, operator, RACI or maintainer, an item's assignee, a question's owner or node, a person's team) names nothing.",
  },
  (context, emit) => {
    const { tr } = context;
    const check = (
      kind: 'node' | 'edge' | 'checklist-item' | 'question' | 'person',
      id: string,
      subject: string,
      refs: Reference[],
      extra: Record<string, string> = {},
    ) => {
      const missing = missingReferences(context, refs);
      if (missing.length === 0) return;
      const key = kind === 'checklist-item' ? 'checklistItem' : kind;
      emit(kind, id, `findings.brokenReference.${key}`, { subject, count: missing.length, missing: tr.list(missing, 'comma'), ...extra });
    };

    for (const person of context.plan.people ?? []) {
      check('person', person.id, person.name.trim() || tr.t('labels.aPerson'), [{ role: 'team', kind: 'team', id: person.teamId }]);
    }
    for (const node of context.nodes) {
      if (isNote(node)) continue;
      check('node', node.id, nodeLabel(node, tr), [
        { role: 'ownerTeam', kind: 'team', id: node.ownerTeamId },
        { role: 'operatorTeam', kind: 'team', id: node.operatorTeamId },
        ...people('responsible', node.raci?.responsible),
        { role: 'accountable', kind: 'person', id: node.raci?.accountable },
        ...people('consulted', node.raci?.consulted),
        ...people('informed', node.raci?.informed),
        { role: 'maintainer', kind: 'person', id: node.handoff?.maintainerId },
      ]);
      for (const item of node.checklist ?? []) {
        check('checklist-item', item.id, checklistItemLabel(item, node, tr), [{ role: 'assignee', kind: 'person', id: item.assigneeId }]);
      }
    }
    for (const edge of context.edges) {
      check('edge', edge.id, edgeLabel(context, edge, tr), [
        { role: 'source', kind: 'node', id: edge.source },
        { role: 'target', kind: 'node', id: edge.target },
      ]);
    }
    for (const question of context.plan.questions ?? []) {
      check('question', question.id, quoted(question.text), [
        { role: 'owner', kind: 'person', id: question.ownerId },
        { role: 'node', kind: 'node', id: question.nodeId },
      ], { kind: question.kind });
    }
  },
);
