// Facilitation on a real `handoff workshop` host, at the protocol level: locks and
// facilitator-only state refused by the host, dot voting with ballots only the host
// sees, the reveal, comments that survive a restart, and the workshop record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import * as Y from 'yjs';
import { commentsOf, voteRoundsOf, workshopRecordsOf } from '../../shared/model/facilitation.js';
import { parsePlan } from '../../shared/model/parse.js';
import { addComment, updateNode } from '../../shared/ops/index.js';
import { listMap } from '../../shared/workshop/index.js';
import { SAMPLE_PATH } from '../unit/support/sample-plan.js';
import { BIN, joinWorkshop, startWorkshop, tokenOf, until, type Client, type WorkshopProcess } from './support/workshop.js';

const PLAN_ID = 'plan-churn-scoring';
let work: string;
let file: string;
let dataDir: string;
let host: WorkshopProcess;
const clients: Client[] = [];

/** Every stateless message a client receives, parsed. */
function inbox(client: Client): Record<string, unknown>[] {
  const messages: Record<string, unknown>[] = [];
  client.provider.on('stateless', ({ payload }: { payload: string }) => messages.push(JSON.parse(payload) as Record<string, unknown>));
  return messages;
}

const send = (client: Client, message: object) => client.provider.sendStateless(JSON.stringify(message));
const filePlan = () => {
  const parsed = parsePlan(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error('the file is not a plan');
  return parsed.plan;
};

async function join(role: 'facilitator' | 'participant' | 'viewer', name: string): Promise<Client> {
  const client = await joinWorkshop(host.port, PLAN_ID, tokenOf(host.links[role]));
  client.provider.setAwarenessField('user', { name, color: '#336699', role });
  clients.push(client);
  return client;
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'handoff-facilitation-'));
  file = path.join(work, 'churn.handoff.json');
  dataDir = path.join(work, 'data');
  copyFileSync(SAMPLE_PATH, file);
  host = await startWorkshop(file, { dataDir });
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await host.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('facilitation on the host', () => {
  it('refuses a participant\'s raw write to a locked node, and to facilitator-only state', async () => {
    const facilitator = await join('facilitator', 'Fay');
    const rogue = await join('participant', 'Rex');
    const fair = await join('participant', 'Pia');
    const locked = facilitator.plan().nodes![0].id;
    const free = facilitator.plan().nodes![1].id;
    facilitator.doc.getMap('locks').set(`node:${locked}`, true);
    await until('the lock reached the participants', () => rogue.doc.getMap('locks').get(`node:${locked}`) === true);

    const closed = new Promise<number>((resolve) => rogue.socket.on('close', ({ event }: { event: { code: number } }) => resolve(event.code)));
    rogue.doc.transact(() => (listMap(rogue.doc, 'nodes').get(locked) as Y.Map<unknown>).set('title', 'MOVED A LOCKED NODE'));
    const code = await Promise.race([closed, new Promise((r) => setTimeout(() => r(`not closed; host said: ${host.stderr()}`), 8000))]);
    expect(code).toBe(4423);
    rogue.destroy();

    fair.apply((plan) => updateNode(plan, free, { title: 'Free to change' }));
    await until('the free edit is saved', () => readFileSync(file, 'utf8').includes('Free to change'), 3000);
    expect(readFileSync(file, 'utf8')).not.toContain('MOVED A LOCKED NODE');
    expect(facilitator.plan().nodes![0].title).not.toBe('MOVED A LOCKED NODE');

    const timerWriter = await join('participant', 'Tim');
    const timerClosed = new Promise<number>((resolve) => timerWriter.socket.on('close', ({ event }: { event: { code: number } }) => resolve(event.code)));
    timerWriter.doc.getMap('timer').set('status', 'running');
    expect(await timerClosed).toBe(4423);
    timerWriter.destroy();
    expect(facilitator.doc.getMap('timer').get('status')).toBeUndefined();
    facilitator.doc.getMap('locks').delete(`node:${locked}`);
  });

  it('answers the clock, for everyone to correct their countdown', async () => {
    const someone = await join('viewer', 'Vic');
    const messages = inbox(someone);
    const before = Date.now();
    send(someone, { type: 'clock', id: 7 });
    await until('the clock answer', () => messages.some((m) => m.type === 'clock'));
    const answer = messages.find((m) => m.type === 'clock')!;
    expect(answer.id).toBe(7);
    expect(answer.now as number).toBeGreaterThanOrEqual(before - 1000);
    expect(answer.now as number).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('runs a vote whose ballots no other client can see before the reveal, then reveals the right totals', async () => {
    const facilitator = clients[0];
    const a = await join('participant', 'Ann');
    const b = await join('participant', 'Ben');
    const [fa, ia, ib] = [inbox(facilitator), inbox(a), inbox(b)];
    const [n1, n2] = facilitator.plan().nodes!.map((n) => n.id);
    send(facilitator, { type: 'vote-start', question: 'Which integration is riskiest?', votesPerPerson: 2 });
    await until('everyone sees the open round', () => [a, b].every((c) => c.doc.getMap('vote').get('status') === 'open'));
    const roundId = a.doc.getMap('vote').get('roundId') as string;

    send(a, { type: 'vote', roundId, voter: 'ann', target: { kind: 'node', id: n1 }, add: true });
    send(a, { type: 'vote', roundId, voter: 'ann', target: { kind: 'node', id: n1 }, add: true });
    send(a, { type: 'vote', roundId, voter: 'ann', target: { kind: 'node', id: n2 }, add: true });
    send(b, { type: 'vote', roundId, voter: 'ben', target: { kind: 'node', id: n2 }, add: true });
    await until('A has spent both dots', () => ia.some((m) => m.type === 'ballot' && m.left === 0));
    await until('A is told it has no votes left', () => ia.some((m) => m.type === 'ballot-refused' && m.reason === 'no votes left'));
    await until('B has its ballot', () => ib.some((m) => m.type === 'ballot' && m.left === 1));
    // Neither B's messages nor any shared document say anything about A's dots.
    expect(ib.filter((m) => m.type === 'ballot').every((m) => JSON.stringify(m.mine) === JSON.stringify([{ kind: 'node', id: n2 }]))).toBe(true);
    expect(JSON.stringify(b.doc.toJSON())).not.toContain('"ann"');
    expect(JSON.stringify([...b.doc.share.keys()])).not.toMatch(/ballot/i);
    expect(voteRoundsOf(b.plan())).toEqual([]);

    // Only the facilitator reveals.
    send(a, { type: 'vote-reveal' });
    await until('A is refused', () => ia.some((m) => m.type === 'refused'));
    send(facilitator, { type: 'vote-reveal' });
    await until('the round is in the plan', () => voteRoundsOf(b.plan()).length === 1);
    const [round] = voteRoundsOf(b.plan());
    expect(round.question).toBe('Which integration is riskiest?');
    expect(round.voters).toBe(2);
    // A's third dot was refused: two for n1 (A), one for n2 (B), most first.
    expect(round.totals).toEqual([
      { target: { kind: 'node', id: n1 }, count: 2 },
      { target: { kind: 'node', id: n2 }, count: 1 },
    ]);
    await until('the open round is gone for everyone', () => a.doc.getMap('vote').size === 0);
    await until('the round is in the file', () => voteRoundsOf(filePlan()).length === 1, 3000);
    await until('the facilitator is told the round was revealed', () => fa.some((m) => m.type === 'vote-revealed'));
  });

  it('moves everyone to the facilitator\'s view on "bring everyone here"', async () => {
    const [facilitator, , , , , a] = clients;
    const messages = inbox(a);
    send(facilitator, { type: 'bring-here', name: 'Fay', viewport: { x: -120, y: 40, zoom: 1.25 } });
    await until('A is told where to go', () => messages.some((m) => m.type === 'go-to'));
    expect(messages.find((m) => m.type === 'go-to')).toEqual({ type: 'go-to', viewport: { x: -120, y: 40, zoom: 1.25 }, by: 'Fay' });
  });

  it('keeps a comment through a restart of the host, and ends the workshop with a record', async () => {
    const a = clients[5];
    a.apply((plan) =>
      addComment(plan, { id: 'cm-1', target: { kind: 'node', id: plan.nodes![0].id }, author: 'Ann', createdAt: '2026-11-29T10:00:00Z', text: 'Who owns the replica?' }),
    );
    await until('the comment is in the file', () => commentsOf(filePlan()).some((c) => c.id === 'cm-1'), 3000);
    for (const client of clients) client.destroy();
    clients.length = 0;
    await host.stop();
    host = await startWorkshop(file, { dataDir });

    const facilitator = await join('facilitator', 'Fay');
    await join('participant', 'Ann');
    expect(commentsOf(facilitator.plan()).map((c) => c.text)).toEqual(['Who owns the replica?']);
    const messages = inbox(facilitator);
    await new Promise((r) => setTimeout(r, 300));
    send(facilitator, { type: 'end-workshop', decisions: [{ text: 'IT runs the nightly job from March.' }] });
    await until('the host confirms', () => messages.some((m) => m.type === 'workshop-ended'));
    await until('the record is in the file', () => workshopRecordsOf(filePlan()).length === 1, 3000);
    const [record] = workshopRecordsOf(filePlan());
    expect(record.attendees.map((p) => p.name).sort()).toEqual(['Ann', 'Fay']);
    expect(record.decisionIds).toHaveLength(1);
    const decision = filePlan().questions!.find((q) => q.id === record.decisionIds[0])!;
    expect(decision).toMatchObject({ kind: 'decision', text: 'IT runs the nightly job from March.' });

    // The exported document says so, in Markdown and in the PDF's text.
    const md = spawnSync(process.execPath, [BIN, 'export', file, '--format', 'md', '-o', '-'], { encoding: 'utf8', env: { ...process.env, HANDOFF_EXPORT_DATE: '2026-11-30' } });
    const recordText = md.stdout.slice(md.stdout.indexOf('Workshop record\n'));
    expect(recordText).toContain('Fay (facilitator), Ann');
    expect(recordText).toContain('IT runs the nightly job from March.');
    expect(recordText).toContain('Who owns the replica?');
    const pdf = path.join(work, 'record.pdf');
    spawnSync(process.execPath, [BIN, 'export', file, '--format', 'pdf', '-o', pdf], { encoding: 'utf8' });
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Workshop record');
    expect(text).toContain('IT runs the nightly job from March.');
  });
});
