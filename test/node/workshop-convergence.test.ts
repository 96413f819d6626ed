// Random concurrent edits from 2–10 real Hocuspocus providers through a real
// `handoff workshop` host always converge to one plan, and the file the host
// writes is that plan.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serializePlan } from '../../shared/model/serialize.js';
import type { Plan } from '../../shared/model/types.js';
import { addNode, connect, moveNodes, removeNodes, toggleChecklistItem, updateNode } from '../../shared/ops/index.js';
import { SAMPLE_PATH } from '../unit/support/sample-plan.js';
import { joinWorkshop, startWorkshop, tokenOf, until, type Client, type WorkshopProcess } from './support/workshop.js';

const PLAN_ID = 'plan-churn-scoring';
let work: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'handoff-converge-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Step = (plan: Plan, who: number, n: number) => Plan;

/** One random edit, as a person in the editor would make it, on whatever the client sees now. */
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ pick: fc.nat(), text: fc.string({ minLength: 1, maxLength: 12 }) }).map(({ pick, text }): Step => (plan) => {
    const nodes = plan.nodes ?? [];
    const node = nodes[pick % Math.max(1, nodes.length)];
    return node ? updateNode(plan, node.id, { title: text.trim() || 'x' }) : plan;
  }),
  fc.record({ pick: fc.nat(), x: fc.integer({ min: -800, max: 800 }) }).map(({ pick, x }): Step => (plan) => {
    const nodes = plan.nodes ?? [];
    const node = nodes[pick % Math.max(1, nodes.length)];
    return node ? moveNodes(plan, { [node.id]: { x, y: x / 2 } }) : plan;
  }),
  fc.nat().map((pick): Step => (plan) => {
    const items = (plan.nodes ?? []).flatMap((node) => node.checklist ?? []);
    const item = items[pick % Math.max(1, items.length)];
    return item ? toggleChecklistItem(plan, item.id) : plan;
  }),
  fc.constant<Step>((plan, who, n) => addNode(plan, { id: `n-${who}-${n}`, type: 'service', title: `Added by ${who}`, position: { x: n, y: who } })),
  fc.nat().map((pick): Step => (plan, who, n) => {
    const nodes = plan.nodes ?? [];
    if (nodes.length < 2) return plan;
    const [a, b] = [nodes[pick % nodes.length], nodes[(pick + 1) % nodes.length]];
    return connect(plan, { id: `e-${who}-${n}`, source: a.id, target: b.id });
  }),
  fc.nat().map((pick): Step => (plan) => {
    const nodes = plan.nodes ?? [];
    return nodes.length > 4 ? removeNodes(plan, [nodes[pick % nodes.length].id]) : plan;
  }),
);

describe('handoff workshop: random concurrent edits', () => {
  it('converge on every client and in the file, for 2–10 clients', async () => {
    let round = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 10 }), fc.array(fc.tuple(fc.nat(), step), { minLength: 5, maxLength: 40 }), async (count, edits) => {
        const dir = mkdtempSync(path.join(work, `r${round++}-`));
        const file = path.join(dir, 'churn.handoff.json');
        copyFileSync(SAMPLE_PATH, file);
        const host: WorkshopProcess = await startWorkshop(file, { dataDir: path.join(dir, 'data') });
        const clients: Client[] = [];
        try {
          for (let i = 0; i < count; i++) clients.push(await joinWorkshop(host.port, PLAN_ID, tokenOf(host.links.participant)));
          // All at once: each edit applied to what its client sees, with no waiting between them.
          edits.forEach(([who, edit], n) => {
            const client = clients[who % count];
            client.apply((plan) => edit(plan, who % count, n));
          });
          const same = () => {
            const texts = clients.map((c) => serializePlan(c.plan()));
            return texts.every((t) => t === texts[0]) ? texts[0] : null;
          };
          await until('every client holds the same plan', () => same() !== null, 20_000);
          const agreed = same()!;
          await until('the file is that plan', () => readFileSync(file, 'utf8') === agreed, 5000);
          // What is kept out (a flow drawn to a node someone removed at the same moment) is the same for all.
          const problems = clients.map((c) => JSON.stringify(c.mirror.current().problems));
          expect(new Set(problems).size).toBe(1);
        } finally {
          for (const client of clients) client.destroy();
          await host.stop();
        }
      }),
      { numRuns: 4 },
    );
  }, 240_000);
});
