// In-app modal dialogs as promises: `ask` for a choice, `promptText` for a name.
// One dialog shows at a time; further requests wait their turn. Used where the
// browser host has no native dialog and for every question the document flow asks.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { create } from 'zustand';
import { uiT, useT } from '../i18n';

export interface DialogButton {
  id: string;
  label: string;
  tone?: 'primary' | 'danger' | 'default';
}

interface ChoiceRequest {
  kind: 'choice';
  title: string;
  message: ReactNode;
  /** Monospace detail, e.g. a list of file errors. */
  detail?: string;
  buttons: DialogButton[];
  /** The answer when the user presses Escape. */
  cancelId: string;
}

interface PromptRequest {
  kind: 'prompt';
  title: string;
  message?: ReactNode;
  label: string;
  defaultValue: string;
  /** Shown after the input, e.g. ".handoff.json". */
  suffix?: string;
  confirmLabel: string;
  /** A message when the value cannot be used, else null. */
  validate?(value: string): string | null;
}

type Pending = (ChoiceRequest & { resolve(answer: string): void }) | (PromptRequest & { resolve(answer: string | null): void });

const useDialogQueue = create<{ queue: Pending[] }>()(() => ({ queue: [] }));

function enqueue(pending: Pending): void {
  useDialogQueue.setState((s) => ({ queue: [...s.queue, pending] }));
}

function dequeue(pending: Pending): void {
  useDialogQueue.setState((s) => ({ queue: s.queue.filter((p) => p !== pending) }));
}

/** Shows a dialog with buttons; resolves with the id of the button chosen (or `cancelId` on Escape). */
export function ask(request: Omit<ChoiceRequest, 'kind'>): Promise<string> {
  return new Promise((resolve) => enqueue({ ...request, kind: 'choice', resolve }));
}

/** Shows a dialog asking for text; resolves with the text, or null when canceled. */
export function promptText(request: Omit<PromptRequest, 'kind'>): Promise<string | null> {
  return new Promise((resolve) => enqueue({ ...request, kind: 'prompt', resolve }));
}

/** Tells the user something that needs acknowledging. */
export async function alertDialog(title: string, message: ReactNode, detail?: string): Promise<void> {
  await ask({ title, message, detail, buttons: [{ id: 'ok', label: uiT('ui.common.ok'), tone: 'primary' }], cancelId: 'ok' });
}

export function hasOpenDialog(): boolean {
  return useDialogQueue.getState().queue.length > 0;
}

export function DialogHost() {
  const current = useDialogQueue((s) => s.queue[0]);
  if (!current) return null;
  return current.kind === 'choice' ? <ChoiceDialog key={queueKey(current)} request={current} /> : <PromptDialog key={queueKey(current)} request={current} />;
}

const keys = new WeakMap<Pending, number>();
let nextKey = 0;
function queueKey(pending: Pending): number {
  let key = keys.get(pending);
  if (key === undefined) keys.set(pending, (key = ++nextKey));
  return key;
}

export function ModalFrame({
  titleId,
  title,
  children,
  onEscape,
  wide,
}: {
  titleId: string;
  title: string;
  children: ReactNode;
  onEscape(): void;
  wide?: boolean;
}) {
  return (
    <div
      className="modal-backdrop"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onEscape();
        }
      }}
    >
      <div role="dialog" aria-modal="true" aria-labelledby={titleId} className={wide ? 'modal modal--wide' : 'modal'}>
        <h2 id={titleId} className="modal__title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}

function ChoiceDialog({ request }: { request: ChoiceRequest & { resolve(answer: string): void } }) {
  const titleId = useId();
  const primaryRef = useRef<HTMLButtonElement>(null);
  useEffect(() => primaryRef.current?.focus(), []);
  const answer = (id: string) => {
    dequeue(request);
    request.resolve(id);
  };
  const primary = request.buttons.find((b) => b.tone === 'primary') ?? request.buttons[request.buttons.length - 1];
  return (
    <ModalFrame titleId={titleId} title={request.title} onEscape={() => answer(request.cancelId)}>
      <div className="modal__body">{request.message}</div>
      {request.detail && <pre className="modal__detail">{request.detail}</pre>}
      <div className="modal__actions">
        {request.buttons.map((button) => (
          <button
            key={button.id}
            ref={button === primary ? primaryRef : undefined}
            type="button"
            className={`btn ${button.tone === 'primary' ? 'btn--primary' : button.tone === 'danger' ? 'btn--danger' : ''}`}
            onClick={() => answer(button.id)}
          >
            {button.label}
          </button>
        ))}
      </div>
    </ModalFrame>
  );
}

function PromptDialog({ request }: { request: PromptRequest & { resolve(answer: string | null): void } }) {
  const t = useT();
  const titleId = useId();
  const inputId = useId();
  const [value, setValue] = useState(request.defaultValue);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);
  const finish = (answer: string | null) => {
    dequeue(request);
    request.resolve(answer);
  };
  const submit = () => {
    const problem = request.validate?.(value) ?? null;
    if (problem) setError(problem);
    else finish(value);
  };
  return (
    <ModalFrame titleId={titleId} title={request.title} onEscape={() => finish(null)}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {request.message && <div className="modal__body">{request.message}</div>}
        <label htmlFor={inputId} className="field-label">
          {request.label}
        </label>
        <div className="input-with-suffix">
          <input
            id={inputId}
            ref={inputRef}
            className="input"
            value={value}
            aria-invalid={error ? true : undefined}
            onChange={(event) => {
              setValue(event.target.value);
              setError(null);
            }}
          />
          {request.suffix && <span className="input-suffix">{request.suffix}</span>}
        </div>
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <div className="modal__actions">
          <button type="button" className="btn" onClick={() => finish(null)}>
            {t('ui.common.cancel')}
          </button>
          <button type="submit" className="btn btn--primary">
            {request.confirmLabel}
          </button>
        </div>
      </form>
    </ModalFrame>
  );
}
