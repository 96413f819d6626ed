// `handoff workshop`: one HTTP server that serves the editor, a narrow host API for
// the one plan (host info, the workshop's own info, PDF printing) and the
// WebSocket endpoint `/collab` of its Hocuspocus host. Every API call and every
// WebSocket must carry one of the three role tokens.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HostError } from '../services/host-error.js';
import { openWorkshop, type Workshop } from '../services/workshop/workshop-host.js';
import { WORKSHOP_ROLES, workshopLink, type RoleTokens, type WorkshopRole } from '../services/workshop/tokens.js';
import { DEFAULT_HOST, defaultDataDir, startServer } from './index.js';
import { networkUrls } from './network-urls.js';
import { isLoopback, urlHost } from './request-guard.js';

export interface WorkshopServerOptions {
  file: string;
  port?: number;
  host?: string;
  redisUrl?: string;
  dataDir?: string;
  rendererDir?: string;
  /** Connection limits (the spec's defaults: 100 per workshop, 20 per address). */
  limits?: { maxConnections?: number; maxPerAddress?: number };
  /** Print the links (default true). */
  announce?: boolean;
}

export interface RunningWorkshop {
  workshop: Workshop;
  url: string;
  port: number;
  links(): Record<WorkshopRole, string>;
  close(): Promise<void>;
}

const LINK_LABELS: Record<WorkshopRole, string> = {
  facilitator: 'Facilitator link',
  participant: 'Participant link',
  viewer: 'Viewer link',
};

export async function startWorkshopServer(options: WorkshopServerOptions): Promise<RunningWorkshop> {
  const host = options.host ?? DEFAULT_HOST;
  const dataDir = path.resolve(options.dataDir ?? defaultDataDir());
  const limits = Object.fromEntries(Object.entries(options.limits ?? {}).filter(([, value]) => value !== undefined));
  const workshop = await openWorkshop({ file: options.file, dataDir, redisUrl: options.redisUrl, limits });
  // The folder backend of `handoff serve` needs a folder; the workshop's guests get an
  // empty one of their own, so no call can list, read or write the plan's neighbours.
  const guestDir = path.join(os.tmpdir(), `handoff-workshop-${process.pid}-${workshop.planId.replace(/[^\w-]/g, '_')}`);
  await fs.mkdir(guestDir, { recursive: true });

  const roleOf = (token: string | undefined): WorkshopRole => {
    const role = workshop.roleFor(token);
    if (!role) throw new HostError('forbidden', 'This workshop link is not valid (any more): ask the facilitator for the current link.');
    return role;
  };
  let server;
  try {
    server = await startServer({
      dir: guestDir,
      port: options.port,
      host,
      dataDir: path.join(dataDir, 'workshop-guests'),
      rendererDir: options.rendererDir,
      announce: false,
      authorize: (token) => workshop.roleFor(token) !== undefined,
      calls: {
        backend: ['getHostInfo', 'renderPdf', 'getSettings', 'listRecovery'],
        extra: {
          getWorkshopInfo: async (_request, token) => workshop.info(roleOf(token)),
          rotateWorkshopLinks: async (_request, token) => {
            if (roleOf(token) !== 'facilitator') throw new HostError('forbidden', 'Only the facilitator can change the workshop links.');
            return { links: linksFor(await workshop.rotateTokens()) };
          },
          // Guests' settings stay in their own browser; the host's are not theirs to change.
          updateSettings: async () => {
            throw new HostError('forbidden', 'Settings of a workshop guest are kept in the browser.');
          },
        },
      },
    });
  } catch (err) {
    await workshop.close();
    throw err;
  }
  server.httpServer.on('upgrade', (req, socket, head) => workshop.handleUpgrade(req, socket, head));

  const base = networkUrls(host, server.port)[0] ?? `http://${urlHost(host)}:${server.port}/`;
  const linksFor = (tokens: RoleTokens): Record<WorkshopRole, string> =>
    Object.fromEntries(WORKSHOP_ROLES.map((role) => [role, workshopLink(base, tokens[role])])) as Record<WorkshopRole, string>;

  if (options.announce !== false) {
    process.stdout.write(`Handoff Studio workshop on ${workshop.file} at ${server.url}\n`);
    const links = linksFor(workshop.tokens());
    for (const role of WORKSHOP_ROLES) process.stdout.write(`${LINK_LABELS[role]}: ${links[role]}\n`);
    if (!isLoopback(host)) {
      process.stderr.write(
        'Warning: this workshop can be reached from the network. Anyone with a link can join in its role, ' +
          'and the connection is not encrypted (no TLS): use it only on a network you trust (see docs/security.md).\n',
      );
    }
  }

  return {
    workshop,
    url: server.url,
    port: server.port,
    links: () => linksFor(workshop.tokens()),
    async close() {
      await workshop.close();
      await server.close();
      await fs.rm(guestDir, { recursive: true, force: true });
    },
  };
}
