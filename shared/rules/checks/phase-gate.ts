// phase-gate: checklist items due by the current phase gate (or an earlier one)
// and not done block the move to the next phase.
import { phaseIndex } from '../../model/vocabulary.js';
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
        const { tr } = context;
        const params = {
          item: checklistItemLabel(item, node, tr),
          gate: item.phase === context.plan.phase ? 'current' : 'earlier',
          phase: tr.t(`vocab.phase.${item.phase}`),
        };
        if (item.assigneeId) {
          emit('checklist-item', item.id, 'findings.phaseGate.assigned', { ...params, person: personLabelById(context, item.assigneeId, tr) });
        } else {
          emit('checklist-item', item.id, 'findings.phaseGate.unassigned', params);
        }
      }
    }
  },
);
