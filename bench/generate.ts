// Generates realistic plans of any size for benchmarks: a few teams and people,
// nodes of every type on a grid, chains of edges with some cross-links, checklists
// and requirements. Deterministic for a given size.
import type { Plan, PlanEdge, PlanNode } from '../shared/model/types.js';
import { NODE_TYPES, PHASES, REQUIREMENT_CATEGORIES } from '../shared/model/vocabulary.js';

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function generatePlan(nodeCount: number, seed = 42): Plan {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const teams = [
    { id: 'team-ds', name: 'Data Science', kind: 'data-science' as const },
    { id: 'team-it', name: 'Platform Engineering', kind: 'it' as const },
    { id: 'team-app', name: 'Applications', kind: 'it' as const },
    { id: 'team-biz', name: 'Business', kind: 'business' as const },
  ];
  const people = Array.from({ length: 12 }, (_, i) => ({
    id: `p-${i}`,
    name: `Person ${i} Example`,
    teamId: teams[i % teams.length].id,
    role: 'Engineer',
  }));
  const types = NODE_TYPES.filter((t) => t !== 'note');
  const columns = Math.max(1, Math.ceil(Math.sqrt(nodeCount * 2)));
  const nodes: PlanNode[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const owner = pick(teams).id;
    const operator = rnd() < 0.3 ? pick(teams).id : owner;
    const personal = rnd() < 0.1;
    nodes.push({
      id: `n-${i}`,
      type: pick(types),
      title: `Component ${i}`,
      description: `Generated component number ${i} for benchmarks.`,
      position: { x: (i % columns) * 300, y: Math.floor(i / columns) * 160 },
      ownerTeamId: owner,
      ...(operator !== owner ? { operatorTeamId: operator, handoff: { deliverable: 'production-code' as const, maintainerId: pick(people).id } } : {}),
      raci: { responsible: [pick(people).id], accountable: pick(people).id, informed: [pick(people).id] },
      ...(personal ? { data: { classification: 'restricted' as const, personalData: true } } : {}),
      tech: 'Python, Spark',
      checklist: Array.from({ length: 3 }, (_, j) => ({
        id: `c-${i}-${j}`,
        text: `Checklist item ${j} of component ${i}`,
        done: rnd() < 0.5,
        assigneeId: pick(people).id,
        phase: pick(PHASES),
      })),
      requirements: Array.from({ length: 2 }, (_, j) => ({
        id: `r-${i}-${j}`,
        category: pick(REQUIREMENT_CATEGORIES),
        text: `Requirement ${j} of component ${i}: answers within 200 ms | p99`,
        priority: pick(['must', 'should', 'could'] as const),
      })),
    });
  }
  const edges: PlanEdge[] = [];
  for (let i = 1; i < nodeCount; i++) {
    const source = rnd() < 0.8 ? i - 1 : Math.floor(rnd() * i);
    edges.push({
      id: `e-${i}`,
      source: `n-${source}`,
      target: `n-${i}`,
      protocol: pick(['rest', 'batch-file', 'stream', 'database'] as const),
      frequency: 'daily',
      ...(rnd() < 0.5 ? { contract: 'Schema v1, changes announced two sprints ahead.' } : {}),
    });
  }
  return {
    format: 'handoff-plan',
    version: 1,
    id: `plan-bench-${nodeCount}`,
    title: `Benchmark plan with ${nodeCount} nodes`,
    summary: 'A generated plan for measuring speed.',
    business: { objective: 'Measure speed.', customerImpact: 'None; synthetic.' },
    phase: 'model-development',
    teams,
    people,
    nodes,
    edges,
  };
}
