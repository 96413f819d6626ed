// The facilitator's tools on the canvas (region "Facilitation"): dot voting, the agenda
// and presenting, bringing everyone to one's view, the private brainstorm, the canvas
// lock and the end of the workshop. Alone (no workshop) only what needs no second
// machine shows: the agenda and presenting (the timer has its own region).
import { Panel } from '@xyflow/react';
import { useId, useState } from 'react';
import { voteRoundsOf } from '../../../shared/model/facilitation';
import { useDocumentStore } from '../store/documentStore';
import { promptText } from '../ui/dialogs';
import { addFrame, present, removeFrame } from './agenda';
import { revealBrainstorm, startBrainstorm } from './brainstorm';
import { EndWorkshopDialog } from './EndWorkshopDialog';
import { bringEveryoneHere } from './follow';
import { setCanvasLocked } from './locks';
import { useRoom } from './room';
import { useRoomState } from './roomState';
import { StartVoteDialog } from './StartVoteDialog';
import { showRound, useFacilitationView, useToolsShown } from './view';

function Agenda() {
  const frames = useRoomState((s) => s.frames);
  const presenting = useRoomState((s) => s.presenting);
  const add = async () => {
    const title = await promptText({
      title: 'Add a frame to the agenda',
      message: 'The frame is the part of the canvas in view now.',
      label: 'Frame title',
      defaultValue: `${frames.length + 1}. `,
      confirmLabel: 'Add frame',
      validate: (value) => (value.trim() ? null : 'Give the frame a title.'),
    });
    if (title?.trim()) addFrame(title.trim());
  };
  return (
    <section className="facilitation__section" aria-label="Agenda">
      <h3 className="facilitation__heading">Agenda</h3>
      {frames.length === 0 ? (
        <p className="facilitation__hint">Frame a part of the canvas to step through it with everyone.</p>
      ) : (
        <ol className="agenda-list">
          {frames.map((f, i) => (
            <li key={f.id} className={i === presenting ? 'is-presented' : undefined}>
              <button type="button" className="button-link" onClick={() => present(i)} aria-current={i === presenting ? 'step' : undefined}>
                {f.title}
              </button>
              <button type="button" className="icon-button" aria-label={`Remove frame ${f.title}`} title="Remove frame" onClick={() => removeFrame(f.id)}>
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="facilitation__row">
        <button type="button" className="btn btn--sm" onClick={() => void add()}>
          Add frame
        </button>
        {presenting === null ? (
          <button type="button" className="btn btn--sm" onClick={() => present(0)} disabled={frames.length === 0}>
            Present
          </button>
        ) : (
          <>
            <button type="button" className="btn btn--sm" onClick={() => present(presenting - 1)} disabled={presenting === 0}>
              Previous
            </button>
            <button type="button" className="btn btn--sm" onClick={() => present(presenting + 1)} disabled={presenting >= frames.length - 1}>
              Next
            </button>
            <button type="button" className="btn btn--sm" onClick={() => present(null)}>
              Stop presenting
            </button>
          </>
        )}
      </div>
    </section>
  );
}

function Voting() {
  const vote = useRoomState((s) => s.vote);
  const plan = useDocumentStore((s) => s.plan);
  const rounds = plan ? voteRoundsOf(plan) : [];
  const shown = useFacilitationView((s) => s.shownRoundId);
  const [dialog, setDialog] = useState(false);
  const resultsId = useId();
  return (
    <section className="facilitation__section" aria-label="Dot voting">
      <h3 className="facilitation__heading">Dot voting</h3>
      <div className="facilitation__row">
        <button type="button" className="btn btn--sm" onClick={() => setDialog(true)} disabled={vote !== null}>
          Start vote
        </button>
      </div>
      {rounds.length > 0 && (
        <div className="facilitation__row">
          <label htmlFor={resultsId}>Results of</label>
          <select id={resultsId} value={shown ?? ''} onChange={(e) => showRound(e.target.value || null)}>
            <option value="">(hidden)</option>
            {[...rounds].reverse().map((r) => (
              <option key={r.id} value={r.id}>
                {r.question || 'Untitled vote'}
              </option>
            ))}
          </select>
        </div>
      )}
      {dialog && <StartVoteDialog onClose={() => setDialog(false)} />}
    </section>
  );
}

function RoomControls() {
  const locks = useRoomState((s) => s.locks);
  const brainstorm = useRoomState((s) => s.brainstorm);
  const [anonymous, setAnonymous] = useState(false);
  const [ending, setEnding] = useState(false);
  const anonymousId = useId();
  return (
    <section className="facilitation__section" aria-label="Room">
      <h3 className="facilitation__heading">Room</h3>
      <div className="facilitation__row">
        <button type="button" className="btn btn--sm" onClick={bringEveryoneHere}>
          Bring everyone here
        </button>
        <button type="button" className="btn btn--sm" aria-pressed={locks.canvas} onClick={() => setCanvasLocked(!locks.canvas)}>
          {locks.canvas ? 'Unlock canvas' : 'Lock canvas'}
        </button>
      </div>
      <div className="facilitation__row">
        {brainstorm.active ? (
          <button type="button" className="btn btn--sm" onClick={revealBrainstorm}>
            Reveal notes
          </button>
        ) : (
          <>
            <button type="button" className="btn btn--sm" onClick={() => startBrainstorm(anonymous)} title="New sticky notes stay on each person's machine until you reveal them">
              Start private brainstorm
            </button>
            <label htmlFor={anonymousId} className="facilitation__check">
              <input id={anonymousId} type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} /> Reveal without names
            </label>
          </>
        )}
      </div>
      <div className="facilitation__row">
        <button type="button" className="btn btn--sm btn--danger" onClick={() => setEnding(true)}>
          End workshop
        </button>
      </div>
      {ending && <EndWorkshopDialog onClose={() => setEnding(false)} />}
    </section>
  );
}

export function FacilitatorPanel() {
  const shown = useToolsShown();
  const live = useRoom((s) => s.room !== null);
  if (!shown) return null;
  return (
    <Panel position="top-left" className="facilitation nowheel" role="region" aria-label="Facilitation">
      <h2 className="facilitation__title">Facilitation</h2>
      {live && <Voting />}
      <Agenda />
      {live && <RoomControls />}
    </Panel>
  );
}
