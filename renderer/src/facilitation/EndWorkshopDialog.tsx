// "End workshop": the facilitator lists the decisions taken (one per line, optional);
// the host writes the workshop record into the plan (and the decisions as questions of
// kind `decision`) and answers `workshop-ended`, which this client confirms.
import { useEffect, useId, useState } from 'react';
import { alertDialog, ModalFrame } from '../ui/dialogs';
import { currentRoom, onHostMessage } from './room';

export function EndWorkshopDialog({ onClose }: { onClose(): void }) {
  const titleId = useId();
  const fieldId = useId();
  const [decisions, setDecisions] = useState('');
  const [sent, setSent] = useState(false);
  useEffect(
    () =>
      onHostMessage('workshop-ended', () => {
        onClose();
        void alertDialog('Workshop ended', 'The workshop record is in the plan: when it ran, who attended, each vote with its results, the decisions taken and the comments opened and resolved. The exported document lists it under “Workshop record”.');
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
    <ModalFrame titleId={titleId} title="End the workshop" onEscape={onClose}>
      <div className="modal__body">
        <p>The host writes a record of this workshop into the plan. Decisions taken in the room become questions of kind “decision”.</p>
        <label htmlFor={fieldId}>Decisions taken (one per line, optional)</label>
        <textarea id={fieldId} rows={4} value={decisions} onChange={(e) => setDecisions(e.target.value)} disabled={sent} />
        {sent && <p role="status">Writing the record…</p>}
      </div>
      <div className="modal__actions">
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="btn btn--primary" onClick={submit} disabled={sent}>
          End workshop
        </button>
      </div>
    </ModalFrame>
  );
}
