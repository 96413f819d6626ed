// What a workshop link shows before the plan is open: "Joining…" while the shared
// document arrives, or a way to join (again) after the name dialog was dismissed,
// the host refused, or the person left.
import { useT } from '../i18n';
import { joinWorkshop } from './join';
import { useWorkshop } from './workshopStore';
import './workshop.css';

export function WorkshopGate({ starting }: { starting: boolean }) {
  const t = useT();
  const connection = useWorkshop((s) => s.connection);
  const note = useWorkshop((s) => s.joiningNote);
  const busy = starting || connection === 'joining';
  return (
    <main className="workshop-gate" aria-label={t('ui.workshop.gate.label')} aria-busy={busy}>
      <div className="workshop-gate__card">
        <h1 className="workshop-gate__title">{t('ui.workshop.gate.title')}</h1>
        {busy ? (
          <p role="status">{note ?? t('ui.workshop.gate.joining')}</p>
        ) : (
          <>
            <p>{t('ui.workshop.gate.notIn')}</p>
            <button type="button" className="btn btn--primary" onClick={() => void joinWorkshop()}>
              {t('ui.workshop.gate.join')}
            </button>
          </>
        )}
      </div>
    </main>
  );
}
