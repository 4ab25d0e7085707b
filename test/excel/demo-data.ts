import { readFileSync } from 'node:fs';
import { evaluateYear, type ClusterContext, type YearEvaluation } from '../../shared/engine/evaluate-year';
import { parseClusterDocument } from '../../shared/interchange/cluster-document';
import type { Unit } from '../../shared/model/units';
import type { Year } from '../../shared/model/year';
import type { DocumentOptions } from '../../shared/views/official-conventions';
import type { ExportInput } from '../../shared/excel/year-workbook';

const TEXT = readFileSync(new URL('../../shared/demo/trung-du-mien-nui-phia-bac.json', import.meta.url), 'utf8');

export interface Demo {
  readonly clusterId: string;
  readonly clusterName: string;
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
    units: doc.units,
    context: doc,
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

export function exportInput(demo: Demo, year: Year): ExportInput & { evaluation: YearEvaluation } {
  return { year, evaluation: evaluateYear(year, demo.context), units: demo.units, document: documentOptions(demo, year) };
}
