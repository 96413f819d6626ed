// The readiness panel (work in progress).
export function ReadinessPanel() {
  return <section aria-label="Readiness" className="panel readiness" />;
}
