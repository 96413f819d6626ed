// The obvious remedy of a finding, as one action: a change made as one undo step
// (a privacy requirement added, broken references cleared, an item marked done),
// or the field or form that settles the finding opened and focused (nothing
// changes until the user picks a value). One table, one row per rule that has such
// a remedy; model-monitoring and isolated-node have none: what a model or a lone
// node should connect to (or whether it should go) is the user's design choice.
import type { Plan } from '../../../shared/model/types';
import type { RuleId } from '../../../shared/model/vocabulary';
import * as ops from '../../../shared/ops/index';
import type { Finding, FindingTarget } from '../../../shared/rules/finding';
import { labelLookup, nodeLabelById } from '../../../shared/rules/labels';
import { missingSides, passedGates, signOffStatuses } from '../../../shared/signoff/index';
import { uiT, uiTranslator } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { edits } from './edit';
import { focusInInspector, requestSignOff, revealTarget, type SignOffRequest } from './reveal';

export interface QuickFix {
  /** The button's text: what the action does ("Add privacy requirement"). */
  label: string;
  run(): void;
}

type Fixer = (finding: Finding, plan: Plan) => QuickFix | null;

const FIXES: Partial<Record<RuleId, Fixer>> = {
  'broken-reference': brokenReferenceFix,
  'business-context': (f) =>
    f.params?.missing === 'customerImpact'
      ? focusFix(uiT('ui.panels.quickFix.writeCustomerImpact'), f.target, 'plan-business', 'Customer impact')
      : focusFix(uiT('ui.panels.quickFix.writeObjective'), f.target, 'plan-business', 'Objective'),
  'missing-owner': (f) => onNode(f, () => focusFix(uiT('ui.panels.quickFix.chooseOwner'), f.target, 'node-ownership', 'Owner team')),
  'missing-accountable': (f) => onNode(f, () => focusFix(uiT('ui.panels.quickFix.chooseAccountable'), f.target, 'node-raci', 'Accountable')),
  'privacy-review': privacyFix,
  'integration-contract': (f) => {
    if (f.target.kind !== 'edge') return null;
    return f.params?.missing === 'protocol'
      ? focusFix(uiT('ui.panels.quickFix.chooseProtocol'), f.target, 'edge-flow', 'Protocol')
      : focusFix(uiT('ui.panels.quickFix.writeContract'), f.target, 'edge-contract', 'Contract');
  },
  'handoff-terms': (f) =>
    onNode(f, () =>
      f.params?.missing === 'maintainer'
        ? focusFix(uiT('ui.panels.quickFix.chooseMaintainer'), f.target, 'node-handoff', 'Maintainer')
        : focusFix(uiT('ui.panels.quickFix.chooseDeliverable'), f.target, 'node-handoff', 'Deliverable'),
    ),
  'phase-gate': markDoneFix,
  'stale-signoff': staleSignOffFix,
  'gate-signoff': gateSignOffFix,
};

export function quickFixFor(finding: Finding, plan: Plan): QuickFix | null {
  return FIXES[finding.ruleId]?.(finding, plan) ?? null;
}

const onNode = (finding: Finding, fix: () => QuickFix): QuickFix | null => (finding.target.kind === 'node' && finding.target.id ? fix() : null);

function focusFix(label: string, target: FindingTarget, sectionId: string, fieldLabel: string): QuickFix {
  return {
    label,
    run: () => {
      revealTarget(target);
      focusInInspector(sectionId, fieldLabel);
    },
  };
}

/** A change to the plan as one undo step named by the button, then the entity shown. */
function changeFix(label: string, target: FindingTarget, change: (plan: Plan) => Plan): QuickFix {
  return {
    label,
    run: () => {
      useDocumentStore.getState().apply(label, change);
      revealTarget(target);
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

/** An id that names nothing points nowhere: clearing it loses nothing. An edge without both ends is not a flow, so it goes. */
function brokenReferenceFix(finding: Finding): QuickFix | null {
  const { kind, id } = finding.target;
  if (!id) return null;
  if (kind === 'edge') return changeFix(uiT('ui.panels.quickFix.removeBrokenEdge'), { kind: 'plan' }, (plan) => ops.removeEdges(plan, [id]));
  return changeFix(uiT('ui.panels.quickFix.clearBrokenReferences'), finding.target, (plan) => withoutBrokenReferences(plan, kind, id));
}

function withoutBrokenReferences(plan: Plan, kind: FindingTarget['kind'], id: string): Plan {
  const known = (list: readonly { id: string }[] | undefined) => {
    const ids = new Set((list ?? []).map((e) => e.id));
    return (ref: string | undefined) => (ref !== undefined && ids.has(ref) ? ref : undefined);
  };
  const team = known(plan.teams);
  const person = known(plan.people);
  const node = known(plan.nodes);
  const people = (refs: string[] | undefined) => refs?.filter((ref) => person(ref));
  switch (kind) {
    case 'person':
      return ops.updatePerson(plan, id, { teamId: team(plan.people?.find((p) => p.id === id)?.teamId) });
    case 'question': {
      const question = plan.questions?.find((q) => q.id === id);
      return ops.updateQuestion(plan, id, { ownerId: person(question?.ownerId), nodeId: node(question?.nodeId) });
    }
    case 'checklist-item': {
      const item = plan.nodes?.flatMap((n) => n.checklist ?? []).find((i) => i.id === id);
      return ops.updateChecklistItem(plan, id, { assigneeId: person(item?.assigneeId) });
    }
    case 'node': {
      const current = plan.nodes?.find((n) => n.id === id);
      if (!current) return plan;
      const { raci, handoff } = current;
      return ops.updateNode(plan, id, {
        ownerTeamId: team(current.ownerTeamId),
        operatorTeamId: team(current.operatorTeamId),
        raci: compact({
          responsible: people(raci?.responsible),
          accountable: person(raci?.accountable),
          consulted: people(raci?.consulted),
          informed: people(raci?.informed),
        }),
        handoff: compact({ ...handoff, maintainerId: person(handoff?.maintainerId) }),
      });
    }
    default:
      return plan;
  }
}

/** An object without its empty fields, or nothing when none is left (as the file writes it). */
function compact<T extends object>(value: T): T | undefined {
  const kept = Object.entries(value).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0));
  return kept.length === 0 ? undefined : (Object.fromEntries(kept) as T);
}

/** The item is due and open: the remedy is the work, and ticking it once done. */
function markDoneFix(finding: Finding): QuickFix | null {
  const { id } = finding.target;
  if (finding.target.kind !== 'checklist-item' || !id) return null;
  return changeFix(uiT('ui.panels.quickFix.markDone'), finding.target, (plan) => ops.toggleChecklistItem(plan, id, true));
}

/** The phase a plan-level sign-off finding names (its words in the interface language), among `gates`. */
function gateNamed(finding: Finding, gates: readonly Plan['phase'][]): Plan['phase'] | undefined {
  const tr = uiTranslator();
  return gates.find((gate) => tr.t(`vocab.phase.${gate}`) === finding.params?.phase);
}

/** Sign again what changed, as the same person in the same role (the form opens prefilled; signing stays the user's). */
function staleSignOffFix(finding: Finding): QuickFix | null {
  // A sign-off of a node since removed has nothing left to sign.
  if (finding.messageKey === 'findings.staleSignoff.removedNode') return null;
  const nodeId = finding.target.kind === 'node' ? finding.target.id : undefined;
  // Which sign-off is looked up on the click: telling stale from valid hashes what was signed, too much for every render of the list.
  return signOffFix(uiT('ui.panels.quickFix.signOffAgain'), (plan) => {
    const stale = signOffStatuses(plan).filter((s) => s.current && s.state === 'stale');
    const gate = nodeId ? undefined : gateNamed(finding, stale.flatMap((s) => (s.signoff.gate ? [s.signoff.gate] : [])));
    const signoff = stale.find((s) => (nodeId ? s.signoff.nodeId === nodeId : s.signoff.gate === gate))?.signoff;
    return { ...(nodeId ? { nodeId } : { gate: gate ?? plan.phase }), personId: signoff?.personId, role: signoff?.role };
  });
}

/** Sign the passed gate, in the role of the first side it lacks. */
function gateSignOffFix(finding: Finding, plan: Plan): QuickFix | null {
  const gate = gateNamed(finding, passedGates(plan));
  if (!gate) return null;
  const missing = missingSides(plan, (plan.signoffs ?? []).filter((s) => s.gate === gate));
  const phase = uiTranslator().t(`vocab.phase.${gate}`);
  return signOffFix(uiT('ui.panels.quickFix.signOffGate', { phase }), () => ({ gate, role: missing[0]?.side }));
}

/** Opens the sign-off form `ask` names (given the plan of the moment), with the signer's picker focused. */
function signOffFix(label: string, ask: (plan: Plan) => SignOffRequest): QuickFix {
  return {
    label,
    run: () => {
      const plan = useDocumentStore.getState().plan;
      if (!plan) return;
      const request = ask(plan);
      requestSignOff(request);
      if (request.nodeId) {
        revealTarget({ kind: 'node', id: request.nodeId });
        focusInInspector('node-signoffs', 'Signed by');
      } else {
        revealTarget({ kind: 'plan' });
        focusInInspector('plan-phase', 'Signed by');
      }
    },
  };
}
