// The binding between the editor's document store and a workshop's shared Y.Doc.
// While it is attached, the store's `collab` delegate sends every named operation
// here: the change is written into the document (only what the operation changed,
// shared/workshop/write-plan.ts) and the store's plan is set from the document's
// mirror, after local and remote transactions alike, so the store always shows what
// everyone sees. Untouched entities keep their identity (the mirror sees to that),
// so a colleague's edit re-renders only what it changed.
// Undo and redo are a Y.UndoManager that tracks this person's own origin: each
// person undoes only their own edits, never a colleague's.
import * as Y from 'yjs';
import type { Plan } from '../../../shared/model/types';
import type { Finding } from '../../../shared/rules/finding';
import type { RuleId } from '../../../shared/model/vocabulary';
import { PlanMirror, formatProblem, planTypes, writePlanChange, type WorkshopProblem } from '../../../shared/workshop/index';
import { uiT } from '../i18n';
import { useOutsideFindings } from '../store/analysis';
import { lockRefusal } from '../facilitation/locks';
import { useDocumentStore, type CollabDelegate, type DocumentInfo, type Selection } from '../store/documentStore';
import { showToast } from '../store/viewStore';

/** The origin of this editor's own transactions: what its undo manager tracks. */
export const LOCAL_ORIGIN = Symbol('handoff-workshop-local');

/** Consecutive edits with one coalesce key (typing in one field) within this long are one undo step. */
const COALESCE_MS = 1000;

/** The rule id under which invalid shared content is listed as a finding (docs/workshops.md). */
export const WORKSHOP_PROBLEM_RULE = 'workshop-invalid';

const labelOf = (item: { meta: Map<unknown, unknown> } | undefined): string | undefined => {
  const label = item?.meta.get('label');
  return typeof label === 'string' ? label : undefined;
};

function problemFindings(problems: readonly WorkshopProblem[]): Finding[] {
  return problems.map((problem) => {
    // What is wrong is said by the shared document's checks, in English (shared/workshop).
    const params = { problem: formatProblem(problem) };
    return {
      // Not one of the format's rules: an extension finding of the editor (docs/workshops.md).
      ruleId: WORKSHOP_PROBLEM_RULE as RuleId,
      severity: 'error',
      // What is wrong is kept out of the plan, so there is nothing in the plan to point at.
      target: { kind: 'plan' },
      message: uiT('ui.workshop.problem.keptOut', params),
      messageKey: 'ui.workshop.problem.keptOut',
      params,
    };
  });
}

/** Drops selected ids that are no longer in the plan (a colleague deleted them). */
function keptSelection(selection: Selection, plan: Plan): Selection | null {
  if (selection.nodeIds.length === 0 && selection.edgeIds.length === 0) return null;
  const nodes = new Set((plan.nodes ?? []).map((n) => n.id));
  const edges = new Set((plan.edges ?? []).map((e) => e.id));
  const nodeIds = selection.nodeIds.filter((id) => nodes.has(id));
  const edgeIds = selection.edgeIds.filter((id) => edges.has(id));
  return nodeIds.length === selection.nodeIds.length && edgeIds.length === selection.edgeIds.length ? null : { nodeIds, edgeIds };
}

export class WorkshopBinding {
  private readonly mirror: PlanMirror;
  private readonly undoManager: Y.UndoManager;
  private lastCoalesceKey: string | null = null;
  private lastApplyAt = 0;
  /** The label of the operation being written, for the stack item it creates. */
  private pendingLabel = '';
  private problemsKey = '';
  private attached = false;

  constructor(private readonly doc: Y.Doc) {
    this.mirror = new PlanMirror(doc);
    this.undoManager = new Y.UndoManager(planTypes(doc), { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: COALESCE_MS });
    this.undoManager.on('stack-item-added', ({ stackItem, origin }) => {
      if (origin === LOCAL_ORIGIN) stackItem.meta.set('label', this.pendingLabel);
    });
    // Undo moves a step to the redo stack as a new item (and redo back): carry its label over.
    this.undoManager.on('stack-item-popped', ({ stackItem, type }) => {
      const other = type === 'undo' ? this.undoManager.redoStack : this.undoManager.undoStack;
      other[other.length - 1]?.meta.set('label', labelOf(stackItem));
    });
    // Registered after the undo manager's own handler, so its stacks are current here.
    doc.on('afterTransaction', this.onTransaction);
  }

  /** Opens the document's plan in the editor. False when the document holds no plan. */
  attach(info: DocumentInfo): boolean {
    const { plan, problems } = this.mirror.current();
    if (!plan) return false;
    const store = useDocumentStore.getState();
    store.load(plan, info);
    this.attached = true;
    useDocumentStore.setState({ collab: this.delegate() });
    this.showProblems(problems);
    return true;
  }

  /** True when the store's delegate is this binding's. */
  owns(collab: CollabDelegate | null): boolean {
    return collab !== null && collab.apply === this.apply;
  }

  destroy(): void {
    this.attached = false;
    this.doc.off('afterTransaction', this.onTransaction);
    this.undoManager.destroy();
    this.mirror.destroy();
    useOutsideFindings.setState({ findings: [] });
    const store = useDocumentStore.getState();
    if (this.owns(store.collab)) useDocumentStore.setState({ collab: null });
  }

  private readonly apply = (label: string, before: Plan, after: Plan, coalesceKey?: string): void => {
    // The host would refuse the update and close the connection: say why here instead of sending it.
    const locked = lockRefusal(before, after);
    if (locked) return showToast(locked, 'error');
    const now = Date.now();
    const coalesce = coalesceKey !== undefined && coalesceKey === this.lastCoalesceKey && now - this.lastApplyAt < COALESCE_MS;
    if (!coalesce) this.undoManager.stopCapturing();
    this.lastCoalesceKey = coalesceKey ?? null;
    this.lastApplyAt = now;
    this.pendingLabel = label;
    writePlanChange(this.doc, before, after, LOCAL_ORIGIN);
  };

  private readonly undo = (): void => {
    this.lastCoalesceKey = null;
    this.undoManager.undo();
    this.refreshHistory();
  };

  private readonly redo = (): void => {
    this.lastCoalesceKey = null;
    this.undoManager.redo();
    this.refreshHistory();
  };

  private delegate(): CollabDelegate {
    const { undoStack, redoStack } = this.undoManager;
    return {
      apply: this.apply,
      undo: this.undo,
      redo: this.redo,
      canUndo: undoStack.length > 0,
      canRedo: redoStack.length > 0,
      undoLabel: labelOf(undoStack[undoStack.length - 1]),
      redoLabel: labelOf(redoStack[redoStack.length - 1]),
    };
  }

  private refreshHistory(): void {
    const current = useDocumentStore.getState().collab;
    if (!this.owns(current)) return;
    const next = this.delegate();
    if (current!.canUndo === next.canUndo && current!.canRedo === next.canRedo && current!.undoLabel === next.undoLabel && current!.redoLabel === next.redoLabel) return;
    useDocumentStore.setState({ collab: next });
  }

  private readonly onTransaction = (): void => {
    if (!this.attached) return;
    const { plan, problems } = this.mirror.current();
    const store = useDocumentStore.getState();
    if (!this.owns(store.collab)) return;
    // A document emptied under us (never by this editor) leaves the last plan shown.
    if (plan && plan !== store.plan) {
      // The host saves the file: what everyone sees is, from here, what is saved.
      const selection = keptSelection(store.selection, plan);
      useDocumentStore.setState(selection ? { plan, savedPlan: plan, selection } : { plan, savedPlan: plan });
    }
    this.showProblems(problems);
    this.refreshHistory();
  };

  private showProblems(problems: readonly WorkshopProblem[]): void {
    const key = problems.map(formatProblem).join('\n');
    if (key === this.problemsKey) return;
    this.problemsKey = key;
    useOutsideFindings.setState({ findings: problemFindings(problems) });
  }
}
