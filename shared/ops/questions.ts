// Operations on open questions, risks and decisions.
import type { Plan, Question } from '../model/types.js';
import { applyPatch, dropFromList, idInUse, insertAt, listOf, updateInList, withList, withoutUndefined, type Patch } from './shared.js';

export function addQuestion(plan: Plan, question: Question, index?: number): Plan {
  if (idInUse(plan, question.id)) return plan;
  return { ...plan, questions: insertAt(plan.questions, withoutUndefined(question), index) };
}

export function updateQuestion(plan: Plan, questionId: string, patch: Patch<Question>): Plan {
  return updateInList(plan, 'questions', questionId, (question) => applyPatch(question, patch));
}

export function removeQuestion(plan: Plan, questionId: string): Plan {
  return withList(plan, 'questions', dropFromList(listOf(plan, 'questions'), (q) => q.id === questionId));
}
