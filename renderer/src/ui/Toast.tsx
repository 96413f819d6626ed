// A short message at the bottom of the window ("Saved churn.handoff.json").
import { useEffect, useState } from 'react';
import { useViewStore } from '../store/viewStore';

const VISIBLE_MS = 3500;

export function Toast() {
  const toast = useViewStore((s) => s.toast);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!toast) return;
    setVisible(true);
    const timer = setTimeout(() => setVisible(false), toast.tone === 'error' ? VISIBLE_MS * 2 : VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [toast]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && visible && <div className={`toast toast--${toast.tone}`}>{toast.message}</div>}
    </div>
  );
}
