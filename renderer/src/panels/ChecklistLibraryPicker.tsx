// The checklist libraries as one searchable list in a dialog: at first only the
// items that fit the node's type and are due by the plan's phase, with toggles for
// all types and all phases; a search over text and category in the interface
// language; items already on the node marked and not offered twice; the items
// picked added in one undoable step. Keyboard: the search box keeps the focus, the
// arrow keys move through the list, Enter picks, Ctrl+Enter adds, Escape closes.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { PlanNode } from '../../../shared/model/types';
import type { Phase } from '../../../shared/model/vocabulary';
import { CHECKLIST_LIBRARIES, localizeChecklistLibrary } from '../../../shared/templates/index';
import { uiLanguage, useT } from '../i18n';
import { defaultAssignee } from '../settings/author';
import { itemFitsNodeType } from './checklistFit';
import { edits } from './edit';
import { keepFocusInside } from '../ui/focusTrap';

interface Entry {
  key: string;
  libraryId: string;
  libraryName: string;
  text: string;
  category: string;
  phase: Phase;
  fitsType: boolean;
  added: boolean;
  /** Text and category in the interface language, lower case, for the search. */
  haystack: string;
}

/** Every library item, in the interface language, with what the filters need to know. */
function useEntries(node: PlanNode): Entry[] {
  const lang = uiLanguage();
  return useMemo(() => {
    // An item is on the node when its text is there in English or in the interface language.
    const existing = new Set((node.checklist ?? []).map((i) => i.text.trim()));
    return CHECKLIST_LIBRARIES.flatMap((original) => {
      const library = localizeChecklistLibrary(original, lang);
      return library.items.map((item, index) => ({
        key: `${library.id}:${index}`,
        libraryId: library.id,
        libraryName: library.name,
        text: item.text,
        category: item.category,
        phase: item.phase,
        fitsType: itemFitsNodeType(original.items[index].category, node.type),
        added: existing.has(item.text.trim()) || existing.has(original.items[index].text.trim()),
        haystack: `${item.text}\n${item.category}`.toLocaleLowerCase(lang),
      }));
    });
  }, [lang, node.checklist, node.type]);
}

/** Every word of the query appears in the item's text or category. */
function matches(entry: Entry, words: string[]): boolean {
  return words.every((word) => entry.haystack.includes(word));
}

export function ChecklistLibraryPicker({ node, phase, onClose }: { node: PlanNode; phase: Phase | undefined; onClose(): void }) {
  const t = useT();
  const lang = uiLanguage();
  const titleId = useId();
  const listId = useId();
  const libraryId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const entries = useEntries(node);
  const [query, setQuery] = useState('');
  const [library, setLibrary] = useState('');
  const [allTypes, setAllTypes] = useState(false);
  const [allPhases, setAllPhases] = useState(phase === undefined);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [activeKey, setActiveKey] = useState<string | undefined>();

  const words = query.toLocaleLowerCase(lang).split(/\s+/).filter(Boolean);
  const candidates = entries.filter((e) => (library === '' || e.libraryId === library) && matches(e, words));
  const inScope = (e: Entry) => (allTypes || e.fitsType) && (allPhases || e.phase === phase);
  const shown = candidates.filter(inScope);
  const hiddenCount = candidates.length - shown.length;
  const active = shown.find((e) => e.key === activeKey);
  const optionId = (key: string) => `${listId}-${key.replace(/[^a-z0-9-]/gi, '-')}`;

  useEffect(() => {
    if (active) document.getElementById(optionId(active.key))?.scrollIntoView({ block: 'nearest' });
  });

  const toggle = (entry: Entry) => {
    if (entry.added) return;
    setPicked((prev) => {
      const next = new Set(prev);
      if (next.has(entry.key)) next.delete(entry.key);
      else next.add(entry.key);
      return next;
    });
  };
  const add = () => {
    const items = entries
      .filter((e) => picked.has(e.key) && !e.added)
      .map((e) => ({ text: e.text, phase: e.phase, category: e.category, ...defaultAssignee() }));
    if (items.length === 0) return;
    edits.addChecklistItems(node.id, items);
    onClose();
  };
  const move = (by: number) => {
    if (shown.length === 0) return;
    const at = active ? shown.indexOf(active) : by > 0 ? -1 : shown.length;
    setActiveKey(shown[Math.max(0, Math.min(shown.length - 1, at + by))].key);
  };
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'PageDown' || event.key === 'PageUp') {
      event.preventDefault();
      move(event.key === 'PageDown' ? 10 : -10);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (event.ctrlKey || event.metaKey || !active) add();
      else toggle(active);
    }
  };

  const scope = allTypes && allPhases ? 'none' : allTypes ? 'phase' : allPhases ? 'type' : 'both';
  const dialog = (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="modal modal--wide library-dialog"
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onClose();
          } else if (event.key === 'Tab' && dialogRef.current) {
            keepFocusInside(dialogRef.current, event);
          }
        }}
      >
        <h2 id={titleId} className="modal__title">
          {t('ui.inspector.checklist.library.title')}
        </h2>
        <p className="library-dialog__for">{t('ui.inspector.checklist.library.forNode', { node: node.title })}</p>
        <input
          type="search"
          className="library-dialog__search"
          role="combobox"
          aria-label={t('ui.inspector.checklist.library.search')}
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active ? optionId(active.key) : undefined}
          placeholder={t('ui.inspector.checklist.library.searchPlaceholder')}
          value={query}
          autoFocus
          onChange={(e) => {
            setQuery(e.target.value);
            setActiveKey(undefined);
          }}
          onKeyDown={onSearchKey}
        />
        <div className="library-dialog__filters">
          <label htmlFor={libraryId}>{t('ui.inspector.checklist.library.choose')}</label>
          <select id={libraryId} value={library} onChange={(e) => setLibrary(e.target.value)}>
            <option value="">{t('ui.inspector.checklist.library.allLibraries')}</option>
            {CHECKLIST_LIBRARIES.map((l) => (
              <option key={l.id} value={l.id}>
                {entries.find((e) => e.libraryId === l.id)?.libraryName ?? l.name}
              </option>
            ))}
          </select>
          <label className="library-dialog__toggle">
            <input type="checkbox" checked={allTypes} onChange={(e) => setAllTypes(e.target.checked)} />
            {t('ui.inspector.checklist.library.allTypes')}
          </label>
          <label className="library-dialog__toggle">
            <input type="checkbox" checked={allPhases} disabled={phase === undefined} onChange={(e) => setAllPhases(e.target.checked)} />
            {t('ui.inspector.checklist.library.allPhases')}
          </label>
        </div>
        <p className="library-dialog__scope">
          {t('ui.inspector.checklist.library.scope', {
            scope,
            type: t(`vocab.nodeType.${node.type}`),
            phase: phase ? t(`vocab.phase.${phase}`) : '',
          })}
          <span role="status" className="library-dialog__count">{t('ui.inspector.checklist.library.shown', { shown: shown.length, total: entries.length })}</span>
        </p>
        <div id={listId} role="listbox" aria-multiselectable="true" aria-label={t('ui.inspector.checklist.library.items')} className="library-dialog__list">
          {shown.map((entry) => (
            <div
              key={entry.key}
              id={optionId(entry.key)}
              role="option"
              aria-selected={entry.added || picked.has(entry.key)}
              aria-disabled={entry.added || undefined}
              aria-labelledby={`${optionId(entry.key)}-text`}
              aria-describedby={`${optionId(entry.key)}-meta`}
              className={`library-option ${entry === active ? 'is-active' : ''} ${entry.added ? 'is-added' : ''}`}
              onMouseDown={(e) => e.preventDefault() /* the search box keeps the focus */}
              onClick={() => {
                setActiveKey(entry.key);
                toggle(entry);
              }}
            >
              <span className="library-option__box" aria-hidden="true">
                {entry.added || picked.has(entry.key) ? '✓' : ''}
              </span>
              <span id={`${optionId(entry.key)}-text`} className="library-option__text">
                {entry.text}
              </span>
              <span id={`${optionId(entry.key)}-meta`} className="library-option__meta">
                {entry.added && <span className="meta-chip meta-added">{t('ui.inspector.checklist.library.added')}</span>}
                <span className="meta-chip">{entry.category}</span>
                <span className="meta-chip meta-phase">{t(`vocab.phase.${entry.phase}`)}</span>
                {library === '' && <span className="meta-chip meta-library">{entry.libraryName}</span>}
              </span>
            </div>
          ))}
        </div>
        {shown.length === 0 && (
          <p className="library-dialog__empty">
            {words.length > 0 ? t('ui.inspector.checklist.library.noMatch', { query: query.trim() }) : t('ui.inspector.checklist.library.noItems')}
          </p>
        )}
        {hiddenCount > 0 && (
          <p className="library-dialog__hidden">
            {t('ui.inspector.checklist.library.hidden', { count: hiddenCount })}
            <button
              type="button"
              className="button-link"
              onClick={() => {
                setAllTypes(true);
                setAllPhases(true);
              }}
            >
              {t('ui.inspector.checklist.library.showAll')}
            </button>
          </p>
        )}
        <div className="modal__actions library-dialog__actions">
          <span className="library-dialog__keys">{t('ui.inspector.checklist.library.keys')}</span>
          <button type="button" className="btn" onClick={onClose}>
            {t('ui.common.cancel')}
          </button>
          <button type="button" className="btn btn--primary" disabled={picked.size === 0} onClick={add}>
            {t('ui.inspector.checklist.library.addItems', { count: picked.size })}
          </button>
        </div>
      </div>
    </div>
  );
  return createPortal(dialog, document.body);
}
