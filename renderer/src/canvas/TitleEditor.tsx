// The title of a node as a text box on the canvas (double-click, F2 or Enter).
// Enter or leaving the box keeps the text as one "Rename node" step; Escape
// leaves the title as it was. Saving (Ctrl+S) keeps the typed title first.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useT } from '../i18n';
import { commitTitle, endTitleEdit } from './titleEditing';

export function TitleEditor({ nodeId, title }: { nodeId: string; title: string }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  // A node just added is drawn hidden until React Flow has measured it, and a hidden
  // box cannot take focus: try again each frame until it can (a few frames at most).
  useEffect(() => {
    let frame = 0;
    let tries = 0;
    const focus = () => {
      const el = input.current;
      if (!el || done.current) return;
      el.focus();
      if (document.activeElement === el) el.select();
      else if (++tries < 30) frame = requestAnimationFrame(focus);
    };
    focus();
    return () => cancelAnimationFrame(frame);
  }, []);
  const finish = (keep: boolean) => {
    if (done.current) return;
    done.current = true;
    if (keep && input.current) commitTitle(nodeId, input.current.value);
    else endTitleEdit();
    // Back to the node, so the keyboard carries on from where the edit began.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`)?.focus());
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      finish(event.key === 'Enter');
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      // Saving while typing saves what was typed: keep it first, then let the shortcut through.
      finish(true);
    }
  };
  return (
    <input
      ref={input}
      className="node-title-editor nodrag nopan nowheel"
      aria-label={t('ui.canvas.node.title')}
      defaultValue={title}
      maxLength={200}
      onKeyDown={onKeyDown}
      onBlur={() => finish(true)}
      onDoubleClick={(event) => event.stopPropagation()}
    />
  );
}
