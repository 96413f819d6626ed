// The form controls every panel is built from. Each one renders a real <label
// htmlFor> so screen readers and tests find fields by their words ("Owner team").
// Text fields keep a local draft so typing stays instant however large the plan,
// and commit every change to the store (the caller passes a coalesce key, so a
// burst of typing becomes one undo step).
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useT } from '../i18n';

export interface Option {
  value: string;
  label: string;
}

/** A draft that follows `value` when it changes from outside (undo, another entity selected). */
function useDraft(value: string): [string, (next: string) => void] {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setDraft(value);
  }
  return [draft, setDraft];
}

interface TextFieldProps {
  label: string;
  value: string | undefined;
  onCommit(next: string): void;
  /** Refuse to commit an empty value (e.g. a title): the field shows why and reverts on blur. */
  required?: boolean;
  multiline?: boolean;
  /** One line of text that wraps to show all of it (Enter does not add a line break). */
  wrap?: boolean;
  rows?: number;
  placeholder?: string;
  type?: 'text' | 'email' | 'date';
  /** Hide the label visually but keep it for assistive technology (table-like rows). */
  hideLabel?: boolean;
  readOnly?: boolean;
  className?: string;
  /** Id of a <datalist> of suggestions. */
  list?: string;
}

export function TextField({
  label,
  value = '',
  onCommit,
  required,
  multiline,
  wrap,
  rows = 3,
  placeholder,
  type = 'text',
  hideLabel,
  readOnly,
  className,
  list,
}: TextFieldProps) {
  const id = useId();
  const t = useT();
  const [draft, setDraft] = useDraft(value);
  const invalid = required === true && draft.trim() === '';
  const change = (next: string) => {
    setDraft(next);
    if (required && next.trim() === '') return;
    if (next !== value) onCommit(next);
  };
  const common = {
    id,
    value: draft,
    placeholder,
    readOnly,
    'aria-invalid': invalid || undefined,
    'aria-describedby': invalid ? `${id}-error` : undefined,
    onBlur: () => {
      if (invalid) setDraft(value);
    },
  };
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {wrap ? (
        <textarea
          {...common}
          rows={1}
          className="wrap-text"
          onChange={(e) => change(e.target.value.replace(/\r?\n/g, ' '))}
          onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
        />
      ) : multiline ? (
        <textarea {...common} rows={rows} onChange={(e) => change(e.target.value)} />
      ) : (
        <input {...common} type={type} list={list} onChange={(e) => change(e.target.value)} />
      )}
      {invalid && (
        <span id={`${id}-error`} className="field-error">
          {t('ui.inspector.fields.cannotBeEmpty', { label })}
        </span>
      )}
    </div>
  );
}

/** The value of a picker's last option, "New team…" and the like: it starts creating instead of choosing. */
const NEW_VALUE = '\u0000new';

/** A last option that creates what the list lacks ("New team…"); `onNew` opens the form for it. */
export interface NewOption {
  label: string;
  onNew(): void;
}

interface SelectFieldProps {
  label: string;
  value: string | undefined;
  options: Option[];
  onCommit(next: string | undefined): void;
  /** The words for "no value"; omit to require a value. */
  emptyLabel?: string;
  newOption?: NewOption;
  hideLabel?: boolean;
  disabled?: boolean;
  className?: string;
  children?: ReactNode;
}

export function SelectField({ label, value, options, onCommit, emptyLabel, newOption, hideLabel, disabled, className, children }: SelectFieldProps) {
  const id = useId();
  const t = useT();
  const known = value === undefined || value === '' || options.some((o) => o.value === value);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select
        id={id}
        value={value ?? ''}
        disabled={disabled}
        onChange={(e) => {
          if (e.target.value === NEW_VALUE) newOption?.onNew();
          else onCommit(e.target.value === '' ? undefined : e.target.value);
        }}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {!known && <option value={value}>{t('ui.inspector.fields.missing', { value })}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {newOption && <option value={NEW_VALUE}>{newOption.label}</option>}
      </select>
      {children}
    </div>
  );
}

export function CheckboxField({
  label,
  checked,
  onCommit,
  className,
}: {
  label: string;
  checked: boolean;
  onCommit(next: boolean): void;
  className?: string;
}) {
  const id = useId();
  return (
    <div className={`field field-checkbox ${className ?? ''}`}>
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onCommit(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/**
 * Several people as removable chips plus a select that adds one. The select
 * carries the field's label, so `getByLabel('Responsible').selectOption(name)` adds.
 */
export function PeoplePicker({
  label,
  value,
  people,
  onCommit,
  newOption,
  children,
}: {
  label: string;
  value: string[] | undefined;
  people: Option[];
  onCommit(next: string[]): void;
  newOption?: NewOption;
  children?: ReactNode;
}) {
  const id = useId();
  const t = useT();
  const chosen = value ?? [];
  const nameOf = (personId: string) => people.find((p) => p.value === personId)?.label ?? t('ui.inspector.fields.missing', { value: personId });
  const remaining = people.filter((p) => !chosen.includes(p.value));
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {chosen.length > 0 && (
        <ul className="chips" aria-label={t('ui.inspector.fields.people', { label })}>
          {chosen.map((personId) => (
            <li key={personId} className={`chip ${people.some((p) => p.value === personId) ? '' : 'chip-missing'}`}>
              <span>{nameOf(personId)}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('ui.inspector.fields.removePerson', { name: nameOf(personId), label })}
                onClick={() => onCommit(chosen.filter((c) => c !== personId))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <select
        id={id}
        value=""
        disabled={remaining.length === 0 && !newOption}
        onChange={(e) => {
          if (e.target.value === NEW_VALUE) newOption?.onNew();
          else if (e.target.value) onCommit([...chosen, e.target.value]);
        }}
      >
        <option value="">{remaining.length === 0 ? t('ui.inspector.fields.everyoneAdded') : t('ui.inspector.fields.addPerson')}</option>
        {remaining.map((p) => (
          <option key={p.value} value={p.value}>
            {p.label}
          </option>
        ))}
        {newOption && <option value={NEW_VALUE}>{newOption.label}</option>}
      </select>
      {children}
    </div>
  );
}

// What the user chose to collapse or expand, kept across selections so the panel
// does not spring back each time another node is picked. Unset: the default.
const sectionChoices = new Map<string, boolean>();

export function Section({
  id,
  title,
  count,
  defaultCollapsed,
  children,
}: {
  /** Stable key for remembering whether it is collapsed. */
  id: string;
  title: string;
  count?: number | string;
  defaultCollapsed?: boolean;
  children: ReactNode;
}) {
  const [collapsed, setCollapsed] = useState(() => sectionChoices.get(id) ?? defaultCollapsed === true);
  const bodyId = useId();
  const toggle = () =>
    setCollapsed((c) => {
      sectionChoices.set(id, !c);
      return !c;
    });
  return (
    <section className={`inspector-section ${collapsed ? 'is-collapsed' : ''}`} data-section-id={id}>
      <h3 className="section-header">
        <button type="button" aria-expanded={!collapsed} aria-controls={bodyId} onClick={toggle}>
          <span className="section-chevron" aria-hidden="true" />
          <span className="section-title">{title}</span>
          {count !== undefined && <span className="section-count">{count}</span>}
        </button>
      </h3>
      {!collapsed && (
        <div id={bodyId} className="section-body">
          {children}
        </div>
      )}
    </section>
  );
}

/** A small icon-like button with an accessible name (the visible glyph is decorative). */
export function IconButton({
  label,
  onClick,
  disabled,
  children,
  className,
}: {
  label: string;
  onClick(): void;
  disabled?: boolean;
  children: ReactNode;
  className?: string;
}) {
  return (
    <button type="button" className={`icon-button ${className ?? ''}`} aria-label={label} title={label} onClick={onClick} disabled={disabled}>
      <span aria-hidden="true">{children}</span>
    </button>
  );
}

/**
 * An input that adds an entry on Enter or with its Add button, then clears itself.
 * `addLabel` names the button ("Add team"); without it the name is made from an English `label` ("New team").
 */
export function AddInput({ label, addLabel, placeholder, onAdd }: { label: string; addLabel?: string; placeholder?: string; onAdd(text: string): void }) {
  const id = useId();
  const t = useT();
  const [text, setText] = useState('');
  const add = () => {
    const trimmed = text.trim();
    if (!trimmed) return;
    onAdd(trimmed);
    setText('');
  };
  return (
    <div className="add-input">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        value={text}
        placeholder={placeholder ?? label}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add();
          }
        }}
      />
      <button
        type="button"
        className="button-secondary"
        onClick={add}
        disabled={!text.trim()}
        aria-label={addLabel ?? `Add ${label.replace(/^New /, '').toLowerCase()}`}
      >
        {t('ui.common.add')}
      </button>
    </div>
  );
}

/** Confirms a destructive action in place (two clicks), without a modal that steals focus. */
export function ConfirmButton({ label, confirmLabel, onConfirm }: { label: string; confirmLabel: string; onConfirm(): void }) {
  const t = useT();
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    if (!armed) return;
    const timer = setTimeout(() => setArmed(false), 4000);
    return () => clearTimeout(timer);
  }, [armed]);
  return armed ? (
    <span className="confirm">
      <button
        type="button"
        className="button-danger"
        onClick={() => {
          setArmed(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="button-secondary" onClick={() => setArmed(false)}>
        {t('ui.common.cancel')}
      </button>
    </span>
  ) : (
    <IconButton label={label} onClick={() => setArmed(true)} className="danger">
      ×
    </IconButton>
  );
}
