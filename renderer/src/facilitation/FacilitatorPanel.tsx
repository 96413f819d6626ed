// The facilitator's tools on the canvas (region "Facilitation"): dot voting, the agenda
// and presenting, bringing everyone to one's view, the private brainstorm, the canvas
// lock and the end of the workshop. Alone (no workshop) only what needs no second
// machine shows: the agenda and presenting (the timer has its own region). Its dialogs
// go to the page's body: inside the panel, the dock (a later panel) would cover them.
import { Panel } from '@xyflow/react';
import { useId, useState } from 'react';
import { createPortal } from 'react-dom';
import { voteRoundsOf } from '../../../shared/model/facilitation';
import { useT } from '../i18n';
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
  const t = useT();
  const frames = useRoomState((s) => s.frames);
  const presenting = useRoomState((s) => s.presenting);
  const add = async () => {
    const title = await promptText({
      title: t('ui.facilitation.agenda.addDialogTitle'),
      message: t('ui.facilitation.agenda.addDialogMessage'),
      label: t('ui.facilitation.agenda.frameTitle'),
      defaultValue: `${frames.length + 1}. `,
      confirmLabel: t('ui.facilitation.agenda.addFrame'),
      validate: (value) => (value.trim() ? null : t('ui.facilitation.agenda.giveTitle')),
    });
    if (title?.trim()) addFrame(title.trim());
  };
  return (
    <section className="facilitation__section" aria-label={t('ui.facilitation.agenda.title')}>
      <h3 className="facilitation__heading">{t('ui.facilitation.agenda.title')}</h3>
      {frames.length === 0 ? (
        <p className="facilitation__hint">{t('ui.facilitation.agenda.hint')}</p>
      ) : (
        <ol className="agenda-list">
          {frames.map((f, i) => (
            <li key={f.id} className={i === presenting ? 'is-presented' : undefined}>
              <button type="button" className="button-link" onClick={() => present(i)} aria-current={i === presenting ? 'step' : undefined}>
                {f.title}
              </button>
              <button type="button" className="icon-button" aria-label={t('ui.facilitation.agenda.removeNamedFrame', { title: f.title })} title={t('ui.facilitation.agenda.removeFrame')} onClick={() => removeFrame(f.id)}>
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="facilitation__row">
        <button type="button" className="btn btn--sm" onClick={() => void add()}>
          {t('ui.facilitation.agenda.addFrame')}
        </button>
        {presenting === null ? (
          <button type="button" className="btn btn--sm" onClick={() => present(0)} disabled={frames.length === 0}>
            {t('ui.facilitation.agenda.present')}
          </button>
        ) : (
          <>
            <button type="button" className="btn btn--sm" onClick={() => present(presenting - 1)} disabled={presenting === 0}>
              {t('ui.facilitation.agenda.previous')}
            </button>
            <button type="button" className="btn btn--sm" onClick={() => present(presenting + 1)} disabled={presenting >= frames.length - 1}>
              {t('ui.facilitation.agenda.next')}
            </button>
            <button type="button" className="btn btn--sm" onClick={() => present(null)}>
              {t('ui.facilitation.agenda.stopPresenting')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}

function Voting() {
  const t = useT();
  const vote = useRoomState((s) => s.vote);
  const plan = useDocumentStore((s) => s.plan);
  const rounds = plan ? voteRoundsOf(plan) : [];
  const shown = useFacilitationView((s) => s.shownRoundId);
  const [dialog, setDialog] = useState(false);
  const resultsId = useId();
  return (
    <section className="facilitation__section" aria-label={t('ui.facilitation.voting.title')}>
      <h3 className="facilitation__heading">{t('ui.facilitation.voting.title')}</h3>
      <div className="facilitation__row">
        <button type="button" className="btn btn--sm" onClick={() => setDialog(true)} disabled={vote !== null}>
          {t('ui.facilitation.voting.startVote')}
        </button>
      </div>
      {rounds.length > 0 && (
        <div className="facilitation__row">
          <label htmlFor={resultsId}>{t('ui.facilitation.voting.resultsOf')}</label>
          <select id={resultsId} value={shown ?? ''} onChange={(e) => showRound(e.target.value || null)}>
            <option value="">{t('ui.facilitation.voting.hidden')}</option>
            {[...rounds].reverse().map((r) => (
              <option key={r.id} value={r.id}>
                {r.question || t('ui.facilitation.voting.untitledVote')}
              </option>
            ))}
          </select>
        </div>
      )}
      {dialog && createPortal(<StartVoteDialog onClose={() => setDialog(false)} />, document.body)}
    </section>
  );
}

function RoomControls() {
  const t = useT();
  const locks = useRoomState((s) => s.locks);
  const brainstorm = useRoomState((s) => s.brainstorm);
  const [anonymous, setAnonymous] = useState(false);
  const [ending, setEnding] = useState(false);
  const anonymousId = useId();
  return (
    <section className="facilitation__section" aria-label={t('ui.facilitation.roomControls.title')}>
      <h3 className="facilitation__heading">{t('ui.facilitation.roomControls.title')}</h3>
      <div className="facilitation__row">
        <button type="button" className="btn btn--sm" onClick={bringEveryoneHere}>
          {t('ui.facilitation.roomControls.bringEveryoneHere')}
        </button>
        <button type="button" className="btn btn--sm" aria-pressed={locks.canvas} onClick={() => setCanvasLocked(!locks.canvas)}>
          {locks.canvas ? t('ui.facilitation.roomControls.unlockCanvas') : t('ui.facilitation.roomControls.lockCanvas')}
        </button>
      </div>
      <div className="facilitation__row">
        {brainstorm.active ? (
          <button type="button" className="btn btn--sm" onClick={revealBrainstorm}>
            {t('ui.facilitation.roomControls.revealNotes')}
          </button>
        ) : (
          <>
            <button type="button" className="btn btn--sm" onClick={() => startBrainstorm(anonymous)} title={t('ui.facilitation.roomControls.startBrainstormHint')}>
              {t('ui.facilitation.roomControls.startBrainstorm')}
            </button>
            <label htmlFor={anonymousId} className="facilitation__check">
              <input id={anonymousId} type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} /> {t('ui.facilitation.roomControls.revealWithoutNames')}
            </label>
          </>
        )}
      </div>
      <div className="facilitation__row">
        <button type="button" className="btn btn--sm btn--danger" onClick={() => setEnding(true)}>
          {t('ui.facilitation.roomControls.endWorkshop')}
        </button>
      </div>
      {ending && createPortal(<EndWorkshopDialog onClose={() => setEnding(false)} />, document.body)}
    </section>
  );
}

export function FacilitatorPanel() {
  const t = useT();
  const shown = useToolsShown();
  const live = useRoom((s) => s.room !== null);
  if (!shown) return null;
  return (
    <Panel position="top-left" className="facilitation nowheel" role="region" aria-label={t('ui.facilitation.panel.title')}>
      <h2 className="facilitation__title">{t('ui.facilitation.panel.title')}</h2>
      {live && <Voting />}
      <Agenda />
      {live && <RoomControls />}
    </Panel>
  );
}
