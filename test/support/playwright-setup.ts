// Says plainly, before the run, whether the desktop (Electron) tests can run here;
// Playwright's list reporter shows skipped tests without their reason.
import { findElectronBinary } from '../../scripts/electron-binary.js';

export default function announceElectron(): void {
  const binary = findElectronBinary();
  console.log(
    binary
      ? `Electron binary found (${binary}): the desktop tests in test/electron run.`
      : 'Electron binary not installed on this machine: the desktop tests in test/electron are skipped.',
  );
}
