// The plan's title in the top bar, editable where it is read: click it (or focus
// it and press Enter) and type; Enter or leaving keeps it as one "Rename plan"
// step, Escape puts it back.
import { useState, type KeyboardEvent } from 'react';
import { updatePlanFields } from '../../../shared/ops/index';
import { useT } from '../i18n';
import { useDocumentStore } from '../store/documentStore';

export function PlanTitleField() {
  const t = useT();
  const title = useDocumentStore((s) => s.plan?.title ?? '');
  const readOnly = useDocumentStore((s) => Boolean(s.doc?.readOnlyReason));
  const [editing, setEditing] = useState(false);
  if (!editing || readOnly) {
    return (
      <button type="button" className="topbar__title" title={readOnly ? title : t('ui.app.planTitle.clickToRename', { title })} disabled={readOnly} onClick={() => setEditing(true)}>
        {title}
      </button>
    );
  }
  const finish = (value: string | null) => {
    setEditing(false);
    const next = value?.trim();
    if (!next || next === title) return;
    useDocumentStore.getState().apply(t('ui.app.planTitle.rename'), (plan) => updatePlanFields(plan, { title: next }));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      finish(event.currentTarget.value);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finish(null);
    }
  };
  return (
    <input
      className="topbar__title-input input"
      aria-label={t('ui.app.planTitle.label')}
      defaultValue={title}
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      size={Math.max(12, Math.min(60, title.length + 4))}
      onBlur={(event) => finish(event.currentTarget.value)}
      onKeyDown={onKeyDown}
    />
  );
}
