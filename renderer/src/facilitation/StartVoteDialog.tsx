// The facilitator's "Start vote" dialog: the question, the votes each person has
// (default 3) and, optionally, how many of them may go to one item.
import { useId, useState } from 'react';
import { ModalFrame } from '../ui/dialogs';
import { startVote } from './voting';

export function StartVoteDialog({ onClose }: { onClose(): void }) {
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
    <ModalFrame titleId={titleId} title="Start a dot vote" onEscape={onClose}>
      <form
        className="modal__body form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label htmlFor={ids.question}>Question</label>
        <input id={ids.question} value={question} placeholder="Which integration is riskiest?" autoFocus onChange={(e) => setQuestion(e.target.value)} />
        <label htmlFor={ids.per}>Votes per person</label>
        <input id={ids.per} type="number" min={1} max={50} value={perPerson} onChange={(e) => setPerPerson(e.target.value)} />
        <label htmlFor={ids.max}>At most per item</label>
        <input id={ids.max} type="number" min={1} value={max} placeholder="No limit" onChange={(e) => setMax(e.target.value)} />
        <div className="modal__actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn--primary" disabled={!valid}>
            Start vote
          </button>
        </div>
      </form>
    </ModalFrame>
  );
}
