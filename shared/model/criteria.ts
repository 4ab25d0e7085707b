import { z } from 'zod';
import { IdSchema, nameSchema } from './units';

/**
 * Points are integers in hundredths of a point (model.md conventions): 7,5 điểm is stored as 750, so every total is
 * an exact integer sum (docs/domain.md, "Rule sets and defaults": "Totals are exact sums").
 */
export const PointsSchema = z.number().int({ error: 'Điểm phải là số nguyên theo phần trăm điểm (7,5 điểm = 750).' });

const MaxSchema = PointsSchema.min(0, { error: 'Điểm tối đa không được âm.' });

const criterionBase = {
  id: IdSchema,
  /** Code printed in the table, e.g. "I.1". */
  code: z.string().min(1, { error: 'Mã tiêu chí không được để trống.' }),
  name: nameSchema('Tên tiêu chí'),
  note: z.string().optional(),
};

/** One step of a `steps` formula: a value at least `atLeast` earns `points` (the highest step reached counts). */
export const IndicatorStepSchema = z.strictObject({
  atLeast: z.number().finite(),
  points: MaxSchema,
});
export type IndicatorStep = z.infer<typeof IndicatorStepSchema>;

/**
 * How an indicator value becomes points (docs/domain.md, "Criterion kinds"): `target` = max × min(1, value / pledged
 * target); `best` = max × value / best value among the year's members; `steps` = a threshold table.
 */
export const IndicatorFormulaSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('target') }),
  z.strictObject({ kind: z.literal('best') }),
  z.strictObject({
    kind: z.literal('steps'),
    steps: z.array(IndicatorStepSchema).min(1, { error: 'Bảng bậc phải có ít nhất một bậc.' }),
  }),
]);
export type IndicatorFormula = z.infer<typeof IndicatorFormulaSchema>;

/** Graded criterion: a score in [0, max] entered by hand (self and/or reviewed, or by peers). */
export const GradedCriterionSchema = z.strictObject({
  ...criterionBase,
  kind: z.literal('graded'),
  max: MaxSchema,
  /** A required criterion without any score is an error, not a silent zero (docs/domain.md, "Rule sets and defaults"). */
  required: z.boolean().optional(),
});

/** Indicator criterion: points computed from the member's indicator value for the year. */
export const IndicatorCriterionSchema = z.strictObject({
  ...criterionBase,
  kind: z.literal('indicator'),
  max: MaxSchema,
  indicatorId: IdSchema,
  formula: IndicatorFormulaSchema,
});

/** Bonus criterion (điểm thưởng): entries add points; `cap` limits this criterion, the rule set caps the sum. */
export const BonusCriterionSchema = z.strictObject({
  ...criterionBase,
  kind: z.literal('bonus'),
  cap: MaxSchema.optional(),
});

/** Penalty criterion (điểm trừ): each entry deducts points and carries a reason. */
export const PenaltyCriterionSchema = z.strictObject({
  ...criterionBase,
  kind: z.literal('penalty'),
});

export const CriterionSchema = z.discriminatedUnion('kind', [
  GradedCriterionSchema,
  IndicatorCriterionSchema,
  BonusCriterionSchema,
  PenaltyCriterionSchema,
]);
export type Criterion = z.infer<typeof CriterionSchema>;
export type GradedCriterion = z.infer<typeof GradedCriterionSchema>;
export type IndicatorCriterion = z.infer<typeof IndicatorCriterionSchema>;
export type BonusCriterion = z.infer<typeof BonusCriterionSchema>;
export type PenaltyCriterion = z.infer<typeof PenaltyCriterionSchema>;
export type CriterionKind = Criterion['kind'];
/** Criteria whose points count towards the maximum and the core sum (graded + indicator). */
export type ScoredCriterion = GradedCriterion | IndicatorCriterion;

/** A section of the criteria table (phần), e.g. "I. Công tác tuyên truyền". */
export const SectionSchema = z.strictObject({
  id: IdSchema,
  code: z.string().min(1, { error: 'Mã phần không được để trống.' }),
  name: nameSchema('Tên phần'),
  criteria: z.array(CriterionSchema),
});
export type Section = z.infer<typeof SectionSchema>;

/** A measured quantity (chỉ tiêu): count of communes or houses, money in đồng, or a percent. */
export const IndicatorDefSchema = z.strictObject({
  id: IdSchema,
  name: nameSchema('Tên chỉ tiêu'),
  unit: z.enum(['count', 'vnd', 'percent']),
  /** Label shown after a value: "xã", "căn", "đồng", "%". */
  unitLabel: z.string(),
});
export type IndicatorDef = z.infer<typeof IndicatorDefSchema>;

export function isScoredCriterion(c: Criterion): c is ScoredCriterion {
  return c.kind === 'graded' || c.kind === 'indicator';
}
