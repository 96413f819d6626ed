// Version n of a plan that grows with every save, for the crash-safety test: the
// parent and the child process both compute it, so the parent can tell exactly
// which version a file on disk holds and whether it is whole.
export function growingPlanText(version: number): string {
  // Grows by two nodes a save, then starts small again every 150 versions, so the
  // files stay between ~8 KB and ~130 KB however long the test runs.
  const nodes = Array.from({ length: 20 + (version % 150) * 2 }, (_, i) => ({
    id: `n-${i}`,
    type: 'pipeline',
    title: `Step ${i} of version ${version}`,
    position: { x: (i % 20) * 220, y: Math.floor(i / 20) * 140 },
    notes: 'Nightly feature build; owner and operator agreed in the handoff workshop.',
  }));
  const plan = {
    format: 'handoff-plan',
    version: 1,
    id: 'plan-growing',
    title: `Growing plan v${version}`,
    phase: 'exploration',
    nodes,
  };
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/** The version a growing plan's text says it is, or null. */
export function versionOfGrowingPlan(text: string): number | null {
  const match = /"title": "Growing plan v(\d+)"/.exec(text);
  return match ? Number(match[1]) : null;
}
