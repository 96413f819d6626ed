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
    const noObjective = !filled(plan.business?.objective);
    const noImpact = !filled(plan.business?.customerImpact);
    if (!noObjective && !noImpact) return;
    emit('plan', undefined, 'findings.businessContext', { missing: noObjective && noImpact ? 'both' : noObjective ? 'objective' : 'customerImpact' });
  },
);
