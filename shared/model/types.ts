// TypeScript types derived from the schemas, so no shape is written twice.
import type { z } from 'zod';
import type * as S from './schema.js';

export type Plan = z.infer<typeof S.PlanSchema>;
export type Business = z.infer<typeof S.BusinessSchema>;
export type Kpi = z.infer<typeof S.KpiSchema>;
export type Milestone = z.infer<typeof S.MilestoneSchema>;
export type Team = z.infer<typeof S.TeamSchema>;
export type Person = z.infer<typeof S.PersonSchema>;
export type PlanNode = z.infer<typeof S.NodeSchema>;
export type PlanEdge = z.infer<typeof S.EdgeSchema>;
export type Raci = z.infer<typeof S.RaciSchema>;
export type Handoff = z.infer<typeof S.HandoffSchema>;
export type DataInfo = z.infer<typeof S.DataInfoSchema>;
export type ChecklistItem = z.infer<typeof S.ChecklistItemSchema>;
export type Requirement = z.infer<typeof S.RequirementSchema>;
export type Question = z.infer<typeof S.QuestionSchema>;
export type SignOff = z.infer<typeof S.SignOffSchema>;
export type Meta = z.infer<typeof S.MetaSchema>;
export type Position = z.infer<typeof S.PositionSchema>;
export type Size = z.infer<typeof S.SizeSchema>;
export type Frame = z.infer<typeof S.FrameSchema>;
export type Layout = z.infer<typeof S.LayoutSchema>;
