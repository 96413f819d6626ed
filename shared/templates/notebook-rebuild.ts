// A notebook prototype handed to IT for rebuild: data science proves the idea in a
// notebook on an extract; IT rebuilds it as production code on a data mart it
// builds, and both teams check that the rebuild gives the prototype's answers.
import type { Plan } from '../model/types.js';
import { HANDOFF_CHECKLIST } from './checklists/handoff.js';
import { PRIVACY_SECURITY_CHECKLIST } from './checklists/privacy-security.js';
import { CORE_PEOPLE, CORE_TEAMS, PHASE_MILESTONES, at, checklist, fromLibrary, requirement, sourceChecklist, task, templatePlan, usageNote } from './builder.js';

export function buildNotebookRebuild(): Plan {
  return templatePlan({
    id: 'plan-template-notebook-rebuild',
    title: 'Notebook prototype rebuilt by IT',
    summary:
      'Data science proves the model in a notebook; IT rebuilds the data preparation, training and scoring as production code against a data mart, and both teams check the rebuild against the prototype.',
    milestones: PHASE_MILESTONES,
    teams: CORE_TEAMS,
    people: CORE_PEOPLE,
    nodes: [
      {
        id: 'n-warehouse',
        type: 'data-source',
        title: 'Data warehouse',
        position: at(0, 1),
        ownerTeamId: 'team-it',
        raci: { responsible: ['p-it-ops'], accountable: 'p-it-ops' },
        data: { classification: 'confidential', personalData: true },
        checklist: sourceChecklist('c-warehouse'),
        requirements: [requirement('r-warehouse-1', 'privacy', 'must', 'Research extracts are pseudonymised and deleted when the prototype is accepted.')],
      },
      {
        id: 'n-extract',
        type: 'dataset',
        title: 'Research extract',
        description: 'A one-off extract the prototype was built on.',
        position: at(1, 0),
        ownerTeamId: 'team-ds',
        raci: { responsible: ['p-ds'], accountable: 'p-ds-lead' },
        data: { classification: 'confidential', personalData: true, retention: 'until the prototype is accepted' },
        checklist: checklist('c-extract', [
          ...fromLibrary(PRIVACY_SECURITY_CHECKLIST, ['active-research'], ['privacy']),
          task('active-research', 'data', 'Extraction query, date and row counts recorded next to the extract'),
        ]),
        requirements: [requirement('r-extract-1', 'security', 'must', 'Stored only in the data science project space, readable by the project team.')],
      },
      {
        id: 'n-notebook',
        type: 'notebook',
        title: 'Prototype notebook',
        position: at(2, 0),
        ownerTeamId: 'team-ds',
        operatorTeamId: 'team-it',
        raci: { responsible: ['p-ds'], accountable: 'p-ds-lead', consulted: ['p-ml-eng'], informed: ['p-biz'] },
        handoff: {
          deliverable: 'prototype',
          maintainerId: 'p-ml-eng',
          acceptance: 'IT can rerun the notebook from a clean environment and reproduce its predictions on the smoke-test data.',
        },
        checklist: checklist('c-notebook', [
          ...fromLibrary(HANDOFF_CHECKLIST, ['exploration'], ['business', 'collaboration']),
          ...fromLibrary(HANDOFF_CHECKLIST, ['active-research'], ['reproducibility', 'collaboration', 'handoff']),
          ...fromLibrary(HANDOFF_CHECKLIST, ['model-development'], ['documentation', 'handoff']),
          task('model-development', 'qa', 'Smoke-test data with the prototype’s predictions handed over to IT'),
        ]),
      },
      {
        id: 'n-mart',
        type: 'dataset',
        title: 'Feature data mart',
        description: 'Built by IT once the prototype shows which data the model needs.',
        position: at(1, 2),
        ownerTeamId: 'team-it',
        raci: { responsible: ['p-ml-eng'], accountable: 'p-it-ops', consulted: ['p-ds'] },
        data: { classification: 'confidential', personalData: true },
        requirements: [
          requirement('r-mart-1', 'data', 'must', 'Holds every input the prototype uses, refreshed daily, with history for training.'),
          requirement('r-mart-2', 'privacy', 'must', 'Direct identifiers replaced by a pseudonymous key.'),
        ],
      },
      {
        id: 'n-pipeline',
        type: 'pipeline',
        title: 'Production pipeline (rebuild)',
        description: 'Feature preparation and training rewritten from the notebook.',
        position: at(2, 2),
        ownerTeamId: 'team-it',
        raci: { responsible: ['p-ml-eng'], accountable: 'p-it-ops', consulted: ['p-ds'] },
        checklist: checklist('c-pipeline', [
          task('productionization', 'qa', 'Every transformation from the notebook covered by a unit test'),
          task('productionization', 'reproducibility', 'Training from the mart reproduces the prototype’s metrics within the agreed tolerance'),
        ]),
      },
      {
        id: 'n-model',
        type: 'model',
        title: 'Production model',
        position: at(3, 1),
        ownerTeamId: 'team-it',
        raci: { responsible: ['p-ml-eng'], accountable: 'p-ds-lead', consulted: ['p-ds'] },
      },
      {
        id: 'n-qa',
        type: 'evaluation',
        title: 'Rebuild check against the prototype',
        position: at(3, 0),
        ownerTeamId: 'team-ds',
        raci: { responsible: ['p-ds', 'p-ml-eng'], accountable: 'p-ds-lead' },
        checklist: checklist('c-qa', fromLibrary(HANDOFF_CHECKLIST, ['productionization'], ['qa'])),
        requirements: [requirement('r-qa-1', 'functional', 'must', 'Rebuild and prototype agree on the smoke-test data.', 'At least 99% of predictions within the agreed tolerance.')],
      },
      {
        id: 'n-scoring',
        type: 'batch-job',
        title: 'Scheduled scoring',
        position: at(4, 1),
        ownerTeamId: 'team-it',
        raci: { responsible: ['p-ml-eng'], accountable: 'p-it-ops' },
        checklist: checklist('c-scoring', [
          task('productionization', 'operations', 'Rollback to the previous model version rehearsed and timed'),
          task('productionization', 'operations', 'A failed run alerts the on-call engineer and never leaves partial scores'),
        ]),
      },
      {
        id: 'n-consumer',
        type: 'application',
        title: 'Consuming system',
        position: at(5, 1),
        ownerTeamId: 'team-it',
        raci: { responsible: ['p-it-ops'], accountable: 'p-it-ops', informed: ['p-biz'] },
      },
      {
        id: 'n-monitor',
        type: 'monitoring',
        title: 'Monitoring and alerting',
        position: at(4, 2),
        ownerTeamId: 'team-it',
        raci: { responsible: ['p-it-ops'], accountable: 'p-it-ops', consulted: ['p-ds-lead'] },
      },
      usageNote(
        at(0, 3),
        'The top row is the prototype, the bottom row the rebuild. Agree the handoff acceptance on the notebook first, then work through the findings panel.',
      ),
    ],
    edges: [
      {
        id: 'e-warehouse-extract',
        source: 'n-warehouse',
        target: 'n-extract',
        protocol: 'manual',
        frequency: 'once',
        data: { classification: 'confidential', personalData: true },
        contract: 'Draft: one-off extract approved by the data owner; query kept with the notebook.',
      },
      { id: 'e-extract-notebook', source: 'n-extract', target: 'n-notebook' },
      {
        id: 'e-warehouse-mart',
        source: 'n-warehouse',
        target: 'n-mart',
        protocol: 'database',
        frequency: 'daily',
        data: { classification: 'confidential', personalData: true },
      },
      { id: 'e-mart-pipeline', source: 'n-mart', target: 'n-pipeline', protocol: 'database', frequency: 'daily' },
      {
        id: 'e-notebook-pipeline',
        source: 'n-notebook',
        target: 'n-pipeline',
        label: 'handoff: notebook, smoke-test data, model card',
        protocol: 'manual',
        contract: 'Draft: repository tag of the notebook, smoke-test data with expected outputs, walkthrough session.',
      },
      { id: 'e-pipeline-model', source: 'n-pipeline', target: 'n-model', label: 'registers' },
      { id: 'e-model-qa', source: 'n-model', target: 'n-qa', label: 'rebuild predictions', protocol: 'batch-file', contract: 'Draft: predictions on the smoke-test data, same format as the prototype’s.' },
      { id: 'e-notebook-qa', source: 'n-notebook', target: 'n-qa', label: 'reference predictions' },
      { id: 'e-model-scoring', source: 'n-model', target: 'n-scoring' },
      { id: 'e-scoring-consumer', source: 'n-scoring', target: 'n-consumer', protocol: 'database', frequency: 'daily' },
      { id: 'e-scoring-monitor', source: 'n-scoring', target: 'n-monitor', protocol: 'stream' },
    ],
    questions: [
      { id: 'q-1', kind: 'decision', text: 'Which parts of the notebook are rebuilt, and which are reused as they are?', status: 'open', ownerId: 'p-ml-eng', nodeId: 'n-notebook' },
      { id: 'q-2', kind: 'question', text: 'What tolerance between prototype and rebuild predictions is acceptable?', status: 'open', ownerId: 'p-ds-lead', nodeId: 'n-qa' },
    ],
  });
}
