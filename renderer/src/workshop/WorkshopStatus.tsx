// The top bar's word on a workshop, in place of "Saved"/"Unsaved": the host writes
// the file, so what matters is whether this editor's changes are reaching it.
// Beside the title and the tools the chip may get less room than its words: the state
// ("Live", "Offline") always shows, the note after it gives way to an ellipsis, and the
// accessible name and tooltip say it whole.
import { useT } from '../i18n';
import { Icon } from '../ui/icons';
import { useWorkshop } from './workshopStore';

export function WorkshopStatus() {
  const t = useT();
  const connection = useWorkshop((s) => s.connection);
  const role = useWorkshop((s) => s.role);
  const offline = connection === 'offline';
  const text = t(offline ? 'ui.workshop.status.offline' : 'ui.workshop.status.live');
  const detail = t(offline ? 'ui.workshop.status.offlineDetail' : 'ui.workshop.status.liveDetail');
  return (
    <>
      {role === 'viewer' && (
        <span className="status-chip status-chip--readonly">
          <Icon name="lock" size={12} /> {t('ui.workshop.role.viewer')}
        </span>
      )}
      <span
        className={`status-chip status-chip--${offline ? 'offline' : 'live'}`}
        role="status"
        aria-label={text}
        title={t('ui.workshop.status.tooltip', { status: text, detail })}
      >
        <span className="dot" />
        <span className="status-chip__state">{t(offline ? 'ui.workshop.status.offlineState' : 'ui.workshop.status.liveState')}</span>
        <span className="status-chip__note">{t(offline ? 'ui.workshop.status.offlineNote' : 'ui.workshop.status.liveNote')}</span>
      </span>
    </>
  );
}
