// Where a plan opens: React Flow fits the whole plan in view; when that leaves the
// titles smaller than READABLE_TITLE_PX on screen, the view zooms in to that size
// around the start of the pipeline (a first node with no incoming flow, leftmost
// and topmost), the start at the left edge and vertically centred, so people read
// the plan from where it begins. Fit view (F, Ctrl+0) shows the whole plan again.
// Large plans keep the overview: at 1,000 nodes a readable zoom shows a sliver.
import { useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { Plan } from '../../../shared/model/types';
import { useDocumentStore } from '../store/documentStore';
import { isLargePlan, NODE_HEIGHT } from './flowModel';

/** Node titles are 13 px at zoom 1 (canvas.css); 11 px on screen is the smallest comfortable reading size. */
const TITLE_PX = 13;
const READABLE_TITLE_PX = 11;
export const READABLE_ZOOM = READABLE_TITLE_PX / TITLE_PX;
const LEFT_MARGIN = 40;

/** The first node of the pipeline: no flow comes into it; leftmost, then topmost. Notes are not part of the pipeline. */
export function pipelineStart(plan: Plan) {
  const nodes = (plan.nodes ?? []).filter((n) => n.type !== 'note');
  const targets = new Set((plan.edges ?? []).map((e) => e.target));
  const starts = nodes.filter((n) => !targets.has(n.id));
  const pool = starts.length > 0 ? starts : nodes;
  return pool.reduce<(typeof pool)[number] | undefined>(
    (best, n) => (!best || n.position.x < best.position.x || (n.position.x === best.position.x && n.position.y < best.position.y) ? n : best),
    undefined,
  );
}

/** The opening fit view is done (the `fitView` prop queues it until the nodes are measured). */
const selectSettled = (s: ReactFlowState) => !s.fitViewQueued && s.nodeLookup.size > 0 && s.width > 0;

export function OpeningView(): null {
  const settled = useStore(selectSettled);
  const planId = useDocumentStore((s) => s.plan?.id);
  const instance = useReactFlow();
  const done = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!settled || !planId || done.current === planId) return;
    done.current = planId;
    // Says when the view has reached where the plan opens (tests, and anything that
    // must not act on a view about to jump), whichever way this ends.
    const canvas = document.querySelector('section.canvas');
    canvas?.setAttribute('data-view', 'opening');
    const opened = () => canvas?.setAttribute('data-view', 'opened');
    const plan = useDocumentStore.getState().plan;
    if (!plan || isLargePlan(plan) || instance.getZoom() >= READABLE_ZOOM) return opened();
    const start = pipelineStart(plan);
    if (!start) return opened();
    const pane = document.querySelector('.canvas .react-flow');
    const height = pane?.clientHeight ?? 600;
    const zoom = READABLE_ZOOM;
    void instance
      .setViewport({
        x: LEFT_MARGIN - start.position.x * zoom,
        y: height / 2 - (start.position.y + NODE_HEIGHT / 2) * zoom,
        zoom,
      })
      .then(() => requestAnimationFrame(opened));
  }, [settled, planId, instance]);
  return null;
}
