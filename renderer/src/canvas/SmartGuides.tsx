// The smart guides of a drag (smartGuides.ts) as one layer over the canvas: a
// thin line across the whole view per guide. Nothing here re-renders a node; the
// view's transform is followed only while a guide is shown.
import { useStore, type ReactFlowState } from '@xyflow/react';
import { memo } from 'react';
import { useGuideStore, type Guide } from './guideSnapping';

const selectTransform = (s: ReactFlowState) => s.transform;

function GuideLines({ guides }: { guides: readonly Guide[] }) {
  const [tx, ty, zoom] = useStore(selectTransform);
  return (
    <svg className="smart-guides" aria-hidden="true" data-testid="smart-guides">
      {guides.map((g) =>
        g.axis === 'x' ? (
          <line key={`x${g.at}`} className="smart-guides__line" data-axis="x" data-at={g.at} x1={g.at * zoom + tx} x2={g.at * zoom + tx} y1="0" y2="100%" />
        ) : (
          <line key={`y${g.at}`} className="smart-guides__line" data-axis="y" data-at={g.at} x1="0" x2="100%" y1={g.at * zoom + ty} y2={g.at * zoom + ty} />
        ),
      )}
    </svg>
  );
}

export const SmartGuides = memo(function SmartGuides() {
  const guides = useGuideStore((s) => s.guides);
  return guides.length > 0 ? <GuideLines guides={guides} /> : null;
});
