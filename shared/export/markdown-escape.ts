// Escaping plan text for GitHub-flavoured Markdown. Every inline text the export
// writes passes through here; the tests read the output back with micromark's GFM
// parser (the parser GitHub's renderer follows) and check the text survives as text.
//
// Why our own escaper rather than mdast-util-to-markdown: that library spends
// about 2 s on a 1,000-node plan (per-node safety analysis), and the export must
// stay under 100 ms there. The rules below are few because the output is simple:
// every text is one line, inside a paragraph, list item, heading or table cell.

/** Always escaped: emphasis, code, links, footnotes, HTML, tables, strikethrough, math, headings, escapes. */
const ALWAYS = /[\\`*[\]<>|~$#]/g;
/** Text without any of these (nor doubled, leading, trailing or non-space white space) is returned as it is. */
const NEEDS_WORK = /[\\`*[\]<>|~$#_&]|\s\s|[^\S ]|^\s|\s$/;

/**
 * Plan text as one line of Markdown inline content that renders as exactly that text
 * (white space runs, including line breaks, become one space).
 */
export function escapeMarkdownInline(text: string): string {
  if (!NEEDS_WORK.test(text)) return text; // most plan text: names, dates, plain sentences
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(ALWAYS, '\\$&')
    // `_` opens or closes emphasis unless it sits between two letters or digits.
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    // `&amp;`, `&#35;`: a character reference would be decoded.
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    // GFM turns a bare URL into a link and takes backslashes in it literally; when
    // the URL holds an escape, break the URL's prefix so the escape keeps working.
    .replace(/(https?):(?=\/\/\S*\\)/gi, '$1\\:')
    .replace(/(www)\.(?=\S*\\)/gi, '$1\\.');
}


/**
 * Like escapeMarkdownInline, for text that starts a line (a paragraph or list item):
 * also stops a leading `-`, `+`, `=` or `1.` / `1)` from starting a list or rule.
 */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdownInline(text).replace(/^([-+=])|^(\d+)([.)])/, (_m, sign?: string, digits?: string, mark?: string) =>
    sign ? `\\${sign}` : `${digits}\\${mark}`,
  );
}

/** A fenced code block whose fence is longer than any run of backticks in the code. */
export function fencedCode(code: string, info: string): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${code.replace(/\n$/, '')}\n${fence}`;
}
