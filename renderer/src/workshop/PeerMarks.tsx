// A node's marks from the others: an outline in the colour of whoever has it
// selected, their names above it, and "typing" for whoever is editing one of its
// fields. Each node subscribes to its own entry only, which keeps its identity while
// it does not change, so one person's click re-renders the nodes it touches.
import { memo } from 'react';
import { useT } from '../i18n';
import { usePresence } from './presence';

export const PeerMarks = memo(function PeerMarks({ nodeId }: { nodeId: string }) {
  const t = useT();
  const mark = usePresence((s) => s.marks.get(nodeId));
  if (!mark) return null;
  const editing = new Set(mark.editingBy.map((peer) => peer.name));
  const people = [...mark.selectedBy, ...mark.editingBy.filter((peer) => !mark.selectedBy.some((s) => s.name === peer.name))];
  const outline = mark.selectedBy[0]?.color;
  return (
    <div className={`peer-mark${outline ? ' is-outlined' : ''}`} style={outline ? ({ '--peer': outline } as React.CSSProperties) : undefined}>
      <span className="peer-mark__tags">
        {people.map((peer, index) => (
          <span key={`${index}:${peer.name}`} className="peer-tag" style={{ '--peer': peer.color } as React.CSSProperties}>
            {editing.has(peer.name) ? <span className="peer-tag__typing">{t('ui.workshop.peerMarks.typing', { name: peer.name })}</span> : peer.name}
          </span>
        ))}
      </span>
    </div>
  );
});
