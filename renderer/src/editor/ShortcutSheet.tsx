// The keyboard shortcuts sheet (`?`): every shortcut, grouped as people look for them.
import { useEffect, useRef } from 'react';
import { useT } from '../i18n';
import { ModalFrame } from '../ui/dialogs';
import { useEditorOverlays } from './editorOverlays';
import { shortcutGroups } from './shortcutList';

export function ShortcutSheet() {
  const t = useT();
  const open = useEditorOverlays((s) => s.shortcuts);
  const close = () => useEditorOverlays.setState({ shortcuts: false });
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) closeButton.current?.focus();
  }, [open]);
  if (!open) return null;
  return (
    <ModalFrame titleId="shortcut-sheet-title" title={t('ui.app.shortcuts.title')} onEscape={close} wide>
      <div className="shortcut-sheet">
        {shortcutGroups(t).map((group) => (
          <section key={group.id} aria-label={group.title}>
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
          {t('ui.common.close')}
        </button>
      </div>
    </ModalFrame>
  );
}
