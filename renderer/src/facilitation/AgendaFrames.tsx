// The agenda's frames drawn on the canvas (flow coordinates): a titled outline per
// frame, the one being presented stronger.
import { useRoomState } from './roomState';

export function AgendaFrames() {
  const frames = useRoomState((s) => s.frames);
  const presenting = useRoomState((s) => s.presenting);
  if (frames.length === 0) return null;
  return (
    <div className="agenda-frames" aria-hidden="true">
      {frames.map((f, i) => (
        <div
          key={f.id}
          className={`agenda-frame${i === presenting ? ' is-presented' : ''}`}
          style={{ transform: `translate(${f.x}px, ${f.y}px)`, width: f.width, height: f.height }}
        >
          <span className="agenda-frame__title">{f.title}</span>
        </div>
      ))}
    </div>
  );
}
