// What a workshop link shows before the plan is open: "Joining…" while the shared
// document arrives, or a way to join (again) after the name dialog was dismissed,
// the host refused, or the person left.
import { joinWorkshop } from './join';
import { useWorkshop } from './workshopStore';
import './workshop.css';

export function WorkshopGate({ starting }: { starting: boolean }) {
  const connection = useWorkshop((s) => s.connection);
  const note = useWorkshop((s) => s.joiningNote);
  const busy = starting || connection === 'joining';
  return (
    <main className="workshop-gate" aria-label="Workshop" aria-busy={busy}>
      <div className="workshop-gate__card">
        <h1 className="workshop-gate__title">Live workshop</h1>
        {busy ? (
          <p role="status">{note ?? 'Joining the workshop…'}</p>
        ) : (
          <>
            <p>You are not in the workshop.</p>
            <button type="button" className="btn btn--primary" onClick={() => void joinWorkshop()}>
              Join…
            </button>
          </>
        )}
      </div>
    </main>
  );
}
