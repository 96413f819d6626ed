// What keeps the open document safe and the host informed, for as long as the
// editor runs: the window title and dirty flag, the browser's leave-page prompt,
// autosave to the recovery folder, and the host's events (menu, open, close).
import { useEffect } from 'react';
import type { HostEvent } from '../../../shared/host/contract';
import { serializePlan } from '../../../shared/model/serialize';
import type { Plan } from '../../../shared/model/types';
import { runCommand } from '../editor/commands';
import { getHost, isDesktopHost } from '../host';
import { useLanguageStore, uiT } from '../i18n';
import { selectDirty, useDocumentStore } from '../store/documentStore';
import { openPlan, saveDocument } from './actions';

const AUTOSAVE_INTERVAL_MS = 4000;

/** Keeps the host's idea of the window (title, unsaved changes, file) up to date. */
function useDocumentState(): void {
  const title = useDocumentStore((s) => s.plan?.title ?? null);
  const name = useDocumentStore((s) => s.doc?.name);
  const ref = useDocumentStore((s) => s.doc?.ref);
  const dirty = useDocumentStore(selectDirty);
  const lang = useLanguageStore((s) => s.lang);
  useEffect(() => {
    const shown = title === null ? 'Handoff Studio' : title || name || uiT('ui.app.untitledPlan');
    getHost()
      .setDocumentState({ title: shown.slice(0, 1000), dirty, ref })
      .catch(() => {});
  }, [title, name, ref, dirty, lang]);
}

/** The browser asks before leaving a page with unsaved changes (the desktop host asks on close itself). */
function useLeavePrompt(): void {
  useEffect(() => {
    if (isDesktopHost()) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!selectDirty(useDocumentStore.getState())) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}

/** Writes unsaved work to the recovery folder every few seconds and when the window loses focus. */
function useAutosave(): void {
  useEffect(() => {
    let lastWritten: Plan | null = null;
    let writing = false;
    const autosave = async () => {
      const state = useDocumentStore.getState();
      const { plan, doc } = state;
      if (!plan || !doc || writing || plan === lastWritten || !selectDirty(state) || doc.readOnlyReason) return;
      writing = true;
      try {
        await getHost().writeRecovery({
          key: doc.recoveryKey,
          ref: doc.ref,
          name: doc.name.slice(0, 255),
          title: plan.title.slice(0, 1000),
          text: serializePlan(plan),
        });
        lastWritten = plan;
      } catch {
        // Autosave is a safety net; a failed attempt is retried on the next tick.
      } finally {
        writing = false;
      }
    };
    const timer = window.setInterval(autosave, AUTOSAVE_INTERVAL_MS);
    window.addEventListener('blur', autosave);
    // A save makes the copy obsolete (it is discarded); forget it so the next edit is written again.
    const unsubscribe = useDocumentStore.subscribe((s, previous) => {
      if (s.savedPlan !== previous.savedPlan || s.doc?.recoveryKey !== previous.doc?.recoveryKey) lastWritten = null;
    });
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('blur', autosave);
      unsubscribe();
    };
  }, []);
}

function handleHostEvent(event: HostEvent): void {
  switch (event.type) {
    case 'menu':
      runCommand(event.command, 'menu');
      break;
    case 'open-plan':
      void openPlan(event.ref);
      break;
    case 'save-and-close':
      void saveDocument().then((saved) => {
        if (saved) void getHost().closeWindow({});
      });
      break;
  }
}

function useHostEvents(): void {
  useEffect(() => getHost().onEvent(handleHostEvent), []);
}

export function useDocumentSession(): void {
  useDocumentState();
  useLeavePrompt();
  useAutosave();
  useHostEvents();
}
