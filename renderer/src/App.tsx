// The app: the start screen until a plan is open (a workshop link: joining the workshop), then the editor.
import { useEffect, useState } from 'react';
import { useDocumentSession } from './document/session';
import { startUp } from './document/startup';
import { Editor } from './editor/Editor';
import { TranslationProvider } from './i18n';
import { SettingsDialog } from './settings/SettingsDialog';
import { useSettingsWindowEvents } from './settings/windowEvents';
import { StartScreen } from './start/StartScreen';
import { useDocumentStore } from './store/documentStore';
import { DialogHost } from './ui/dialogs';
import { Toast } from './ui/Toast';
import { HostWorkshopDialog } from './workshop/HostWorkshopDialog';
import { JoinWorkshopDialog } from './workshop/JoinWorkshopDialog';
import { WorkshopGate } from './workshop/WorkshopGate';
import { useWorkshop } from './workshop/workshopStore';

export function App() {
  const hasPlan = useDocumentStore((s) => s.plan !== null);
  const workshop = useWorkshop((s) => s.requested);
  const [ready, setReady] = useState(false);
  useDocumentSession();
  useSettingsWindowEvents();
  useEffect(() => {
    void startUp().finally(() => setReady(true));
  }, []);
  return (
    <TranslationProvider>
      {hasPlan ? <Editor /> : workshop ? <WorkshopGate starting={!ready} /> : ready ? <StartScreen /> : <div className="loading" aria-busy="true" />}
      <SettingsDialog />
      <HostWorkshopDialog />
      <JoinWorkshopDialog />
      <DialogHost />
      <Toast />
    </TranslationProvider>
  );
}
