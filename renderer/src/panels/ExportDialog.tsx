// The export dialog (work in progress).
export interface ExportDialogProps {
  open: boolean;
  initialFormat?: 'md' | 'html' | 'pdf';
  onClose(): void;
}

export function ExportDialog({ open }: ExportDialogProps) {
  if (!open) return null;
  return <div role="dialog" aria-label="Export" />;
}
