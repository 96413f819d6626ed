// The top bar's entry to compare and merge: one button opening a small menu with
// "Compare with…" and "Merge from…" (the native menu has the same two commands).
import { useEffect, useRef, useState } from 'react';
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
        aria-haspopup="menu"
        aria-expanded={open}
        title="Compare with another copy of this plan, or merge one into it"
        onClick={() => setOpen((v) => !v)}
      >
        <CompareIcon />
        <span>Compare</span>
      </button>
      {open && (
        <div role="menu" className="compare-menu__list" aria-label="Compare and merge">
          <button ref={firstItemRef} type="button" role="menuitem" aria-label="Compare with…" className="compare-menu__item" onClick={() => run('compare')}>
            <span className="compare-menu__label">Compare with…</span>
            <span className="compare-menu__hint">See what another copy added, removed or changed</span>
          </button>
          <button type="button" role="menuitem" aria-label="Merge from…" className="compare-menu__item" onClick={() => run('merge')} disabled={readOnly}>
            <span className="compare-menu__label">Merge from…</span>
            <span className="compare-menu__hint">Bring another copy’s changes into this plan</span>
          </button>
        </div>
      )}
    </div>
  );
}
