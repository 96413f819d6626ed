// The custom nodes. Each reads only its own `data` (built once per plan change in
// flowModel.ts) and is memoised, so dragging or editing one node re-renders one,
// and zooming re-renders none.
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, type PointerEvent } from 'react';
import { NODE_TYPE_LABELS } from '../../../shared/model/vocabulary';
import { Icon, NodeTypeIcon } from '../ui/icons';
import { NodeMarks } from '../facilitation/NodeMarks';
import { PeerMarks } from '../workshop/PeerMarks';
import { useDetailOnceNear } from './FarZoomClass';
import type { FlowNode, PlanNodeData } from './flowModel';
import { TitleEditor } from './TitleEditor';
import { useTitleEditing } from './titleEditing';

/** Connection points on every side; in loose mode any of them starts or ends a flow. */
function SideHandles({ className, connectable = true }: { className: string; connectable?: boolean }) {
  return (
    <>
      <Handle type="source" id="t" position={Position.Top} className={className} isConnectable={connectable} />
      <Handle type="source" id="r" position={Position.Right} className={className} isConnectable={connectable} />
      <Handle type="source" id="b" position={Position.Bottom} className={className} isConnectable={connectable} />
      <Handle type="source" id="l" position={Position.Left} className={className} isConnectable={connectable} />
    </>
  );
}

/** The whole title as a tooltip, only when the node had to cut it short. */
function tooltipIfCut(event: PointerEvent<HTMLElement>, title: string): void {
  const el = event.currentTarget;
  el.title = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1 ? title : '';
}

function FindingBadge({ errors, warnings }: { errors: number; warnings: number }) {
  if (errors === 0 && warnings === 0) return null;
  const parts = [errors ? `${errors} error${errors === 1 ? '' : 's'}` : '', warnings ? `${warnings} warning${warnings === 1 ? '' : 's'}` : ''].filter(Boolean);
  return (
    <span className={`node-badge ${errors ? 'node-badge--error' : 'node-badge--warning'}`} title={parts.join(', ')} aria-label={parts.join(', ')}>
      <Icon name="alert" size={11} />
      {errors ? <span>{errors}</span> : null}
      {errors && warnings ? <span className="node-badge__sep" /> : null}
      {warnings ? <span className="node-badge__warn">{warnings}</span> : null}
    </span>
  );
}

/** The type row: icon, type name and the finding badge (hidden far out). */
function NodeHead({ data }: { data: PlanNodeData }) {
  const { node } = data;
  return (
    <div className="plan-node__head">
      <span className="plan-node__icon">
        <NodeTypeIcon type={node.type} size={15} />
      </span>
      <span className="plan-node__type">{NODE_TYPE_LABELS[node.type]}</span>
      <FindingBadge errors={data.errors} warnings={data.warnings} />
    </div>
  );
}

/** The bottom row: owner (and operator at a handoff), checklist progress, accountable person (hidden far out). */
function NodeMeta({ data }: { data: PlanNodeData }) {
  return (
    <div className="plan-node__meta">
      <span className="plan-node__team" title={data.operatorName ? `Operated by ${data.operatorName}` : undefined}>
        {data.ownerName ?? <span className="plan-node__missing">No owner</span>}
        {data.handoff && data.operatorName ? (
          <>
            <Icon name="handoff" size={11} className="plan-node__handoff-icon" />
            {data.operatorName}
          </>
        ) : null}
      </span>
      {data.checklistTotal > 0 && (
        <span
          className={`plan-node__progress${data.checklistDone === data.checklistTotal ? ' is-done' : ''}`}
          title={`Checklist: ${data.checklistDone} of ${data.checklistTotal} done`}
        >
          <Icon name="check" size={11} />
          {data.checklistDone}/{data.checklistTotal}
        </span>
      )}
      {data.accountableInitials ? (
        <span className="plan-node__avatar" title={`Accountable: ${data.accountableName}`}>
          {data.accountableInitials}
        </span>
      ) : (
        <span className="plan-node__avatar plan-node__avatar--empty" title="No one accountable">
          ?
        </span>
      )}
    </div>
  );
}

/**
 * One rendering for every zoom: the detailed rows and the far parts (a large
 * title and the finding count) are both here, and the container's `is-far`
 * class decides with CSS which show (FarZoomClass.tsx), so zooming across the
 * far threshold re-renders nothing. The detailed rows are left out until the
 * node is first drawn near. Every variant keeps the same box, so nothing is re-measured.
 */
export const PlanNodeView = memo(function PlanNodeView({ id, data, selected }: NodeProps<FlowNode>) {
  const detail = useDetailOnceNear();
  const editing = useTitleEditing((s) => s.nodeId === id);
  const style = { width: data.width, ...(data.ownerColor ? { '--team': data.ownerColor } : {}) } as React.CSSProperties;
  const count = data.errors + data.warnings;
  return (
    <div
      className={`plan-node${selected ? ' is-selected' : ''}${data.handoff ? ' is-handoff' : ''}${data.ownerColor ? ' has-owner' : ''}`}
      style={style}
      data-type={data.node.type}
    >
      <div className="plan-node__band" title={data.ownerName ? `Owner: ${data.ownerName}` : 'No owner team'} />
      <div className="plan-node__body">
        {detail && <NodeHead data={data} />}
        {editing ? (
          <TitleEditor nodeId={id} title={data.node.title} />
        ) : (
          <div className="plan-node__title" onPointerEnter={(event) => tooltipIfCut(event, data.node.title)}>
            {data.node.title}
          </div>
        )}
        {detail && <NodeMeta data={data} />}
      </div>
      {count > 0 && (
        <span className={`plan-node__far-badge ${data.errors ? 'is-error' : 'is-warning'}`} aria-hidden="true">
          {count}
        </span>
      )}
      <SideHandles className="plan-handle" />
      <PeerMarks nodeId={id} />
      <NodeMarks nodeId={id} title={data.node.title} />
    </div>
  );
});

export const NoteNodeView = memo(function NoteNodeView({ id, data, selected }: NodeProps<FlowNode>) {
  const { node } = data;
  const text = node.notes || node.description;
  const editing = useTitleEditing((s) => s.nodeId === id);
  return (
    <div className={`note-node${selected ? ' is-selected' : ''}`}>
      {/* Hidden, so a flow that names a note (rare, but valid) still has ends to draw to. */}
      <SideHandles className="note-handle" connectable={false} />
      {editing ? <TitleEditor nodeId={id} title={node.title} /> : <div className="note-node__title">{node.title}</div>}
      {text ? <div className="note-node__text">{text}</div> : null}
      <PeerMarks nodeId={id} />
      <NodeMarks nodeId={id} title={data.node.title} />
    </div>
  );
});

export const NODE_TYPES_MAP = { plan: PlanNodeView, note: NoteNodeView };
