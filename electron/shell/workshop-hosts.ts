// The workshops the desktop app hosts: one per plan window at most, each the same
// server `handoff workshop` runs (electron/server/workshop-server.ts), stopped with
// its window and before the app quits. The host writes the plan file when it stops.
// The facilitator's own view is the workshop's web page on 127.0.0.1, in a window
// without preload (workshop-window.ts), as a guest's would be.
import type { BrowserWindow } from 'electron';
import QRCode from 'qrcode';
import type { HostedWorkshop } from '../../shared/host/contract.js';
import { startWorkshopServer, type RunningWorkshop, type WorkshopServerOptions } from '../server/workshop-server.js';
import { HostError } from '../services/host-error.js';
import { workshopLink } from '../services/workshop/tokens.js';
import { openWorkshopWindow, parseWorkshopLink, type WorkshopWindowOptions } from './workshop-window.js';

/** The spec's default port, as `handoff workshop`: links stay the same from one session to the next. */
const WORKSHOP_PORT = 4410;

export interface WorkshopHostsOptions extends WorkshopWindowOptions {
  /** The app's data folder: the workshops' tokens and Yjs state are kept there. */
  dataDir: string;
  /** The built editor the workshop serves to its guests. */
  rendererDir: string;
}

interface Hosting {
  running: RunningWorkshop;
  lan: boolean;
  /** The facilitator's view, while it is open. */
  view?: BrowserWindow;
}

export class WorkshopHosts {
  /** By the plan window's web contents id; a promise while the server starts. */
  private readonly hosting = new Map<number, Promise<Hosting>>();
  /** Stops under way (a closed window's): a quit waits for their files too. */
  private readonly stopping = new Set<Promise<boolean>>();

  constructor(private readonly options: WorkshopHostsOptions) {}

  /** Hosts `file` for `window`, or hands back the workshop it hosts already; (re)opens the facilitator's view. */
  async host(window: BrowserWindow, file: string, lan: boolean): Promise<HostedWorkshop> {
    const id = window.webContents.id;
    let starting = this.hosting.get(id);
    if (!starting) {
      starting = this.start(file, lan);
      this.hosting.set(id, starting);
      starting.catch(() => this.hosting.delete(id));
      window.once('closed', () => void this.stop(id));
    }
    const hosting = await starting;
    this.showView(hosting);
    // Fresh each time: the facilitator may have changed the links since.
    const links = hosting.running.links();
    return { links, qrSvg: await QRCode.toString(links.participant, { type: 'svg', margin: 2 }), lan: hosting.lan };
  }

  /** Stops the workshop `window` hosts (the file is written first); false when it hosts none. */
  async stopFor(window: BrowserWindow): Promise<boolean> {
    return this.stop(window.webContents.id);
  }

  async stopAll(): Promise<void> {
    await Promise.all([...[...this.hosting.keys()].map((id) => this.stop(id)), ...this.stopping]);
  }

  /** Opens a workshop link in a window of its own; refuses anything that is not one. */
  join(link: string): void {
    const parsed = parseWorkshopLink(link);
    if ('problem' in parsed) throw new HostError('bad-request', parsed.problem);
    openWorkshopWindow(parsed.url, this.options);
  }

  private async start(file: string, lan: boolean): Promise<Hosting> {
    const options: WorkshopServerOptions = {
      file,
      host: lan ? '0.0.0.0' : '127.0.0.1',
      dataDir: this.options.dataDir,
      rendererDir: this.options.rendererDir,
      announce: false,
    };
    let running: RunningWorkshop;
    try {
      running = await startWorkshopServer({ ...options, port: WORKSHOP_PORT });
    } catch (err) {
      // Another workshop (or anything else) has the port: any free one will do.
      if (!(err instanceof Error && /already in use/.test(err.message))) throw err;
      running = await startWorkshopServer({ ...options, port: 0 });
    }
    return { running, lan };
  }

  private showView(hosting: Hosting): void {
    if (hosting.view && !hosting.view.isDestroyed()) {
      hosting.view.focus();
      return;
    }
    // Always on loopback: the facilitator's own view needs no network, whatever the guests use.
    const link = workshopLink(`http://127.0.0.1:${hosting.running.port}/`, hosting.running.workshop.tokens().facilitator);
    hosting.view = openWorkshopWindow(new URL(link), this.options);
  }

  private stop(id: number): Promise<boolean> {
    const starting = this.hosting.get(id);
    if (!starting) return Promise.resolve(false);
    this.hosting.delete(id);
    const stopped = (async () => {
      const hosting = await starting.catch(() => undefined);
      if (!hosting) return false;
      await hosting.running.close();
      if (hosting.view && !hosting.view.isDestroyed()) hosting.view.close();
      return true;
    })();
    this.stopping.add(stopped);
    void stopped.finally(() => this.stopping.delete(stopped));
    return stopped;
  }
}
