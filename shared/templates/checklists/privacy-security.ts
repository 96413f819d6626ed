// A privacy and security review for a model project: settled at the start (what
// personal data, on what basis), kept up while building (minimised extracts,
// least-privilege access) and enforced in production (secrets, authentication,
// audit, retention). Worded for this app.
import type { ChecklistLibrary } from './types.js';

export const PRIVACY_SECURITY_CHECKLIST: ChecklistLibrary = {
  id: 'privacy-security',
  name: 'Privacy & security review',
  description:
    'What to settle about personal and sensitive data and about access, from the first data request to the model in production.',
  items: [
    { phase: 'exploration', category: 'privacy', text: 'Inventory of personal data fields, with the reason each one is needed' },
    { phase: 'exploration', category: 'privacy', text: 'Purpose and legal basis for using the data confirmed with the data protection officer' },
    { phase: 'exploration', category: 'security', text: 'Classification set for every data source and every data flow' },
    { phase: 'active-research', category: 'privacy', text: 'Data protection impact assessment done, or recorded as not needed and why' },
    { phase: 'active-research', category: 'privacy', text: 'Identifiers pseudonymised or masked in research extracts' },
    { phase: 'model-development', category: 'security', text: 'Access to training data is least-privilege, personal, and logged' },
    { phase: 'model-development', category: 'privacy', text: 'Retention and deletion defined for extracts, training sets and stored predictions' },
    { phase: 'model-development', category: 'privacy', text: 'Model outputs checked for leaking personal data from the training set' },
    { phase: 'model-development', category: 'compliance', text: 'Use of protected attributes and their proxies reviewed' },
    { phase: 'productionization', category: 'security', text: 'Secrets kept in a vault, never in notebooks, code or configuration files' },
    { phase: 'productionization', category: 'security', text: 'Every endpoint authenticated, authorised and encrypted in transit' },
    { phase: 'productionization', category: 'security', text: 'Libraries and container images scanned for known vulnerabilities' },
    { phase: 'productionization', category: 'security', text: 'Threat model written for every interface exposed outside the team' },
    { phase: 'productionization', category: 'compliance', text: 'Predictions that affect people are logged for audit with model version and inputs' },
    { phase: 'launch-and-maintenance', category: 'privacy', text: 'Process in place to answer access, correction and explanation requests' },
    { phase: 'launch-and-maintenance', category: 'security', text: 'Access rights reviewed on a schedule and leavers removed' },
  ],
};
