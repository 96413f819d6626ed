// The custom nodes. Each reads only its own `data` (built once per plan change in
// flowModel.ts) and is memoised, so dragging or editing one node re-renders one,
// and zooming re-renders none.
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { NODE_TYPE_LABELS } from '../../../shared/model/vocabulary';
import { Icon, NodeTypeIcon } from '../ui/icons';
import { NodeMarks } from '../facilitation/NodeMarks';
import { PeerMarks } from '../workshop/PeerMarks';
import { useDetailOnceNear } from './FarZoomClass';
import type { FlowNode, PlanNodeData } from './flowModel';

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
  const style = data.ownerColor ? ({ '--team': data.ownerColor } as React.CSSProperties) : undefined;
  const count = data.errors + data.warnings;
  return (
    <div
      className={`plan-node${selected ? ' is-selected' : ''}${data.handoff ? ' is-handoff' : ''}${data.ownerColor ? ' has-owner' : ''}`}
      style={style}
      data-type={data.node.type}
    >
      <Handle type="target" position={Position.Left} className="plan-handle" />
      <div className="plan-node__band" title={data.ownerName ? `Owner: ${data.ownerName}` : 'No owner team'} />
      <div className="plan-node__body">
        {detail && <NodeHead data={data} />}
        <div className="plan-node__title">{data.node.title}</div>
        {detail && <NodeMeta data={data} />}
      </div>
      {count > 0 && (
        <span className={`plan-node__far-badge ${data.errors ? 'is-error' : 'is-warning'}`} aria-hidden="true">
          {count}
        </span>
      )}
      <Handle type="source" position={Position.Right} className="plan-handle" />
      <PeerMarks nodeId={id} />
      <NodeMarks nodeId={id} title={data.node.title} />
    </div>
  );
});

export const NoteNodeView = memo(function NoteNodeView({ id, data, selected }: NodeProps<FlowNode>) {
  const { node } = data;
  const text = node.notes || node.description;
  return (
    <div className={`note-node${selected ? ' is-selected' : ''}`}>
      {/* Hidden, so a flow that names a note (rare, but valid) still has ends to draw to. */}
      <Handle type="target" position={Position.Left} className="note-handle" isConnectable={false} />
      <Handle type="source" position={Position.Right} className="note-handle" isConnectable={false} />
      <div className="note-node__title">{node.title}</div>
      {text ? <div className="note-node__text">{text}</div> : null}
      <PeerMarks nodeId={id} />
      <NodeMarks nodeId={id} title={data.node.title} />
    </div>
  );
});

export const NODE_TYPES_MAP = { plan: PlanNodeView, note: NoteNodeView };
