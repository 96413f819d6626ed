// "End workshop": the facilitator lists the decisions taken (one per line, optional);
// the host writes the workshop record into the plan (and the decisions as questions of
// kind `decision`) and answers `workshop-ended`, which this client confirms.
import { useEffect, useId, useState } from 'react';
import { uiT, useT } from '../i18n';
import { alertDialog, ModalFrame } from '../ui/dialogs';
import { currentRoom, onHostMessage } from './room';

export function EndWorkshopDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const titleId = useId();
  const fieldId = useId();
  const [decisions, setDecisions] = useState('');
  const [sent, setSent] = useState(false);
  useEffect(
    () =>
      onHostMessage('workshop-ended', () => {
        onClose();
        void alertDialog(uiT('ui.facilitation.endWorkshop.endedTitle'), uiT('ui.facilitation.endWorkshop.endedMessage'));
      }),
    [onClose],
  );
  const submit = () => {
    const list = decisions
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((text) => ({ text }));
    currentRoom()?.send({ type: 'end-workshop', decisions: list });
    setSent(true);
  };
  return (
    <ModalFrame titleId={titleId} title={t('ui.facilitation.endWorkshop.title')} onEscape={onClose}>
      <div className="modal__body">
        <p>{t('ui.facilitation.endWorkshop.intro')}</p>
        <label htmlFor={fieldId}>{t('ui.facilitation.endWorkshop.decisions')}</label>
        <textarea id={fieldId} rows={4} value={decisions} onChange={(e) => setDecisions(e.target.value)} disabled={sent} />
        {sent && <p role="status">{t('ui.facilitation.endWorkshop.writing')}</p>}
      </div>
      <div className="modal__actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('ui.common.cancel')}
        </button>
        <button type="button" className="btn btn--primary" onClick={submit} disabled={sent}>
          {t('ui.facilitation.endWorkshop.submit')}
        </button>
      </div>
    </ModalFrame>
  );
}
