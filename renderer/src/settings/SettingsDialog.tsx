// Settings: your name, the theme, the interface language and the default export
// format. Every change is
// saved as it is made (no OK button); the footer says whether it was.
import { useEffect, useId, useRef, useState } from 'react';
import type { ExportFormat, Settings } from '../../../shared/host/contract';
import { LANGUAGE_NAMES } from '../../../shared/i18n/index';
import { useT } from '../i18n';
import { ModalFrame } from '../ui/dialogs';
import { Icon } from '../ui/icons';
import { changeSettings, closeSettings, useSettingsStore, type SaveStatus } from './settingsStore';
import './settings.css';

/** Typing pauses this long before the name is written. */
const NAME_SAVE_DELAY_MS = 400;

const FORMATS: { value: ExportFormat; label: string }[] = [
  { value: 'md', label: 'Markdown' },
  { value: 'html', label: 'HTML' },
  { value: 'pdf', label: 'PDF' },
];

export function SettingsDialog() {
  const open = useSettingsStore((s) => s.dialogOpen);
  return open ? <SettingsDialogBody /> : null;
}

function SettingsDialogBody() {
  const titleId = useId();
  const nameId = useId();
  const nameHintId = useId();
  const languageId = useId();
  const t = useT();
  const settings = useSettingsStore((s) => s.settings);
  const status = useSettingsStore((s) => s.status);
  const name = useNameField(settings.authorName);
  const nameRef = useRef<HTMLInputElement>(null);

  // Focus starts on the name and returns where it was when the dialog closes.
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    nameRef.current?.focus();
    return () => before?.focus?.();
  }, []);

  const themes: { value: Settings['theme']; label: string }[] = [
    { value: 'system', label: t('ui.app.settings.themeSystem') },
    { value: 'light', label: t('ui.app.settings.themeLight') },
    { value: 'dark', label: t('ui.app.settings.themeDark') },
  ];
  // Each language is named in its own words, so anyone can find theirs. A list, not
  // radios: it grows with the languages, and its "System" is not confused with the theme's.
  const languages: { value: Settings['language']; label: string }[] = [
    { value: 'system', label: t('ui.app.settings.languageSystem') },
    { value: 'en', label: LANGUAGE_NAMES.en },
    { value: 'zh-CN', label: LANGUAGE_NAMES['zh-CN'] },
  ];

  const close = () => {
    name.flush();
    closeSettings();
  };

  return (
    <ModalFrame titleId={titleId} title={t('ui.app.settings.title')} onEscape={close}>
      <form
        className="settings"
        onSubmit={(event) => {
          event.preventDefault();
          close();
        }}
      >
        <label htmlFor={nameId} className="field-label">
          {t('ui.app.settings.name')}
        </label>
        <input
          id={nameId}
          ref={nameRef}
          className="input"
          value={name.value}
          maxLength={200}
          autoComplete="name"
          placeholder={t('ui.app.settings.namePlaceholder')}
          aria-describedby={nameHintId}
          onChange={(event) => name.change(event.target.value)}
          onBlur={name.flush}
        />
        <p id={nameHintId} className="settings__hint">
          {t('ui.app.settings.nameHint')}
        </p>

        <Choice label={t('ui.app.settings.theme')} name="theme" options={themes} value={settings.theme} onChange={(theme) => void changeSettings({ theme })} />
        <div className="settings__field">
          <label htmlFor={languageId} className="field-label">
            {t('ui.app.settings.language')}
          </label>
          <select
            id={languageId}
            className="input settings__language"
            value={settings.language}
            onChange={(event) => void changeSettings({ language: event.target.value as Settings['language'] })}
          >
            {languages.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <Choice
          label={t('ui.app.settings.exportFormat')}
          name="export-format"
          options={FORMATS}
          value={settings.defaultExportFormat}
          onChange={(defaultExportFormat) => void changeSettings({ defaultExportFormat })}
        />

        {status.kind === 'error' && (
          <p className="settings__error" role="alert">
            <Icon name="alert" size={14} />
            <span>{status.message}</span>
          </p>
        )}
        <div className="modal__actions settings__footer">
          <StatusLine status={status} />
          <button type="submit" className="btn btn--primary">
            {t('ui.common.done')}
          </button>
        </div>
      </form>
    </ModalFrame>
  );
}

/** The name as typed, written after a pause in typing (or at once on leaving the field). */
function useNameField(saved: string): { value: string; change(next: string): void; flush(): void } {
  const [value, setValue] = useState(saved);
  const pending = useRef<{ value: string; timer: ReturnType<typeof setTimeout> } | null>(null);

  // A read from the host (another window changed it) shows unless the person is typing.
  useEffect(() => {
    if (!pending.current) setValue(saved);
  }, [saved]);

  const flush = () => {
    const waiting = pending.current;
    if (!waiting) return;
    clearTimeout(waiting.timer);
    pending.current = null;
    void changeSettings({ authorName: waiting.value });
  };
  useEffect(() => flush, []);

  const change = (next: string) => {
    setValue(next);
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = { value: next, timer: setTimeout(flush, NAME_SAVE_DELAY_MS) };
  };
  return { value, change, flush };
}

function Choice<T extends string>({
  label,
  name,
  options,
  value,
  onChange,
}: {
  label: string;
  name: string;
  options: { value: T; label: string }[];
  value: T;
  onChange(next: T): void;
}) {
  return (
    <fieldset className="settings__choice">
      <legend className="field-label">{label}</legend>
      <div className="segmented">
        {options.map((option) => (
          <label key={option.value} className={`segmented__option${option.value === value ? ' is-chosen' : ''}`}>
            <input type="radio" name={name} value={option.value} checked={option.value === value} onChange={() => onChange(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function StatusLine({ status }: { status: SaveStatus }) {
  const t = useT();
  const text =
    status.kind === 'saving'
      ? t('ui.app.settings.saving')
      : status.kind === 'saved'
        ? t('ui.app.settings.saved')
        : status.kind === 'error'
          ? t('ui.app.settings.notSaved')
          : t('ui.app.settings.idle');
  return (
    <p className="settings__status" role="status">
      {status.kind === 'saved' && <Icon name="check" size={14} />}
      <span>{text}</span>
    </p>
  );
}
