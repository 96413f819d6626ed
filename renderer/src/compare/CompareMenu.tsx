// The top bar's entry to compare and merge: one button opening a small menu with
// "Compare with…" and "Merge from…" (the native menu has the same two commands).
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { chooseOtherCopy } from './actions';
import { useCompareStore } from './compareStore';
import './compare.css';

/** Two overlapping sheets: two copies of one plan. */
function CompareIcon() {
  return (
    <svg className="icon" width={16} height={16} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.75} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <rect x="3" y="3" width="11" height="14" rx="2" />
      <path d="M10 7h9a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2h-7a2 2 0 0 1-2-2" strokeDasharray="3 2.5" />
    </svg>
  );
}

export function CompareMenu() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const comparing = useCompareStore((s) => s.compare !== null);
  const readOnly = useDocumentStore((s) => Boolean(s.doc?.readOnlyReason));
  const rootRef = useRef<HTMLDivElement>(null);
  const firstItemRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    firstItemRef.current?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', onPointerDown);
    return () => window.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const run = (purpose: 'compare' | 'merge') => {
    setOpen(false);
    void chooseOtherCopy(purpose);
  };

  return (
    <div
      className="compare-menu"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          event.preventDefault();
          setOpen(false);
        }
      }}
    >
      <button
        type="button"
        className={`tool tool--labelled${comparing ? ' is-pressed' : ''}`}
        aria-label={t('ui.compare.menu.button')}
        aria-haspopup="menu"
        aria-expanded={open}
        title={t('ui.compare.menu.buttonTitle')}
        onClick={() => setOpen((v) => !v)}
      >
        <CompareIcon />
        <span>{t('ui.compare.menu.button')}</span>
      </button>
      {open && (
        <div role="menu" className="compare-menu__list" aria-label={t('ui.compare.menu.label')}>
          <button ref={firstItemRef} type="button" role="menuitem" aria-label={t('ui.compare.menu.compareWith')} className="compare-menu__item" onClick={() => run('compare')}>
            <span className="compare-menu__label">{t('ui.compare.menu.compareWith')}</span>
            <span className="compare-menu__hint">{t('ui.compare.menu.compareWithHint')}</span>
          </button>
          <button type="button" role="menuitem" aria-label={t('ui.compare.menu.mergeFrom')} className="compare-menu__item" onClick={() => run('merge')} disabled={readOnly}>
            <span className="compare-menu__label">{t('ui.compare.menu.mergeFrom')}</span>
            <span className="compare-menu__hint">{t('ui.compare.menu.mergeFromHint')}</span>
          </button>
        </div>
      )}
    </div>
  );
}
