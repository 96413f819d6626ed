// Where a JSON text first goes wrong, as line and column. V8 names the position
// for some syntax errors but not others ("Unexpected token 'h', "hello" is not
// valid JSON"), so the position comes from a small scanner of our own and only
// the reason from V8.

class Stop {
  constructor(readonly offset: number) {}
}

/** Offset of the first character that makes `text` invalid JSON (text.length at a premature end), or null when it is valid. */
export function firstJsonErrorOffset(text: string): number | null {
  let i = 0;
  const fail = (): never => {
    throw new Stop(i);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const expect = (word: string) => {
    for (const ch of word) {
      if (text[i++] !== ch) {
        i--;
        fail();
      }
    }
  };
  const digits = () => {
    const start = i;
    while (i < text.length && text[i] >= '0' && text[i] <= '9') i++;
    if (i === start) fail();
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail();
      const ch = text[i];
      if (ch === '"') return void i++;
      if (ch < ' ') fail();
      if (ch === '\\') {
        i++;
        if (text[i] === 'u') {
          for (let k = 1; k <= 4; k++) {
            if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) {
              i += k;
              fail();
            }
          }
          i += 5;
        } else if (i < text.length && '"\\/bfnrt'.includes(text[i])) i++;
        else fail();
      } else i++;
    }
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return expect('true');
    if (ch === 'f') return expect('false');
    if (ch === 'n') return expect('null');
    if (ch === '-' || (ch >= '0' && ch <= '9')) {
      if (ch === '-') i++;
      if (text[i] === '0') i++;
      else digits();
      if (text[i] === '.') {
        i++;
        digits();
      }
      if (text[i] === 'e' || text[i] === 'E') {
        i++;
        if (text[i] === '+' || text[i] === '-') i++;
        digits();
      }
      return;
    }
    fail();
  };
  try {
    value();
    ws();
    return i < text.length ? i : null;
  } catch (err) {
    if (err instanceof Stop) return Math.min(err.offset, text.length);
    return null; // nesting too deep to scan: no position, V8's reason still stands
  }
}

/** `not valid JSON at line 3, column 16 (Expected double-quoted property name)`. */
export function describeJsonError(text: string, err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  const reason = raw
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/\s*(in JSON )?at position \d+.*$/s, '')
    .trim()
    // A newline or tab quoted in the reason would break the one-line message.
    .replace(/[\u0000-\u001f]/g, (ch) => JSON.stringify(ch).slice(1, -1));
  const offset = firstJsonErrorOffset(text);
  if (offset === null) return `not valid JSON (${reason})`;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `not valid JSON at line ${line}, column ${column} (${reason})`;
}
