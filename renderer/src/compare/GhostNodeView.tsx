// A node only the other copy has, drawn where that copy has it: a dashed outline
// with its type and title and an "added in <copy>" marker. It cannot be selected,
// moved or connected: it is not part of the open plan.
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { PlanNode } from '../../../shared/model/types';
import { useFarView } from '../canvas/FarZoomClass';
import { useT } from '../i18n';
import { NodeTypeIcon } from '../ui/icons';

export interface GhostNodeData extends Record<string, unknown> {
  node: PlanNode;
  /** "Added in churn-it". */
  marker: string;
}

export type GhostFlowNode = Node<GhostNodeData, 'compare-ghost'>;

export const GhostNodeView = memo(function GhostNodeView({ data }: NodeProps<GhostFlowNode>) {
  const far = useFarView();
  const t = useT();
  const { node } = data;
  const isNote = node.type === 'note';
  return (
    <div className={`ghost-node${isNote ? ' ghost-node--note' : ''}${far ? ' ghost-node--far' : ''}`}>
      {/* Ends for the flows drawn to and from it; never connectable. */}
      <Handle type="target" position={Position.Left} className="ghost-handle" isConnectable={false} />
      <Handle type="source" position={Position.Right} className="ghost-handle" isConnectable={false} />
      <span className="ghost-node__marker">{far ? t('ui.compare.short.added') : data.marker}</span>
      {!isNote && !far && (
        <div className="ghost-node__head">
          <NodeTypeIcon type={node.type} size={14} />
          <span>{t(`vocab.nodeType.${node.type}`)}</span>
        </div>
      )}
      <div className="ghost-node__title">{node.title}</div>
    </div>
  );
});

/** Node types compare mode adds to the canvas. */
export const COMPARE_NODE_TYPES = { 'compare-ghost': GhostNodeView };
