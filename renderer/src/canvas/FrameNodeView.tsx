// A frame drawn on the canvas: a dashed, titled rectangle behind the nodes (as the
// exported diagram draws it). The title bar moves it (its nodes follow), a
// double-click or F2 renames it in place, Delete or its × removes it (its nodes
// stay); the corners and sides resize it.
import { NodeResizer, type NodeProps, type OnResize, type OnResizeEnd } from '@xyflow/react';
import { memo, useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import { useT } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { Icon } from '../ui/icons';
import { deleteFrame, renameFrame, resizeFrame, useFrameUi, type FrameFlowNode } from './frames';
import './lanesFrames.css';

const MIN_SIZE = { width: 120, height: 80 };

function FrameTitleEditor({ id, title }: { id: string; title: string }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    if (commit && input.current && input.current.value !== title) renameFrame(id, input.current.value);
    else useFrameUi.setState({ editing: null });
  };
  return (
    <input
      ref={input}
      className="frame-node__input nodrag"
      aria-label={t('ui.canvas.frames.titleField')}
      defaultValue={title}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') finish(true);
        else if (event.key === 'Escape') finish(false);
      }}
      onBlur={() => finish(true)}
    />
  );
}

function FrameNodeViewImpl({ id, data }: NodeProps<FrameFlowNode>) {
  const t = useT();
  const { frame } = data;
  const editing = useFrameUi((s) => s.editing === id);
  const readOnly = useDocumentStore((s) => Boolean(s.doc?.readOnlyReason));
  const startEdit = useCallback(() => {
    if (!readOnly) useFrameUi.setState({ editing: id });
  }, [id, readOnly]);
  const onResize: OnResize = useCallback((_event, p) => useFrameUi.setState({ resizing: { id, x: p.x, y: p.y, width: p.width, height: p.height } }), [id]);
  const onResizeEnd: OnResizeEnd = useCallback((_event, p) => resizeFrame(id, p), [id]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (readOnly) return;
    if (event.key === 'F2' || event.key === 'Enter') startEdit();
    else if (event.key === 'Delete' || event.key === 'Backspace') deleteFrame(id);
    else return;
    // The frame's own keys: not the canvas's (rename a node, delete the selection).
    event.preventDefault();
    event.stopPropagation();
  };
  const shownTitle = frame.title || t('ui.canvas.frames.defaultTitle');

  return (
    <div className="frame-node">
      {!readOnly && <NodeResizer minWidth={MIN_SIZE.width} minHeight={MIN_SIZE.height} onResize={onResize} onResizeEnd={onResizeEnd} color="var(--accent)" />}
      <div className="frame-node__bar">
        {editing ? (
          <FrameTitleEditor id={id} title={frame.title} />
        ) : (
          <div
            className="frame-node__title"
            role="button"
            tabIndex={0}
            title={readOnly ? shownTitle : t('ui.canvas.frames.renameHint')}
            onDoubleClick={(event) => {
              event.stopPropagation();
              startEdit();
            }}
            onKeyDown={onKeyDown}
          >
            <span className={frame.title ? undefined : 'frame-node__placeholder'}>{shownTitle}</span>
          </div>
        )}
        {!readOnly && !editing && (
          <button type="button" className="frame-node__delete nodrag" aria-label={t('ui.canvas.frames.delete')} title={t('ui.canvas.frames.delete')} onClick={() => deleteFrame(id)}>
            <Icon name="close" size={12} />
          </button>
        )}
      </div>
    </div>
  );
}

export const FrameNodeView = memo(FrameNodeViewImpl);
export const FRAME_NODE_TYPES = { frame: FrameNodeView };
