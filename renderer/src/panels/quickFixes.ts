// The obvious remedy of a finding, as one action: a privacy requirement added to
// the node that must protect the data (one undo step), or the field that settles
// the finding selected and focused (nothing changes until the user picks a value).
import type { Plan } from '../../../shared/model/types';
import type { Finding } from '../../../shared/rules/finding';
import { labelLookup, nodeLabelById } from '../../../shared/rules/labels';
import { uiT, uiTranslator } from '../i18n';
import { edits } from './edit';
import { focusInInspector, revealTarget } from './reveal';

export interface QuickFix {
  /** The button's text: what the action does ("Add privacy requirement"). */
  label: string;
  run(): void;
}

export function quickFixFor(finding: Finding, plan: Plan): QuickFix | null {
  const { target } = finding;
  if (!target.id) return null;
  switch (finding.ruleId) {
    case 'privacy-review':
      return privacyFix(finding, plan);
    case 'missing-owner':
      return target.kind === 'node' ? focusFix(uiT('ui.panels.quickFix.chooseOwner'), finding, 'node-ownership', 'Owner team') : null;
    case 'integration-contract':
      if (target.kind !== 'edge') return null;
      return finding.params?.missing === 'protocol'
        ? focusFix(uiT('ui.panels.quickFix.chooseProtocol'), finding, 'edge-flow', 'Protocol')
        : focusFix(uiT('ui.panels.quickFix.writeContract'), finding, 'edge-contract', 'Contract');
    default:
      return null;
  }
}

function focusFix(label: string, finding: Finding, sectionId: string, fieldLabel: string): QuickFix {
  return {
    label,
    run: () => {
      revealTarget(finding.target);
      focusInInspector(sectionId, fieldLabel);
    },
  };
}

/**
 * Edges carry no requirements (docs/format-extensions.md): a flow's data is
 * protected by its target node, so that is where the requirement goes.
 */
function privacyFix(finding: Finding, plan: Plan): QuickFix | null {
  const edge = finding.target.kind === 'edge' ? plan.edges?.find((e) => e.id === finding.target.id) : undefined;
  const nodeId = finding.target.kind === 'node' ? finding.target.id : edge?.target;
  if (!nodeId || !plan.nodes?.some((n) => n.id === nodeId)) return null;
  const tr = uiTranslator();
  // The requirement is written in the interface language: it becomes the plan's own text.
  const text = edge
    ? tr.t('ui.panels.quickFix.protectReceived', { source: nodeLabelById(labelLookup(plan), edge.source, tr) })
    : tr.t('ui.panels.quickFix.protectHeld');
  const label = tr.t('ui.panels.quickFix.addPrivacyRequirement');
  return {
    label,
    run: () => {
      const requirementId = edits.addRequirement(nodeId, { text, category: 'privacy', priority: 'must' }, label);
      revealTarget({ kind: 'node', id: nodeId });
      if (requirementId) focusInInspector('node-requirements', 'Requirement', { entityId: requirementId, selectText: true });
    },
  };
}
