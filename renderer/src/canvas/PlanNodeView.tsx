// The custom nodes. Each reads only its own `data` (built once per plan change in
// flowModel.ts) and is memoised, so dragging or editing one node re-renders one,
// and zooming re-renders none.
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, type PointerEvent } from 'react';
import { Icon, NodeTypeIcon } from '../ui/icons';
import { useT } from '../i18n';
import { NodeMarks } from '../facilitation/NodeMarks';
import { PeerMarks } from '../workshop/PeerMarks';
import { useNodeDetail } from './FarZoomClass';
import { FACILITATION_MARKS, PEER_MARKS, useNodeMarks } from './markedNodes';
import { NodeWidthResizer } from './NodeWidthResizer';
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

const SIDES = [
  ['t', 'top'],
  ['r', 'right'],
  ['b', 'bottom'],
  ['l', 'left'],
] as const;

/**
 * The far rendering's handles: hidden boxes where the real ones would be, for
 * React Flow to measure when it first sees the node (it reads `.source` elements).
 * Real handles are four components per node whose store subscriptions run on
 * every pan, zoom and drag step, and each is a positioned, transformed element
 * (a paint layer that layerizing and hit testing walk on every zoom step). These
 * are four grid cells in one positioned box: one paint layer for the four. A node
 * drawn near gets real ones.
 */
function PlaceholderHandles() {
  return (
    <div className="plan-anchors">
      {SIDES.map(([id, side]) => (
        <div key={id} className={`plan-anchor plan-anchor--${side} source`} data-handleid={id} data-handlepos={side} />
      ))}
    </div>
  );
}

/** The whole title as a tooltip, only when the node had to cut it short. */
function tooltipIfCut(event: PointerEvent<HTMLElement>, title: string): void {
  const el = event.currentTarget;
  el.title = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1 ? title : '';
}

function FindingBadge({ errors, warnings }: { errors: number; warnings: number }) {
  const t = useT();
  if (errors === 0 && warnings === 0) return null;
  const text = errors && warnings ? t('ui.canvas.node.errorsAndWarnings', { errors, warnings }) : errors ? t('ui.canvas.node.errors', { errors }) : t('ui.canvas.node.warnings', { warnings });
  return (
    <span className={`node-badge ${errors ? 'node-badge--error' : 'node-badge--warning'}`} title={text} aria-label={text}>
      <Icon name="alert" size={11} />
      {errors ? <span>{errors}</span> : null}
      {errors && warnings ? <span className="node-badge__sep" /> : null}
      {warnings ? <span className="node-badge__warn">{warnings}</span> : null}
    </span>
  );
}

/** The type row: icon, type name and the finding badge (hidden far out). */
function NodeHead({ data }: { data: PlanNodeData }) {
  const t = useT();
  const { node } = data;
  return (
    <div className="plan-node__head">
      <span className="plan-node__icon">
        <NodeTypeIcon type={node.type} size={15} />
      </span>
      <span className="plan-node__type">{t(`vocab.nodeType.${node.type}`)}</span>
      <FindingBadge errors={data.errors} warnings={data.warnings} />
    </div>
  );
}

/** The bottom row: owner (and operator at a handoff), checklist progress, accountable person (hidden far out). */
function NodeMeta({ data }: { data: PlanNodeData }) {
  const t = useT();
  return (
    <div className="plan-node__meta">
      <span className="plan-node__team" title={data.operatorName ? t('ui.canvas.node.operatedBy', { name: data.operatorName }) : undefined}>
        {data.ownerName ?? <span className="plan-node__missing">{t('ui.canvas.node.noOwner')}</span>}
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
          title={t('ui.canvas.node.checklist', { done: data.checklistDone, total: data.checklistTotal })}
        >
          <Icon name="check" size={11} />
          {data.checklistDone}/{data.checklistTotal}
        </span>
      )}
      {data.accountableInitials ? (
        <span className="plan-node__avatar" title={t('ui.canvas.node.accountable', { name: data.accountableName ?? '' })}>
          {data.accountableInitials}
        </span>
      ) : (
        <span className="plan-node__avatar plan-node__avatar--empty" title={t('ui.canvas.node.noAccountable')}>
          ?
        </span>
      )}
    </div>
  );
}

/** The team band; its tooltip names the owner team. */
function OwnerBand({ ownerName }: { ownerName: string | undefined }) {
  const t = useT();
  return <div className="plan-node__band" title={ownerName ? t('ui.canvas.node.owner', { name: ownerName }) : t('ui.canvas.node.noOwnerTeam')} />;
}

/**
 * One rendering for every zoom: the detailed rows and the far parts (a large
 * title and the finding count) are both here, and the container's `is-far`
 * class decides with CSS which show (FarZoomClass.tsx), so zooming across the
 * far threshold re-renders nothing. Until the node is first drawn near it is
 * only the far rendering — a box, the team band and the title: no type row, no
 * meta row, no tooltips and placeholder handles (hidden far out anyway). Every
 * variant keeps the same box, so nothing is re-measured.
 */
export const PlanNodeView = memo(function PlanNodeView({ id, data, selected }: NodeProps<FlowNode>) {
  const detail = useNodeDetail(id);
  const marks = useNodeMarks(id);
  const editing = useTitleEditing((s) => s.nodeId === id);
  const style = { width: data.width, ...(data.ownerColor ? { '--team': data.ownerColor } : {}) } as React.CSSProperties;
  const count = data.errors + data.warnings;
  return (
    <div
      className={`plan-node${detail ? ' plan-node--zooms' : ' plan-node--far-only'}${selected ? ' is-selected' : ''}${data.handoff ? ' is-handoff' : ''}${data.ownerColor ? ' has-owner' : ''}`}
      style={style}
      data-type={data.node.type}
    >
      {detail ? <OwnerBand ownerName={data.ownerName} /> : <div className="plan-node__band" />}
      <div className={detail ? 'plan-node__body plan-node__body--zooms' : 'plan-node__body'}>
        {detail && <NodeHead data={data} />}
        {editing ? (
          <TitleEditor nodeId={id} title={data.node.title} />
        ) : (
          <div className={detail ? 'plan-node__title plan-node__title--zooms' : 'plan-node__title'} onPointerEnter={(event) => tooltipIfCut(event, data.node.title)}>
            {data.node.title}
          </div>
        )}
        {detail && <NodeMeta data={data} />}
      </div>
      {count > 0 && (
        <span className={`plan-node__far-badge${detail ? ' plan-node__far-badge--zooms' : ''} ${data.errors ? 'is-error' : 'is-warning'}`} aria-hidden="true">
          {count}
        </span>
      )}
      {detail ? <SideHandles className="plan-handle" /> : <PlaceholderHandles />}
      {selected && detail && !editing && <NodeWidthResizer nodeId={id} width={data.width} />}
      {marks & PEER_MARKS ? <PeerMarks nodeId={id} /> : null}
      {marks & FACILITATION_MARKS ? <NodeMarks nodeId={id} title={data.node.title} /> : null}
    </div>
  );
});

export const NoteNodeView = memo(function NoteNodeView({ id, data, selected }: NodeProps<FlowNode>) {
  const { node } = data;
  const text = node.notes || node.description;
  const marks = useNodeMarks(id);
  const editing = useTitleEditing((s) => s.nodeId === id);
  return (
    <div className={`note-node${selected ? ' is-selected' : ''}`}>
      {/* Hidden, so a flow that names a note (rare, but valid) still has ends to draw to. */}
      <SideHandles className="note-handle" connectable={false} />
      {editing ? <TitleEditor nodeId={id} title={node.title} /> : <div className="note-node__title">{node.title}</div>}
      {text ? <div className="note-node__text">{text}</div> : null}
      {marks & PEER_MARKS ? <PeerMarks nodeId={id} /> : null}
      {marks & FACILITATION_MARKS ? <NodeMarks nodeId={id} title={data.node.title} /> : null}
    </div>
  );
});

export const NODE_TYPES_MAP = { plan: PlanNodeView, note: NoteNodeView };
