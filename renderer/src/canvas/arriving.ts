// A set that catches up with a wanted list a few items a frame, in the list's order,
// keeping what it already holds. A new near region on a large plan brings a few
// hundred flows for React Flow to mount; mounted at once they held one frame for a
// quarter of a second, so they arrive nearest the view first, a batch a frame.
import { useEffect, useRef, useState } from 'react';

const EMPTY: ReadonlySet<string> = new Set();

export function useArriving(wanted: readonly string[] | null, perFrame: number): ReadonlySet<string> | null {
  const [shown, setShown] = useState<ReadonlySet<string> | null>(null);
  /** What the last batch showed (read only in the effect, where a new list starts from it). */
  const latest = useRef<ReadonlySet<string>>(EMPTY);
  useEffect(() => {
    if (!wanted) {
      latest.current = EMPTY;
      setShown(null);
      return;
    }
    const target = new Set(wanted);
    const current = new Set([...latest.current].filter((id) => target.has(id)));
    const missing = wanted.filter((id) => !current.has(id));
    if (missing.length === 0 && current.size === latest.current.size) return;
    let frame = 0;
    const step = () => {
      for (const id of missing.splice(0, perFrame)) current.add(id);
      const next: ReadonlySet<string> = new Set(current);
      latest.current = next;
      setShown(next);
      if (missing.length > 0) frame = requestAnimationFrame(step);
    };
    step();
    return () => cancelAnimationFrame(frame);
  }, [wanted, perFrame]);
  return shown;
}
