// File ▸ Host Workshop… (desktop): where the workshop can be reached, then its three
// links with Copy buttons, a QR code of the participant link and "Stop workshop".
// The dialog stays while the workshop runs: this window's plan is the room's now,
// edited in the facilitator's view (a window of its own).
import { useEffect, useId, useRef, useState } from 'react';
import type { HostedWorkshop } from '../../../shared/host/contract';
import { ModalFrame } from '../ui/dialogs';
import { closeHostDialog, showFacilitatorView, startHosting, stopHosting, useDesktopWorkshop, type HostDialog } from './desktopWorkshop';
import './host-dialogs.css';

export function HostWorkshopDialog() {
  const host = useDesktopWorkshop((s) => s.host);
  if (!host) return null;
  return host.step === 'choose' ? <ChooseStep state={host} /> : <HostingStep state={host} />;
}

function ChooseStep({ state }: { state: Extract<HostDialog, { step: 'choose' }> }) {
  const titleId = useId();
  const [lan, setLan] = useState(false);
  const firstRef = useRef<HTMLInputElement>(null);
  useEffect(() => firstRef.current?.focus(), []);
  return (
    <ModalFrame titleId={titleId} title="Host a workshop" onEscape={() => !state.busy && closeHostDialog()}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void startHosting(lan);
        }}
      >
        <fieldset className="host-workshop__choice" disabled={state.busy}>
          <legend className="field-label">Who can join</legend>
          <label>
            <input ref={firstRef} type="radio" name="reach" checked={!lan} onChange={() => setLan(false)} /> Only this computer
          </label>
          <label>
            <input type="radio" name="reach" checked={lan} onChange={() => setLan(true)} /> Everyone on this network
          </label>
          {lan && (
            <p className="host-workshop__warning">
              Anyone with a link can join in its role, and the connection is not encrypted: use this only on a network you trust.
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
            Cancel
          </button>
          <button type="submit" className="btn btn--primary" disabled={state.busy}>
            {state.busy ? 'Starting…' : 'Host workshop'}
          </button>
        </div>
      </form>
    </ModalFrame>
  );
}

const LINKS: { role: keyof HostedWorkshop['links']; label: string; hint: string }[] = [
  { role: 'participant', label: 'Participant link', hint: 'edits the plan' },
  { role: 'viewer', label: 'Viewer link', hint: 'watches, edits nothing' },
  { role: 'facilitator', label: 'Facilitator link', hint: 'everything, keep it to yourself' },
];

function HostingStep({ state }: { state: Extract<HostDialog, { step: 'hosting' }> }) {
  const titleId = useId();
  const { hosted } = state;
  const qr = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(hosted.qrSvg)}`;
  return (
    // Escape does not end a workshop: "Stop workshop" does, or closing the window.
    <ModalFrame titleId={titleId} title="Workshop running" onEscape={() => {}} wide>
      <p className="modal__body">
        {hosted.lan ? 'People on this network join with these links.' : 'Only this computer can join (the links use 127.0.0.1).'} The facilitator&apos;s view
        opened in a window of its own; the host saves the plan file as the room edits.
      </p>
      <div className="host-workshop">
        <div className="host-workshop__links">
          {LINKS.map(({ role, label, hint }) => (
            <LinkRow key={role} label={label} hint={hint} link={hosted.links[role]} />
          ))}
        </div>
        <figure className="host-workshop__qr">
          <img src={qr} width={176} height={176} alt="QR code of the participant link" />
          <figcaption>Participant link</figcaption>
        </figure>
      </div>
      {state.error && (
        <p role="alert" className="field-error">
          {state.error}
        </p>
      )}
      <div className="modal__actions">
        <button type="button" className="btn" onClick={() => void showFacilitatorView()} disabled={state.busy}>
          Open facilitator view
        </button>
        <button type="button" className="btn btn--danger" onClick={() => void stopHosting()} disabled={state.busy}>
          {state.busy ? 'Stopping…' : 'Stop workshop'}
        </button>
      </div>
    </ModalFrame>
  );
}

function LinkRow({ label, hint, link }: { label: string; hint: string; link: string }) {
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
        {label} <span className="host-workshop__hint">({hint})</span>
      </label>
      <div className="host-workshop__row">
        <input id={inputId} className="input" value={link} readOnly onFocus={(event) => event.currentTarget.select()} />
        <button type="button" className="btn" onClick={copy} aria-label={`Copy ${label.toLowerCase()}`}>
          {copied === 'yes' ? 'Copied' : 'Copy'}
        </button>
      </div>
      {copied === 'failed' && <p className="field-error">Could not copy: select the link and copy it yourself.</p>}
    </div>
  );
}
