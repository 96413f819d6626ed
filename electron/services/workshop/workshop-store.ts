// What a workshop keeps between runs of its host, in the app's data folder (not
// beside the plan, which may be committed to git, and the tokens are secrets):
//   workshops/<hash of the plan's path>/tokens.json      the join tokens (0600)
//   workshops/<hash of the plan's path>/state.ydoc       the Yjs document state
//   workshops/<hash of the plan's path>/written.handoff.json   what the host last wrote to the plan
// With the last file it wrote, a restarted host can tell an edit made to the file
// while it was down, and merge it in as an edit instead of losing it.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../documents.js';
import { isRoleTokens, type RoleTokens } from './tokens.js';

export interface WorkshopRecord {
  tokens?: RoleTokens;
  state?: Uint8Array;
  lastWritten?: string;
}

export interface WorkshopStore {
  folder: string;
  load(): Promise<WorkshopRecord>;
  saveTokens(tokens: RoleTokens): Promise<void>;
  saveState(state: Uint8Array, lastWritten: string): Promise<void>;
}

async function readIfExists(file: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(file);
  } catch {
    return undefined;
  }
}

export function workshopStore(dataDir: string, planRealPath: string): WorkshopStore {
  const folder = path.join(dataDir, 'workshops', createHash('sha256').update(planRealPath).digest('hex').slice(0, 16));
  const tokensFile = path.join(folder, 'tokens.json');
  const stateFile = path.join(folder, 'state.ydoc');
  const writtenFile = path.join(folder, 'written.handoff.json');
  const ready = () => fs.mkdir(folder, { recursive: true, mode: 0o700 });
  return {
    folder,
    async load() {
      const [tokensText, state, written] = await Promise.all([readIfExists(tokensFile), readIfExists(stateFile), readIfExists(writtenFile)]);
      let tokens: RoleTokens | undefined;
      try {
        const parsed: unknown = tokensText ? JSON.parse(tokensText.toString('utf8')) : undefined;
        if (isRoleTokens(parsed)) tokens = parsed;
      } catch {
        // Unreadable tokens: new ones are made (the old links stop working, which is the safe side).
      }
      return { tokens, state: state && state.length > 0 ? new Uint8Array(state) : undefined, lastWritten: written?.toString('utf8') };
    },
    async saveTokens(tokens) {
      await ready();
      await writeFileAtomic(tokensFile, `${JSON.stringify(tokens, null, 2)}\n`, { backup: false });
      await fs.chmod(tokensFile, 0o600);
    },
    async saveState(state, lastWritten) {
      await ready();
      // The plan file is written before either. The state goes first: a crash between
      // the two leaves an older `written`, so the next start sees the file as edited and
      // merges it in again, which repeats changes the state already has and loses none.
      await writeFileAtomic(stateFile, state, { backup: false });
      await writeFileAtomic(writtenFile, lastWritten, { backup: false });
    },
  };
}
