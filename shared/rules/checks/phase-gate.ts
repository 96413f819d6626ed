// phase-gate: checklist items due by the current phase gate (or an earlier one)
// and not done block the move to the next phase.
import { PHASE_LABELS, phaseIndex } from '../../model/vocabulary.js';
import { isNote } from '../context.js';
import { checklistItemLabel, personLabelById } from '../labels.js';
import { defineRule } from '../rule.js';

export const phaseGate = defineRule(
  {
    id: 'phase-gate',
    severity: 'warning',
    title: 'Phase gate',
    description: 'A checklist item is not done and its phase is the current phase or an earlier one.',
  },
  (context, emit) => {
    const current = phaseIndex(context.plan.phase);
    for (const node of context.nodes) {
      if (isNote(node)) continue;
      for (const item of node.checklist ?? []) {
        if (item.done || !item.phase || phaseIndex(item.phase) > current) continue;
        const who = item.assigneeId ? ` (assigned to ${personLabelById(context, item.assigneeId)})` : '';
        const gate = item.phase === context.plan.phase ? 'the current' : 'an earlier';
        emit(
          'checklist-item',
          item.id,
          `${checklistItemLabel(item, node)}${who} belongs to ${gate} phase gate, ${PHASE_LABELS[item.phase]}, and is not done: finish it, or move it to a later phase if it can wait.`,
        );
      }
    }
  },
);
