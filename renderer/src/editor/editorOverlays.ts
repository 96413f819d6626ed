// The editor's own small dialogs that the keyboard opens (shortcuts sheet, Connect to…).
import { create } from 'zustand';

export const useEditorOverlays = create<{ shortcuts: boolean; connectFrom: string | null }>()(() => ({ shortcuts: false, connectFrom: null }));

export function openShortcutSheet(): void {
  useEditorOverlays.setState({ shortcuts: true });
}

export function openConnectTo(nodeId: string): void {
  useEditorOverlays.setState({ connectFrom: nodeId });
}
