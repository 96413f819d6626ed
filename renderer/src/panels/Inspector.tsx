// The right-hand inspector: shows whatever is selected (one node, one connection,
// several things) or, when nothing is, the plan itself.
import type { KeyboardEvent } from 'react';
import type { CommentTarget } from '../../../shared/model/facilitation';
import { InspectorExtras } from '../facilitation/InspectorExtras';
import { useT } from '../i18n';
import { useLockReason } from '../facilitation/locks';
import { useDocumentStore } from '../store/documentStore';
import { EdgeInspector } from './EdgeInspector';
import { MultiInspector } from './MultiInspector';
import { NodeInspector } from './NodeInspector';
import { PlanInspector } from './PlanInspector';
import './panels.css';

export function keepDeleteKeysInPanel(event: KeyboardEvent): void {
  if (event.key === 'Delete' || event.key === 'Backspace') event.stopPropagation();
}

export function Inspector() {
  const t = useT();
  const selection = useDocumentStore((s) => s.selection);
  const hasPlan = useDocumentStore((s) => s.plan !== null);
  const readOnlyReason = useDocumentStore((s) => s.doc?.readOnlyReason);
  const count = selection.nodeIds.length + selection.edgeIds.length;
  let body;
  // What the comments (and facilitation controls) under the fields are about: one node, one connection or the plan.
  let target: CommentTarget | null = null;
  if (!hasPlan) body = <p className="panel-empty">{t('ui.inspector.inspector.noPlan')}</p>;
  else if (count > 1) body = <MultiInspector selection={selection} />;
  else if (selection.nodeIds.length === 1) {
    body = <NodeInspector nodeId={selection.nodeIds[0]} />;
    target = { kind: 'node', id: selection.nodeIds[0] };
  } else if (selection.edgeIds.length === 1) {
    body = <EdgeInspector edgeId={selection.edgeIds[0]} />;
    target = { kind: 'edge', id: selection.edgeIds[0] };
  } else {
    body = <PlanInspector />;
    target = { kind: 'plan' };
  }
  const lockReason = useLockReason(target?.kind === 'node' ? target.id : undefined);
  return (
    // Delete and Backspace inside the inspector never delete the selected node (the
    // editor's shortcut listens on window): a focused checkbox or button is not the canvas.
    <aside role="region" aria-label={t('ui.inspector.inspector.label')} className="panel inspector" onKeyDown={keepDeleteKeysInPanel}>
      {readOnlyReason && (
        <p className="panel-notice" role="note">
          {t('ui.inspector.inspector.readOnly', { reason: readOnlyReason })}
        </p>
      )}
      {lockReason && !readOnlyReason && (
        <p className="panel-notice" role="note">
          {t('ui.inspector.inspector.locked', { reason: lockReason })}
        </p>
      )}
      {/* A read-only plan still shows every field; the store ignores edits to it. */}
      <fieldset className="inspector-fields" disabled={Boolean(readOnlyReason || lockReason)}>
        {body}
      </fieldset>
      {target && <InspectorExtras key={target.kind === 'plan' ? 'plan' : `${target.kind}:${target.id}`} target={target} />}
    </aside>
  );
}
