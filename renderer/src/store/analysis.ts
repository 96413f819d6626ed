// Derived facts about the open plan that many components draw: readiness
// findings, per-node and per-edge counts, team colours. Computed once per plan
// (plans are immutable, so the plan object is the cache key) and shared by every
// node and panel, instead of each of 1,000 nodes evaluating the rules itself.
import { useMemo } from 'react';
import { create } from 'zustand';
import { createTranslator } from '../../../shared/i18n/index';
import { evaluatePlan, type Finding } from '../../../shared/rules/index';
import type { Plan } from '../../../shared/model/types';
import { uiLanguage, useLanguageStore } from '../i18n/language';
import { useDocumentStore } from './documentStore';

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export interface PlanAnalysis {
  findings: Finding[];
  /** Findings about a node or one of its checklist items. */
  byNode: Map<string, FindingCounts>;
  /** Worst severity of the findings about each edge. */
  edgeSeverity: Map<string, 'error' | 'warning' | 'info'>;
  /** A colour per team id, in the order of `plan.teams` (stable while teams keep their order). */
  teamColors: Map<string, string>;
}

/** Distinct hues that read on both light and dark canvases; red is left to errors. */
export const TEAM_PALETTE = [
  '#3b82f6',
  '#10b981',
  '#f59e0b',
  '#8b5cf6',
  '#ec4899',
  '#06b6d4',
  '#84cc16',
  '#f97316',
  '#6366f1',
  '#14b8a6',
];

/** One analysis per plan, in the language it was made in (findings are written in the interface's). */
const cache = new WeakMap<Plan, PlanAnalysis & { lang: string }>();
const EMPTY: Finding[] = [];

function bump(counts: FindingCounts, finding: Finding): void {
  if (finding.severity === 'error') counts.errors++;
  else if (finding.severity === 'warning') counts.warnings++;
  else counts.infos++;
}

export function analyzePlan(plan: Plan, lang = uiLanguage()): PlanAnalysis {
  const cached = cache.get(plan);
  if (cached && cached.lang === lang) return cached;
  const findings = evaluatePlan(plan, createTranslator(lang));
  const itemOwner = new Map<string, string>();
  for (const node of plan.nodes ?? []) for (const item of node.checklist ?? []) itemOwner.set(item.id, node.id);
  const byNode = new Map<string, FindingCounts>();
  const edgeSeverity = new Map<string, 'error' | 'warning' | 'info'>();
  const rank = { error: 3, warning: 2, info: 1 } as const;
  for (const finding of findings) {
    const { kind, id } = finding.target;
    if (!id) continue;
    const nodeId = kind === 'node' ? id : kind === 'checklist-item' ? itemOwner.get(id) : undefined;
    if (nodeId) {
      let counts = byNode.get(nodeId);
      if (!counts) byNode.set(nodeId, (counts = { errors: 0, warnings: 0, infos: 0 }));
      bump(counts, finding);
    } else if (kind === 'edge') {
      const previous = edgeSeverity.get(id);
      if (!previous || rank[finding.severity] > rank[previous]) edgeSeverity.set(id, finding.severity);
    }
  }
  const teamColors = new Map<string, string>();
  (plan.teams ?? []).forEach((team, index) => teamColors.set(team.id, TEAM_PALETTE[index % TEAM_PALETTE.length]));
  const analysis = { findings, byNode, edgeSeverity, teamColors, lang };
  cache.set(plan, analysis);
  return analysis;
}

/** The analysis of the open plan, or null when no plan is open. */
export function usePlanAnalysis(): PlanAnalysis | null {
  const plan = useDocumentStore((s) => s.plan);
  const lang = useLanguageStore((s) => s.lang);
  return plan ? analyzePlan(plan, lang) : null;
}

/**
 * Findings from outside the rules, listed before them: in a live workshop, what a
 * peer wrote that is not a valid plan (kept out of the plan, see shared/workshop).
 */
export const useOutsideFindings = create<{ findings: Finding[] }>()(() => ({ findings: EMPTY }));

/** The open plan's findings (the same array until the plan or the outside findings change). */
export function useFindings(): Finding[] {
  const plan = useDocumentStore((s) => s.plan);
  const outside = useOutsideFindings((s) => s.findings);
  const lang = useLanguageStore((s) => s.lang);
  return useMemo(() => {
    if (!plan) return EMPTY;
    const findings = analyzePlan(plan, lang).findings;
    return outside.length === 0 ? findings : [...outside, ...findings];
  }, [plan, outside, lang]);
}
