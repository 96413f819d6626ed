// The width handle on a selected node's bottom-right corner (the middle of the
// right side is the connection handle). While it is dragged only the
// node's own box follows (a style write, no React render); on release the width
// becomes one `resizeNode` operation (nodes[].size, docs/format-extensions.md).
// Double-clicking it gives the node back its automatic width.
import { NodeResizeControl, type ResizeParams } from '@xyflow/react';
import { memo, useCallback } from 'react';
import { resizeNode } from '../../../shared/ops/index';
import { uiT, useT } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { useCanvasLocked, useLockedNodes } from '../facilitation/locks';

export const NODE_MIN_WIDTH = 140;
export const NODE_RESIZE_MAX_WIDTH = 640;

function nodeBox(nodeId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(nodeId)}"] .plan-node`);
}

export const NodeWidthResizer = memo(function NodeWidthResizer({ nodeId, width }: { nodeId: string; width: number }) {
  const t = useT();
  const readOnly = useDocumentStore((s) => Boolean(s.doc?.readOnlyReason));
  const canvasLocked = useCanvasLocked();
  const nodeLocked = useLockedNodes().has(nodeId);
  const onResize = useCallback(
    (_event: unknown, params: ResizeParams) => {
      const box = nodeBox(nodeId);
      if (box) box.style.width = `${Math.round(params.width)}px`;
    },
    [nodeId],
  );
  const onResizeEnd = useCallback(
    (_event: unknown, params: ResizeParams) => {
      const before = useDocumentStore.getState().plan;
      useDocumentStore.getState().apply(uiT('ui.canvas.selection.undoResize'), (p) => resizeNode(p, nodeId, params.width));
      // Refused or unchanged: no render will reset the box, so put its width back.
      const box = nodeBox(nodeId);
      if (box && useDocumentStore.getState().plan === before) box.style.width = `${width}px`;
    },
    [nodeId, width],
  );
  const autoWidth = useCallback(() => {
    useDocumentStore.getState().apply(uiT('ui.canvas.selection.undoAutoWidth'), (p) => resizeNode(p, nodeId, undefined));
  }, [nodeId]);
  if (readOnly || canvasLocked || nodeLocked) return null;
  return (
    <NodeResizeControl
      nodeId={nodeId}
      position="bottom-right"
      resizeDirection="horizontal"
      className="node-width-handle"
      minWidth={NODE_MIN_WIDTH}
      maxWidth={NODE_RESIZE_MAX_WIDTH}
      onResize={onResize}
      onResizeEnd={onResizeEnd}
    >
      <span className="node-width-handle__hit" title={t('ui.canvas.selection.resizeWidth')} onDoubleClick={autoWidth} />
    </NodeResizeControl>
  );
});
