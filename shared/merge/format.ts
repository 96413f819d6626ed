// One way to show a field's value in the text reports of diff and merge.

const MAX = 200;

/** `"text"`, `true`, `["p-ana","p-ben"]`, `(300, 80)` for a position, `(absent)` when unset. */
export function formatValue(value: unknown): string {
  if (value === undefined) return '(absent)';
  if (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 2 &&
    typeof (value as { x?: unknown }).x === 'number' &&
    typeof (value as { y?: unknown }).y === 'number'
  ) {
    const { x, y } = value as { x: number; y: number };
    return `(${x}, ${y})`;
  }
  const text = JSON.stringify(value) ?? String(value);
  return text.length <= MAX ? text : `${text.slice(0, MAX - 1)}…`;
}
