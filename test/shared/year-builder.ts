/** Small builders for domain tests and benchmarks: a year with graded criteria, plain ids, default rules. */
import type { Criterion, Section } from '../../shared/model/criteria';
import type { Unit } from '../../shared/model/units';
import type { Year } from '../../shared/model/year';
import { defaultRuleSet } from '../../shared/model/rules';
import { FORMAT_VERSION, type ClusterDocument } from '../../shared/interchange/cluster-document';

export const unitsOf = (ids: readonly string[]): Unit[] => ids.map((id) => ({ id, name: `Đơn vị ${id}` }));

export function gradedSection(id: string, maxima: readonly number[], extra: Criterion[] = []): Section {
  return {
    id,
    code: id,
    name: `Phần ${id}`,
    criteria: [
      ...maxima.map((max, k): Criterion => ({ id: `${id}.${k + 1}`, code: `${id}.${k + 1}`, name: `Tiêu chí ${id}.${k + 1}`, kind: 'graded', max })),
      ...extra,
    ],
  };
}

export function makeYear(overrides: Partial<Year> = {}): Year {
  return {
    year: 2023,
    memberIds: ['a', 'b', 'c'],
    leaderId: overrides.memberIds?.[0] ?? 'a',
    ruleSet: defaultRuleSet(),
    sections: [gradedSection('I', [1000, 500])],
    indicators: [],
    indicatorValues: [],
    scores: [],
    peerScores: [],
    adjustments: [],
    eligibility: [],
    tieResolutions: [],
    ballots: [],
    pledges: [],
    audit: [],
    locked: false,
    ...overrides,
  };
}

/** Reviewed scores for every member on every graded criterion: points[member][criterion index]. */
export function reviewedScores(year: Pick<Year, 'sections'>, points: Record<string, readonly number[]>): Year['scores'] {
  const graded = year.sections.flatMap((s) => s.criteria).filter((c) => c.kind === 'graded');
  return Object.entries(points).flatMap(([unitId, list]) =>
    graded.flatMap((c, k) => (list[k] === undefined ? [] : [{ unitId, criterionId: c.id, reviewed: list[k] }])),
  );
}

export function docOf(years: Year[], unitIds: readonly string[]): ClusterDocument {
  return {
    formatVersion: FORMAT_VERSION,
    cluster: { id: 'cl', name: 'Cụm thử', level: 'tỉnh', organisingBody: 'Cơ quan thử' },
    units: unitsOf(unitIds),
    mergers: [],
    years,
  };
}

/** Deterministic pseudo-random generator (mulberry32) so benchmarks and fixtures are reproducible. */
export function seeded(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A large synthetic year: `members` units × `criteria` criteria (graded, with a few indicator, bonus and penalty
 * criteria), in 10 sections, all reviewed. Used by the benchmarks and the 10 MB format test.
 */
export function syntheticYear(members: number, criteria: number, seed = 1, year = 2023): { year: Year; unitIds: string[] } {
  const rnd = seeded(seed);
  const unitIds = Array.from({ length: members }, (_, i) => `u-${i + 1}`);
  const perSection = Math.ceil(criteria / 10);
  const sections: Section[] = [];
  const indicators: Year['indicators'] = [];
  let made = 0;
  for (let s = 0; s < 10 && made < criteria; s += 1) {
    const list: Criterion[] = [];
    for (let k = 0; k < perSection && made < criteria; k += 1, made += 1) {
      const id = `c-${s + 1}.${k + 1}`;
      const base = { id, code: `${s + 1}.${k + 1}`, name: `Tiêu chí ${s + 1}.${k + 1}` };
      if (k === 0 && s < 4) {
        indicators.push({ id: `ind-${s + 1}`, name: `Chỉ tiêu ${s + 1}`, unit: s === 3 ? 'vnd' : 'count', unitLabel: s === 3 ? 'đồng' : 'xã' });
        list.push({ ...base, kind: 'indicator', max: 300, indicatorId: `ind-${s + 1}`, formula: { kind: 'best' } });
      } else if (k === 1 && s === 9) list.push({ ...base, kind: 'bonus', cap: 200 });
      else if (k === 2 && s === 9) list.push({ ...base, kind: 'penalty' });
      else list.push({ ...base, kind: 'graded', max: [50, 75, 100, 200][(s + k) % 4] ?? 100 });
    }
    sections.push({ id: `s-${s + 1}`, code: String(s + 1), name: `Phần ${s + 1}`, criteria: list });
  }
  const scores: Year['scores'] = [];
  const indicatorValues: Year['indicatorValues'] = [];
  const adjustments: Year['adjustments'] = [];
  for (const unitId of unitIds) {
    for (const section of sections) {
      for (const c of section.criteria) {
        if (c.kind === 'graded') {
          const reviewed = Math.floor(rnd() * (c.max + 1));
          scores.push({ unitId, criterionId: c.id, self: Math.min(c.max, reviewed + 25), reviewed });
        } else if (c.kind === 'indicator') {
          const scale = c.indicatorId === 'ind-4' ? 1_000_000 : 1;
          indicatorValues.push({ unitId, indicatorId: c.indicatorId, period: 'year', value: Math.floor(rnd() * 200) * scale });
        } else if (rnd() < 0.2) {
          adjustments.push({ id: `adj-${unitId}-${c.id}`, unitId, criterionId: c.id, points: 25 + Math.floor(rnd() * 8) * 25, reason: 'Lý do thử' });
        }
      }
    }
  }
  return {
    unitIds,
    year: makeYear({ year, memberIds: unitIds, leaderId: unitIds[0] ?? 'u-1', sections, indicators, indicatorValues, scores, adjustments }),
  };
}

/**
 * `year` scored by its members (docs/domain.md, "Peer scoring"): every member scores every other on every graded
 * criterion, from 0 to its maximum, and the year's own scores are dropped. 34 members and 150 criteria make 160.000.
 */
export function peerScored(year: Year): Year {
  const graded = year.sections.flatMap((s) => s.criteria.flatMap((c) => (c.kind === 'graded' ? [c] : [])));
  const peerScores: Year['peerScores'] = [];
  year.memberIds.forEach((scorerId, i) =>
    year.memberIds.forEach((unitId, j) => {
      if (i !== j) graded.forEach((c, k) => peerScores.push({ scorerId, unitId, criterionId: c.id, points: Math.floor((((i * 7 + j * 3 + k) % 11) * c.max) / 10) }));
    }),
  );
  return { ...year, scores: [], peerScores, ruleSet: { ...year.ruleSet, scoringMode: 'peer' } };
}
