// The pseudo-locale's catalog, made from the English one: `[[key]]`, followed by
// the message's parameters so a test still sees what was interpolated.
import { CATALOGS } from './catalog.js';
import { messageParams } from './params.js';

type Tree = { [key: string]: string | Tree };

function pseudo(tree: object, prefix: string): Tree {
  const out: Tree = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    out[key] =
      typeof value === 'string'
        ? `[[${path}${messageParams(value).map((name) => ` {${name}}`).join('')}]]`
        : pseudo(value as object, `${path}.`);
  }
  return out;
}

export function pseudoCatalog(): Tree {
  return pseudo(CATALOGS.en, '');
}
