// The facilitator's "Start vote" dialog: the question, the votes each person has
// (default 3) and, optionally, how many of them may go to one item.
import { useId, useState } from 'react';
import { useT } from '../i18n';
import { ModalFrame } from '../ui/dialogs';
import { startVote } from './voting';

export function StartVoteDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const titleId = useId();
  const ids = { question: useId(), per: useId(), max: useId() };
  const [question, setQuestion] = useState('');
  const [perPerson, setPerPerson] = useState('3');
  const [max, setMax] = useState('');
  const per = Number(perPerson);
  const maxValue = max.trim() ? Number(max) : undefined;
  const valid = Number.isInteger(per) && per > 0 && per <= 50 && (maxValue === undefined || (Number.isInteger(maxValue) && maxValue > 0));
  const submit = () => {
    if (!valid) return;
    startVote(question.trim(), per, maxValue);
    onClose();
  };
  return (
    <ModalFrame titleId={titleId} title={t('ui.facilitation.startVote.title')} onEscape={onClose}>
      <form
        className="modal__body form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label htmlFor={ids.question}>{t('ui.facilitation.startVote.question')}</label>
        <input id={ids.question} value={question} placeholder={t('ui.facilitation.startVote.questionPlaceholder')} autoFocus onChange={(e) => setQuestion(e.target.value)} />
        <label htmlFor={ids.per}>{t('ui.facilitation.startVote.votesPerPerson')}</label>
        <input id={ids.per} type="number" min={1} max={50} value={perPerson} onChange={(e) => setPerPerson(e.target.value)} />
        <label htmlFor={ids.max}>{t('ui.facilitation.startVote.maxPerItem')}</label>
        <input id={ids.max} type="number" min={1} value={max} placeholder={t('ui.facilitation.startVote.noLimit')} onChange={(e) => setMax(e.target.value)} />
        <div className="modal__actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('ui.common.cancel')}
          </button>
          <button type="submit" className="btn btn--primary" disabled={!valid}>
            {t('ui.facilitation.startVote.submit')}
          </button>
        </div>
      </form>
    </ModalFrame>
  );
}
