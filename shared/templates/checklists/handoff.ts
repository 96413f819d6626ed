// The handoff checklist, phase by phase: what data science and IT should have
// settled before each phase gate. Drawn from handoff practice (business context
// first, privacy settled early, prototype before platform, agreed deliverable and
// maintainer), model cards and production-readiness habits; worded for this app.
import type { ChecklistLibrary } from './types.js';

export const HANDOFF_CHECKLIST: ChecklistLibrary = {
  id: 'handoff',
  name: 'Handoff checklist by phase',
  description:
    'What data science, IT and the business settle before each phase gate, from the first exploration to running the model in production.',
  items: [
    // Exploration: why, with whose data, and how the teams will work together.
    { phase: 'exploration', category: 'business', text: 'Business problem, objective and customer impact written down with the business sponsor' },
    { phase: 'exploration', category: 'business', text: 'Success KPIs chosen and the current baseline measured' },
    { phase: 'exploration', category: 'data', text: 'An owner named for every data source, and access approved by that owner' },
    { phase: 'exploration', category: 'privacy', text: 'Privacy screen done: personal and restricted data identified, privacy officer consulted' },
    { phase: 'exploration', category: 'collaboration', text: 'Phases, touchpoints and meeting cadence agreed between data science, IT and the business' },

    // Active research: work others can rerun, and the handoff decided early.
    { phase: 'active-research', category: 'reproducibility', text: 'Research notebooks in version control, shareable, and running top to bottom on a clean environment' },
    { phase: 'active-research', category: 'data', text: 'Every data extract documented: source, query, extraction date and row counts' },
    { phase: 'active-research', category: 'collaboration', text: 'Prototype shown to the business and IT before any platform is requested' },
    { phase: 'active-research', category: 'handoff', text: 'Handoff deliverable decided: prototype to rebuild, production code, co-developed or managed service' },
    { phase: 'active-research', category: 'handoff', text: 'The person who keeps the model performing after the handoff is named' },

    // Model development: the interfaces and the evidence IT builds on.
    { phase: 'model-development', category: 'documentation', text: 'Model card drafted: intended and out-of-scope use, metrics and thresholds, evaluation data, slices, caveats' },
    { phase: 'model-development', category: 'integration', text: 'Input/output contract agreed: fields, types, units, missing values and how versions change' },
    { phase: 'model-development', category: 'non-functional', text: 'Latency, throughput and availability targets agreed with IT' },
    { phase: 'model-development', category: 'qa', text: 'Quality on the important data slices reviewed with the business' },
    { phase: 'model-development', category: 'handoff', text: 'Feature and training code walked through with the IT engineers who will run it' },
    { phase: 'model-development', category: 'qa', text: 'Smoke-test data with expected predictions handed over to IT' },

    // Productionization: tested, secured, observable and reversible.
    { phase: 'productionization', category: 'qa', text: 'QA plan written and executed; results readable by QA staff without running notebooks' },
    { phase: 'productionization', category: 'qa', text: 'End-to-end integration test passed in a staging environment' },
    { phase: 'productionization', category: 'security', text: 'Security review passed: secrets, service accounts, network paths' },
    { phase: 'productionization', category: 'operations', text: 'Rollback to the previous model version rehearsed and timed' },
    { phase: 'productionization', category: 'operations', text: 'Monitoring and alerting live: input drift, prediction drift, latency, errors' },
    { phase: 'productionization', category: 'operations', text: 'Runbook written and on-call rota agreed' },
    { phase: 'productionization', category: 'operations', text: 'Canary or shadow release planned, with the numbers that stop it' },

    // Launch & maintenance: the model keeps earning its place.
    { phase: 'launch-and-maintenance', category: 'handoff', text: 'Go-live signed off by the business, data science and IT' },
    { phase: 'launch-and-maintenance', category: 'operations', text: 'Retraining cadence and triggers agreed, with an owner' },
    { phase: 'launch-and-maintenance', category: 'business', text: 'Model reviewed against its KPIs one month after launch' },
    { phase: 'launch-and-maintenance', category: 'operations', text: 'Incident escalation path tested once' },
    { phase: 'launch-and-maintenance', category: 'privacy', text: 'Access rights reviewed and data retention enforced on schedule' },
    { phase: 'launch-and-maintenance', category: 'operations', text: 'Plan for retiring the process or model this one replaces' },
  ],
};
