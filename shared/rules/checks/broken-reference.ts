// broken-reference: an id that an entity holds names nothing of the kind it should.
// One finding per entity holding such ids, listing every dangling one, so the
// person mending it sees the whole problem in one place. Notes are exempt (spec:
// no rule applies to them); an edge's ends are checked even when they touch one.
import type { RuleContext } from '../context.js';
import { isNote } from '../context.js';
import { checklistItemLabel, edgeLabel, nodeLabel } from '../labels.js';
import { defineRule } from '../rule.js';

interface Reference {
  /** What the field means, e.g. "owner team". */
  role: string;
  kind: 'team' | 'person' | 'node';
  id: string | undefined;
}

function missingReferences(context: RuleContext, refs: readonly Reference[]): string[] {
  const known = { team: context.teamsById, person: context.peopleById, node: context.nodesById };
  return refs
    .filter((ref) => ref.id !== undefined && ref.id !== '' && !known[ref.kind].has(ref.id))
    .map((ref) => `${ref.role} ${JSON.stringify(ref.id)}`);
}

function people(role: string, ids: readonly string[] | undefined): Reference[] {
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
    const check = (
      kind: 'node' | 'edge' | 'checklist-item' | 'question' | 'person',
      id: string,
      subject: string,
      refs: Reference[],
      fix: string,
    ) => {
      const missing = missingReferences(context, refs);
      if (missing.length === 0) return;
      const what = missing.length === 1 ? 'something that does not exist' : 'things that do not exist';
      emit(kind, id, `${subject} refers to ${what}: ${missing.join(', ')}. ${fix}`);
    };

    for (const person of context.plan.people ?? []) {
      check('person', person.id, person.name.trim() || 'A person', [{ role: 'team', kind: 'team', id: person.teamId }],
        'Pick an existing team for them, or clear it.');
    }
    for (const node of context.nodes) {
      if (isNote(node)) continue;
      check('node', node.id, nodeLabel(node), [
        { role: 'owner team', kind: 'team', id: node.ownerTeamId },
        { role: 'operator team', kind: 'team', id: node.operatorTeamId },
        ...people('responsible person', node.raci?.responsible),
        { role: 'accountable person', kind: 'person', id: node.raci?.accountable },
        ...people('consulted person', node.raci?.consulted),
        ...people('informed person', node.raci?.informed),
        { role: 'maintainer', kind: 'person', id: node.handoff?.maintainerId },
      ], 'Choose existing teams and people in its inspector, or clear those fields.');
      for (const item of node.checklist ?? []) {
        check('checklist-item', item.id, checklistItemLabel(item, node), [{ role: 'assignee', kind: 'person', id: item.assigneeId }],
          'Assign it to an existing person, or clear the assignee.');
      }
    }
    for (const edge of context.edges) {
      check('edge', edge.id, `The flow ${edgeLabel(context, edge)}`, [
        { role: 'source node', kind: 'node', id: edge.source },
        { role: 'target node', kind: 'node', id: edge.target },
      ], 'Reconnect it to existing nodes, or delete it.');
    }
    for (const question of context.plan.questions ?? []) {
      check('question', question.id, `The ${question.kind} ${quoted(question.text)}`, [
        { role: 'owner', kind: 'person', id: question.ownerId },
        { role: 'node', kind: 'node', id: question.nodeId },
      ], 'Pick an existing owner and node, or clear them.');
    }
  },
);
