// File ▸ Join Workshop… (desktop): paste a workshop link; the app checks it and opens
// the workshop in a window of its own, as a browser would.
import { useEffect, useId, useRef, useState } from 'react';
import { describeError, getHost } from '../host';
import { uiT, useT } from '../i18n';
import { showToast } from '../store/viewStore';
import { ModalFrame } from '../ui/dialogs';
import { closeJoinWorkshop, useDesktopWorkshop } from './desktopWorkshop';

export function JoinWorkshopDialog() {
  const open = useDesktopWorkshop((s) => s.joinOpen);
  return open ? <JoinWorkshopBody /> : null;
}

function JoinWorkshopBody() {
  const t = useT();
  const titleId = useId();
  const inputId = useId();
  const [link, setLink] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);

  const join = async () => {
    setBusy(true);
    try {
      await getHost().joinWorkshop({ link });
    } catch (err) {
      setError(describeError(err));
      setBusy(false);
      return;
    }
    closeJoinWorkshop();
    showToast(uiT('ui.workshop.joinDialog.opened'));
  };

  return (
    <ModalFrame titleId={titleId} title={t('ui.workshop.joinDialog.title')} onEscape={closeJoinWorkshop}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void join();
        }}
      >
        <p className="modal__body">{t('ui.workshop.joinDialog.body')}</p>
        <label htmlFor={inputId} className="field-label">
          {t('ui.workshop.joinDialog.linkLabel')}
        </label>
        <input
          id={inputId}
          ref={inputRef}
          className="input"
          value={link}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            setLink(event.target.value);
            setError(null);
          }}
        />
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <div className="modal__actions">
          <button type="button" className="btn" onClick={closeJoinWorkshop}>
            {t('ui.common.cancel')}
          </button>
          <button type="submit" className="btn btn--primary" disabled={busy || !link.trim()}>
            {t('ui.workshop.joinDialog.join')}
          </button>
        </div>
      </form>
    </ModalFrame>
  );
}
