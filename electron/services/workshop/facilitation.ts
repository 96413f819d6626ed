// The host's side of facilitation (docs/facilitation.md): who may change what
// (facilitator-only state, locks), the stateless messages (clock, dot voting with
// ballots only the host holds, bring everyone here, the brainstorm reveal, ending the
// workshop with its record), and who attended.
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { commentsOf, type CommentTarget } from '../../../shared/model/facilitation.js';
import type { Plan } from '../../../shared/model/types.js';
import { addQuestion, addVoteRound, addWorkshopRecord } from '../../../shared/ops/index.js';
import { PLAN_FIELDS_MAP, ORDER_MAP, PLAN_LISTS } from '../../../shared/workshop/doc-shape.js';
import { touchedByUpdate } from '../../../shared/workshop/touched.js';
import { writeFileAtomic } from '../documents.js';
import type { WorkshopRole } from './tokens.js';

/** Workshop state only the facilitator (or the host) may change. */
export const FACILITATOR_ROOTS = new Set(['timer', 'vote', 'agenda', 'locks', 'brainstorm']);
/** What a locked canvas freezes: the plan's content, but not the discussion about it. */
const PLAN_CONTENT_ROOTS = new Set<string>([PLAN_FIELDS_MAP, ORDER_MAP, ...PLAN_LISTS.filter((list) => list !== 'comments')]);

const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** The Yjs update a Hocuspocus message carries (sync step 2 or update), or undefined for other messages. */
export function updateInMessage(message: Uint8Array): Uint8Array | undefined {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return undefined;
    const syncType = decoding.readVarUint(decoder);
    if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return undefined;
    return decoding.readVarUint8Array(decoder);
  } catch {
    return undefined;
  }
}

/** Why `role` may not apply `update` to `doc` now, or undefined when it may. */
export function refusalOf(doc: Y.Doc, role: WorkshopRole | undefined, update: Uint8Array): string | undefined {
  if (role === 'facilitator') return undefined;
  let touched;
  try {
    touched = touchedByUpdate(doc, update);
  } catch {
    return 'the update cannot be read';
  }
  const locks = doc.getMap('locks');
  const canvasLocked = locks.get('canvas') === true;
  for (const { root, key } of touched) {
    if (FACILITATOR_ROOTS.has(root)) return `only the facilitator changes ${root}`;
    if (canvasLocked && PLAN_CONTENT_ROOTS.has(root)) return 'the canvas is locked';
    if (root === 'nodes' && key !== undefined && locks.get(`node:${key}`) === true) return `node ${key} is locked`;
  }
  return undefined;
}

type Target = CommentTarget;
const sameTarget = (a: Target, b: Target) => a.kind === b.kind && a.id === b.id;

interface OpenRound {
  roundId: string;
  question: string;
  votesPerPerson: number;
  maxPerTarget?: number;
  startedAt: string;
}

interface Ballots {
  round?: OpenRound;
  /** voter → the targets of their dots (a target once per dot). */
  ballots: Record<string, Target[]>;
}

export interface FacilitationContext {
  role: WorkshopRole;
  voter: string;
  name?: string;
  reply(message: object): void;
  broadcast(message: object): void;
}

export interface Facilitation {
  handle(payload: string, from: FacilitationContext): Promise<void>;
  sawPeople(states: Iterable<{ user?: { name?: unknown; role?: unknown } }>): void;
}

const isTarget = (value: unknown): value is Target =>
  typeof value === 'object' && value !== null && ['node', 'edge'].includes((value as Target).kind) && typeof (value as Target).id === 'string';

const nowIso = () => new Date().toISOString();

/**
 * `doc` is the room's document; `change` applies a named operation to the plan the
 * room sees (the host writes it like any client); `folder` keeps the ballots.
 */
export async function createFacilitation(options: {
  doc: Y.Doc;
  plan: () => Plan | null;
  change: (operation: (plan: Plan) => Plan) => Promise<void>;
  transact: (fn: (doc: Y.Doc) => void) => Promise<void>;
  folder: string;
}): Promise<Facilitation> {
  const file = path.join(options.folder, 'ballots.json');
  let state: Ballots = { ballots: {} };
  try {
    state = JSON.parse(await fs.readFile(file, 'utf8')) as Ballots;
  } catch {
    // No vote running when the host last stopped.
  }
  const save = async () => {
    await fs.mkdir(options.folder, { recursive: true, mode: 0o700 });
    await writeFileAtomic(file, JSON.stringify(state), { backup: false });
  };
  const startedAt = nowIso();
  const startedMs = Date.now();
  const roundsThisSession: string[] = [];
  const attendees = new Map<string, string>();
  const commentsAtStart = new Set(commentsOf(options.plan() ?? ({} as Plan)).map((c) => c.id));
  const resolvedAtStart = new Set(commentsOf(options.plan() ?? ({} as Plan)).filter((c) => c.resolved).map((c) => c.id));

  const ballotOf = (voter: string) => {
    const mine = state.ballots[voter] ?? [];
    return { type: 'ballot', roundId: state.round?.roundId, mine, left: Math.max(0, (state.round?.votesPerPerson ?? 0) - mine.length) };
  };

  return {
    sawPeople(states) {
      for (const s of states) {
        const name = typeof s.user?.name === 'string' ? s.user.name.trim().slice(0, 100) : '';
        const role = typeof s.user?.role === 'string' ? s.user.role : 'participant';
        if (name && !attendees.has(name)) attendees.set(name, role);
      }
    },
    async handle(payload, from) {
      let message: Record<string, unknown>;
      try {
        message = JSON.parse(payload) as Record<string, unknown>;
      } catch {
        return from.reply({ type: 'refused', reason: 'not JSON' });
      }
      const facilitatorOnly = () => {
        if (from.role === 'facilitator') return false;
        from.reply({ type: 'refused', reason: `only the facilitator sends ${String(message.type)}` });
        return true;
      };
      // A stable id the client keeps, so that a reconnect keeps its dots; else the connection's.
      if (typeof message.voter === 'string' && message.voter.length > 0 && message.voter.length <= 100) from = { ...from, voter: message.voter };
      if (typeof message.name === 'string') from = { ...from, name: message.name.slice(0, 100) };
      switch (message.type) {
        case 'clock':
          return from.reply({ type: 'clock', id: message.id, now: Date.now() });
        case 'vote-start': {
          if (facilitatorOnly()) return;
          const votesPerPerson = Number.isInteger(message.votesPerPerson) && (message.votesPerPerson as number) > 0 ? Math.min(message.votesPerPerson as number, 50) : 3;
          const max = Number.isInteger(message.maxPerTarget) && (message.maxPerTarget as number) > 0 ? (message.maxPerTarget as number) : undefined;
          const round: OpenRound = {
            roundId: `vote-${randomUUID().slice(0, 8)}`,
            question: typeof message.question === 'string' ? message.question.slice(0, 500) : '',
            votesPerPerson,
            ...(max ? { maxPerTarget: max } : {}),
            startedAt: nowIso(),
          };
          state = { round, ballots: {} };
          await save();
          await options.transact((doc) => {
            const vote = doc.getMap('vote');
            vote.clear();
            for (const [key, value] of Object.entries({ ...round, status: 'open' })) vote.set(key, value);
          });
          return from.broadcast({ type: 'vote-started', roundId: round.roundId });
        }
        case 'vote': {
          if (from.role === 'viewer') return from.reply({ type: 'ballot-refused', roundId: message.roundId, reason: 'viewers do not vote' });
          const round = state.round;
          if (!round || message.roundId !== round.roundId) return from.reply({ type: 'ballot-refused', roundId: message.roundId, reason: 'no such vote is open' });
          if (!isTarget(message.target)) return from.reply({ type: 'ballot-refused', roundId: round.roundId, reason: 'vote for a node or an edge' });
          const target = { kind: message.target.kind, id: message.target.id };
          const mine = [...(state.ballots[from.voter] ?? [])];
          if (message.add === false) {
            const at = mine.findIndex((t) => sameTarget(t, target));
            if (at >= 0) mine.splice(at, 1);
          } else {
            if (mine.length >= round.votesPerPerson) return from.reply({ type: 'ballot-refused', roundId: round.roundId, reason: 'no votes left' });
            if (round.maxPerTarget && mine.filter((t) => sameTarget(t, target)).length >= round.maxPerTarget) {
              return from.reply({ type: 'ballot-refused', roundId: round.roundId, reason: `at most ${round.maxPerTarget} per item` });
            }
            mine.push(target);
          }
          state.ballots[from.voter] = mine;
          await save();
          return from.reply(ballotOf(from.voter));
        }
        case 'ballot':
          return from.reply(ballotOf(from.voter));
        case 'vote-reveal': {
          if (facilitatorOnly()) return;
          const round = state.round;
          if (!round) return from.reply({ type: 'refused', reason: 'no vote is open' });
          const counts = new Map<string, { target: Target; count: number }>();
          for (const targets of Object.values(state.ballots)) {
            for (const target of targets) {
              const key = `${target.kind}:${target.id}`;
              const entry = counts.get(key) ?? { target, count: 0 };
              entry.count++;
              counts.set(key, entry);
            }
          }
          const totals = [...counts.values()].sort((a, b) => b.count - a.count || a.target.id!.localeCompare(b.target.id!));
          const voters = Object.values(state.ballots).filter((t) => t.length > 0).length;
          await options.change((plan) =>
            addVoteRound(plan, {
              id: round.roundId,
              question: round.question,
              startedAt: round.startedAt,
              revealedAt: nowIso(),
              votesPerPerson: round.votesPerPerson,
              ...(round.maxPerTarget ? { maxPerTarget: round.maxPerTarget } : {}),
              voters,
              totals,
            }),
          );
          await options.transact((doc) => doc.getMap('vote').clear());
          roundsThisSession.push(round.roundId);
          state = { ballots: {} };
          await save();
          return from.broadcast({ type: 'vote-revealed', roundId: round.roundId });
        }
        case 'bring-here': {
          if (facilitatorOnly()) return;
          const v = message.viewport as { x?: unknown; y?: unknown; zoom?: unknown } | undefined;
          if (!v || ![v.x, v.y, v.zoom].every((n) => typeof n === 'number' && Number.isFinite(n))) return from.reply({ type: 'refused', reason: 'viewport needs x, y and zoom' });
          return from.broadcast({ type: 'go-to', viewport: { x: v.x, y: v.y, zoom: v.zoom }, by: from.name ?? 'The facilitator' });
        }
        case 'brainstorm-reveal': {
          if (facilitatorOnly()) return;
          const anonymous = options.doc.getMap('brainstorm').get('anonymous') === true;
          await options.transact((doc) => doc.getMap('brainstorm').set('active', false));
          return from.broadcast({ type: 'brainstorm-reveal', anonymous });
        }
        case 'end-workshop': {
          if (facilitatorOnly()) return;
          const decisions = Array.isArray(message.decisions)
            ? message.decisions.map((d) => (typeof (d as { text?: unknown })?.text === 'string' ? (d as { text: string }).text.trim().slice(0, 2000) : '')).filter(Boolean)
            : [];
          const recordId = `workshop-${randomUUID().slice(0, 8)}`;
          const decisionIds = decisions.map((_, i) => `${recordId}-decision-${i + 1}`);
          const endedMs = Date.now();
          await options.change((plan) => {
            let next = plan;
            decisions.forEach((text, i) => {
              next = addQuestion(next, { id: decisionIds[i], kind: 'decision', text, status: 'resolved' });
            });
            const comments = commentsOf(next);
            return addWorkshopRecord(next, {
              id: recordId,
              startedAt,
              endedAt: new Date(endedMs).toISOString(),
              durationMinutes: Math.round((endedMs - startedMs) / 60_000),
              attendees: [...attendees].map(([name, role]) => ({ name, role })),
              voteRoundIds: [...roundsThisSession],
              decisionIds,
              commentsOpened: comments.filter((c) => !commentsAtStart.has(c.id)).length,
              commentsResolved: comments.filter((c) => c.resolved && !resolvedAtStart.has(c.id)).length,
            });
          });
          return from.reply({ type: 'workshop-ended', recordId });
        }
        default:
          return from.reply({ type: 'refused', reason: `unknown message ${JSON.stringify(message.type)}` });
      }
    },
  };
}
