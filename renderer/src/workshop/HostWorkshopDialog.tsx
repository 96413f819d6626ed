// File ▸ Host Workshop… (desktop): where the workshop can be reached, then its three
// links with Copy buttons, a QR code of the participant link and "Stop workshop".
// The dialog stays while the workshop runs: this window's plan is the room's now,
// edited in the facilitator's view (a window of its own).
import { useEffect, useId, useRef, useState } from 'react';
import type { HostedWorkshop } from '../../../shared/host/contract';
import { useT } from '../i18n';
import { ModalFrame } from '../ui/dialogs';
import { closeHostDialog, showFacilitatorView, startHosting, stopHosting, useDesktopWorkshop, type HostDialog } from './desktopWorkshop';
import './host-dialogs.css';

export function HostWorkshopDialog() {
  const host = useDesktopWorkshop((s) => s.host);
  if (!host) return null;
  return host.step === 'choose' ? <ChooseStep state={host} /> : <HostingStep state={host} />;
}

function ChooseStep({ state }: { state: Extract<HostDialog, { step: 'choose' }> }) {
  const t = useT();
  const titleId = useId();
  const [lan, setLan] = useState(false);
  const firstRef = useRef<HTMLInputElement>(null);
  useEffect(() => firstRef.current?.focus(), []);
  return (
    <ModalFrame titleId={titleId} title={t('ui.workshop.hostDialog.title')} onEscape={() => !state.busy && closeHostDialog()}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void startHosting(lan);
        }}
      >
        <fieldset className="host-workshop__choice" disabled={state.busy}>
          <legend className="field-label">{t('ui.workshop.hostDialog.whoCanJoin')}</legend>
          <label>
            <input ref={firstRef} type="radio" name="reach" checked={!lan} onChange={() => setLan(false)} /> {t('ui.workshop.hostDialog.thisComputer')}
          </label>
          <label>
            <input type="radio" name="reach" checked={lan} onChange={() => setLan(true)} /> {t('ui.workshop.hostDialog.thisNetwork')}
          </label>
          {lan && (
            <p className="host-workshop__warning">
              {t('ui.workshop.hostDialog.lanWarning')}
            </p>
          )}
        </fieldset>
        {state.error && (
          <p role="alert" className="field-error">
            {state.error}
          </p>
        )}
        <div className="modal__actions">
          <button type="button" className="btn" onClick={closeHostDialog} disabled={state.busy}>
            {t('ui.common.cancel')}
          </button>
          <button type="submit" className="btn btn--primary" disabled={state.busy}>
            {t(state.busy ? 'ui.workshop.hostDialog.starting' : 'ui.workshop.hostDialog.host')}
          </button>
        </div>
      </form>
    </ModalFrame>
  );
}

type LinkRole = keyof HostedWorkshop['links'];
const LINK_ROLES: LinkRole[] = ['participant', 'viewer', 'facilitator'];

function HostingStep({ state }: { state: Extract<HostDialog, { step: 'hosting' }> }) {
  const t = useT();
  const titleId = useId();
  const { hosted } = state;
  const qr = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(hosted.qrSvg)}`;
  return (
    // Escape does not end a workshop: "Stop workshop" does, or closing the window.
    <ModalFrame titleId={titleId} title={t('ui.workshop.hostDialog.runningTitle')} onEscape={() => {}} wide>
      <p className="modal__body">{t('ui.workshop.hostDialog.runningBody', { lan: hosted.lan ? 'yes' : 'no' })}</p>
      <div className="host-workshop">
        <div className="host-workshop__links">
          {LINK_ROLES.map((role) => (
            <LinkRow key={role} role={role} link={hosted.links[role]} />
          ))}
        </div>
        <figure className="host-workshop__qr">
          <img src={qr} width={176} height={176} alt={t('ui.workshop.hostDialog.qrAlt')} />
          <figcaption>{t('ui.workshop.hostDialog.link.participant')}</figcaption>
        </figure>
      </div>
      {state.error && (
        <p role="alert" className="field-error">
          {state.error}
        </p>
      )}
      <div className="modal__actions">
        <button type="button" className="btn" onClick={() => void showFacilitatorView()} disabled={state.busy}>
          {t('ui.workshop.hostDialog.openFacilitatorView')}
        </button>
        <button type="button" className="btn btn--danger" onClick={() => void stopHosting()} disabled={state.busy}>
          {t(state.busy ? 'ui.workshop.hostDialog.stopping' : 'ui.workshop.hostDialog.stop')}
        </button>
      </div>
    </ModalFrame>
  );
}

function LinkRow({ role, link }: { role: LinkRole; link: string }) {
  const t = useT();
  const inputId = useId();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = () => {
    navigator.clipboard.writeText(link).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  };
  return (
    <div className="host-workshop__link">
      <label htmlFor={inputId} className="field-label">
        {t(`ui.workshop.hostDialog.link.${role}`)} <span className="host-workshop__hint">{t(`ui.workshop.hostDialog.hint.${role}`)}</span>
      </label>
      <div className="host-workshop__row">
        <input id={inputId} className="input" value={link} readOnly onFocus={(event) => event.currentTarget.select()} />
        <button type="button" className="btn" onClick={copy} aria-label={t(`ui.workshop.hostDialog.copyLink.${role}`)}>
          {t(copied === 'yes' ? 'ui.common.copied' : 'ui.common.copy')}
        </button>
      </div>
      {copied === 'failed' && <p className="field-error">{t('ui.workshop.hostDialog.copyFailed')}</p>}
    </div>
  );
}
