// The app: the start screen until a plan is open, then the editor.
import { useEffect, useState } from 'react';
import { useDocumentSession } from './document/session';
import { startUp } from './document/startup';
import { Editor } from './editor/Editor';
import { SettingsDialog } from './settings/SettingsDialog';
import { useSettingsWindowEvents } from './settings/windowEvents';
import { StartScreen } from './start/StartScreen';
import { useDocumentStore } from './store/documentStore';
import { DialogHost } from './ui/dialogs';
import { Toast } from './ui/Toast';

export function App() {
  const hasPlan = useDocumentStore((s) => s.plan !== null);
  const [ready, setReady] = useState(false);
  useDocumentSession();
  useSettingsWindowEvents();
  useEffect(() => {
    void startUp().finally(() => setReady(true));
  }, []);
  return (
    <>
      {hasPlan ? <Editor /> : ready ? <StartScreen /> : <div className="loading" aria-busy="true" />}
      <SettingsDialog />
      <DialogHost />
      <Toast />
    </>
  );
}
