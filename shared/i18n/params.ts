// The parameters an ICU message uses, read from its syntax tree rather than by
// pattern, so `{count, plural, one {# error} other {# errors}}` uses `count`
// and nothing else.
import { IntlMessageFormat } from 'intl-messageformat';

interface AstElement {
  type: number;
  value?: string;
  options?: Record<string, { value: AstElement[] }>;
  children?: AstElement[];
}

// intl-messageformat's element types that name an argument: argument, number, date, time, select, plural, tag.
const ARGUMENT_TYPES = new Set([1, 2, 3, 4, 5, 6, 8]);

export function messageParams(message: string, locale = 'en'): string[] {
  const names = new Set<string>();
  const walk = (elements: readonly AstElement[]) => {
    for (const element of elements) {
      if (ARGUMENT_TYPES.has(element.type) && element.value) names.add(element.value);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
      if (element.children) walk(element.children);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst() as unknown as AstElement[]);
  return [...names].sort();
}
