// What the exported diagram takes from the canvas besides nodes and flows
// (docs/format-extensions.md): the lane view's swimlanes when it is on, the frames,
// and each flow's bend points. The lanes come from the same geometry the canvas uses.
import type { Translator } from '../i18n/index.js';
import { planLanes } from '../model/lanes.js';
import type { Plan } from '../model/types.js';
import type { DiagramFrame, DiagramLane, DiagramTeam, PipelineDiagram } from './model.js';

/** The swimlanes of the teams that own a drawn node (and "No team" when needed), or undefined when the lane view is off. */
export function diagramLanes(plan: Plan, teams: readonly DiagramTeam[], tr: Translator): PipelineDiagram['lanes'] {
  const orientation = plan.layout?.lanes;
  if (orientation === undefined) return undefined;
  // Only the teams the drawing shows: an empty lane would be a band with nothing in it.
  const shown = new Set(teams.map((t) => t.id));
  const drawn = { ...plan, teams: (plan.teams ?? []).filter((t) => shown.has(t.id)) };
  const index = new Map(teams.map((t, i) => [t.id, i]));
  const lanes: DiagramLane[] = planLanes(drawn, orientation).map((lane) => ({
    teamIndex: lane.teamId === null ? null : (index.get(lane.teamId) ?? null),
    name: lane.teamId === null ? tr.t('document.diagram.noTeam') : lane.name,
    nodeIds: lane.nodeIds,
    ...lane.bounds,
  }));
  return { orientation, lanes };
}

/** The plan's frames with the drawn nodes each holds; undefined when there are none. */
export function diagramFrames(plan: Plan, drawnIds: ReadonlySet<string>): DiagramFrame[] | undefined {
  const frames = plan.frames ?? [];
  if (frames.length === 0) return undefined;
  return frames.map((f) => ({
    id: f.id,
    title: f.title,
    nodeIds: (plan.nodes ?? []).filter((n) => n.frameId === f.id && drawnIds.has(n.id)).map((n) => n.id),
    x: f.position.x,
    y: f.position.y,
    width: f.size.width,
    height: f.size.height,
  }));
}
