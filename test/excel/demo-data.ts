import { readFileSync } from 'node:fs';
import { evaluateYear, type ClusterContext, type YearEvaluation } from '../../shared/engine/evaluate-year';
import { parseClusterDocument } from '../../shared/interchange/cluster-document';
import type { Unit } from '../../shared/model/units';
import type { Year } from '../../shared/model/year';
import type { DocumentOptions } from '../../shared/views/official-conventions';
import type { ExportInput } from '../../shared/excel/year-workbook';
import type { SheetContext } from '../../shared/excel/sheet-facts';

const TEXT = readFileSync(new URL('../../shared/demo/trung-du-mien-nui-phia-bac.json', import.meta.url), 'utf8');

export interface Demo {
  readonly clusterId: string;
  readonly clusterName: string;
  readonly organisingBody: string;
  readonly sector: 'cụm' | 'khối';
  readonly units: readonly Unit[];
  readonly context: ClusterContext;
  readonly year: (y: number) => Year;
}

export function loadDemo(): Demo {
  const parsed = parseClusterDocument(TEXT);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const doc = parsed.doc;
  return {
    clusterId: doc.cluster.id,
    clusterName: doc.cluster.name,
    organisingBody: doc.cluster.organisingBody,
    sector: doc.cluster.sector ?? 'cụm',
    units: doc.units,
    context: { ...doc, memberOrder: doc.cluster.memberOrder },
    year: (y) => {
      const found = doc.years.find((x) => x.year === y);
      if (!found) throw new Error(`no demo year ${y}`);
      return found;
    },
  };
}

export function documentOptions(demo: Demo, year: Year): DocumentOptions {
  return {
    clusterName: demo.clusterName,
    leaderName: demo.units.find((u) => u.id === year.leaderId)?.name ?? year.leaderId,
    place: 'Phú Thọ',
    date: year.yearEndReview?.date ?? `${year.year}-12-31`,
    signerName: 'Nguyễn Hải',
  };
}

/** The cluster's own names the sheets print; every other fact comes from the year's meeting record. */
export function sheetContext(demo: Demo, year: Year): SheetContext {
  return {
    clusterName: demo.clusterName,
    leaderName: demo.units.find((u) => u.id === year.leaderId)?.name ?? year.leaderId,
    sector: demo.sector,
    organisingBody: demo.organisingBody,
  };
}

export function exportInput(demo: Demo, year: Year): ExportInput & { evaluation: YearEvaluation } {
  return { year, evaluation: evaluateYear(year, demo.context), units: demo.units, context: sheetContext(demo, year) };
}

/**
 * The year with its meeting record filled in as a secretariat would: signer, numbers of the list and of the letter,
 * an achievement summary for each member (the demo records only the date and place of the year-end review).
 */
export function withMeetingRecord(year: Year, signer = 'Nguyễn Hải'): Year {
  const review = year.yearEndReview ?? {};
  return {
    ...year,
    yearEndReview: {
      ...review,
      signer: { name: signer, position: 'Cụm trưởng' },
      documents: { proposalList: { number: '12' }, proposalLetter: { number: '15' } },
      achievements: year.memberIds.map((unitId, i) => ({
        unitId,
        text: `Hoàn thành xuất sắc các chỉ tiêu giao ước năm ${year.year}; vận động xây dựng ${120 + i * 7} nhà Đại đoàn kết, tổ chức Ngày hội Đại đoàn kết ở 100% khu dân cư.`,
      })),
    },
  };
}
