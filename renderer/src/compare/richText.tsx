// A whole translated sentence with elements inside it (a name in bold, a word in a
// span of its own): the message is formatted with stand-ins for the elements and
// split around them, so the catalog keeps the sentence and its word order whole.
import { Fragment, type ReactNode } from 'react';
import type { CatalogKey, Translator } from '../../../shared/i18n/index';

const STAND_IN = /\u0001(\d+)\u0002/;

export function richText(t: Translator['t'], key: CatalogKey, params: Record<string, ReactNode>): ReactNode[] {
  const elements: ReactNode[] = [];
  const text: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number') text[name] = value;
    else text[name] = `\u0001${elements.push(value) - 1}\u0002`;
  }
  return t(key, text)
    .split(STAND_IN)
    .map((part, i) => (i % 2 === 0 ? part : <Fragment key={i}>{elements[Number(part)]}</Fragment>));
}
