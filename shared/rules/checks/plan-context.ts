// business-context: a plan without an objective or a customer impact cannot tell
// IT why the work matters, so priorities get set without the business.
import { defineRule } from '../rule.js';

const filled = (text: string | undefined) => Boolean(text?.trim());

export const businessContext = defineRule(
  {
    id: 'business-context',
    severity: 'warning',
    title: 'Business context',
    description: 'The plan has no business objective or no customer impact.',
  },
  ({ plan }, emit) => {
    const missing: string[] = [];
    if (!filled(plan.business?.objective)) missing.push('objective');
    if (!filled(plan.business?.customerImpact)) missing.push('customer impact');
    if (missing.length === 0) return;
    const what = missing.length === 2 ? 'no business objective and no customer impact' : `no ${missing[0] === 'objective' ? 'business objective' : 'customer impact'}`;
    emit(
      'plan',
      undefined,
      `The plan has ${what}. Under Business context, say what the model should achieve and how customers or users will feel the result.`,
    );
  },
);
