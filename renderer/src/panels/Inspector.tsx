// The right-hand inspector (work in progress).
export function Inspector() {
  return <aside aria-label="Inspector" className="panel inspector" />;
}
