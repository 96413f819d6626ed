// The top bar's word on a workshop, in place of "Saved"/"Unsaved": the host writes
// the file, so what matters is whether this editor's changes are reaching it.
import { Icon } from '../ui/icons';
import { useWorkshop } from './workshopStore';

export function WorkshopStatus() {
  const connection = useWorkshop((s) => s.connection);
  const role = useWorkshop((s) => s.role);
  const offline = connection === 'offline';
  const text = offline ? 'Offline · edits kept' : 'Live · saved by the host';
  const detail = offline
    ? 'The workshop host cannot be reached. Your edits are kept in this browser and merge when it is back.'
    : 'Everyone’s edits reach the host, which saves the plan file.';
  return (
    <>
      {role === 'viewer' && (
        <span className="status-chip status-chip--readonly">
          <Icon name="lock" size={12} /> Viewer
        </span>
      )}
      <span className={`status-chip status-chip--${offline ? 'offline' : 'live'}`} role="status" aria-label={text} title={detail}>
        <span className="dot" /> {text}
      </span>
    </>
  );
}
