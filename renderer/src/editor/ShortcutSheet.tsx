// The keyboard shortcuts sheet (`?`): every shortcut, grouped as people look for them.
import { useEffect, useRef } from 'react';
import { ModalFrame } from '../ui/dialogs';
import { useEditorOverlays } from './editorOverlays';
import { SHORTCUT_GROUPS } from './shortcutList';

export function ShortcutSheet() {
  const open = useEditorOverlays((s) => s.shortcuts);
  const close = () => useEditorOverlays.setState({ shortcuts: false });
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) closeButton.current?.focus();
  }, [open]);
  if (!open) return null;
  return (
    <ModalFrame titleId="shortcut-sheet-title" title="Keyboard shortcuts" onEscape={close} wide>
      <div className="shortcut-sheet">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.title} aria-label={group.title}>
            <h3>{group.title}</h3>
            <dl>
              {group.shortcuts.map((s) => (
                <div key={s.id} className="shortcut-sheet__row">
                  <dt>
                    <kbd>{s.keys}</kbd>
                  </dt>
                  <dd>{s.does}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="modal__actions">
        <button ref={closeButton} type="button" className="btn btn--primary" onClick={close}>
          Close
        </button>
      </div>
    </ModalFrame>
  );
}
