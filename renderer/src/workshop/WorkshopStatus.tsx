// The top bar's word on a workshop, in place of "Saved"/"Unsaved": the host writes
// the file, so what matters is whether this editor's changes are reaching it.
import { Icon } from '../ui/icons';
import { useWorkshop } from './workshopStore';

export function WorkshopStatus() {
  const connection = useWorkshop((s) => s.connection);
  const role = useWorkshop((s) => s.role);
  const text = connection === 'offline' ? 'Offline · your edits merge when the host is back' : 'Live · saved by the host';
  return (
    <>
      {role === 'viewer' && (
        <span className="status-chip status-chip--readonly">
          <Icon name="lock" size={12} /> Viewer
        </span>
      )}
      <span className={`status-chip status-chip--${connection === 'offline' ? 'offline' : 'live'}`} role="status" aria-label={text} title={text}>
        <span className="dot" /> {text}
      </span>
    </>
  );
}
