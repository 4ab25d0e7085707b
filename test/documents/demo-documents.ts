import { evaluateYear } from '../../shared/engine/evaluate-year';
import type { OfficialDocumentInput } from '../../shared/documents/document-input';
import type { Year } from '../../shared/model/year';
import { loadDemo, type Demo } from '../excel/demo-data';

export const demo: Demo = loadDemo();

/** The documents' input for a demo year (or a changed copy of it), as the Văn bản screen builds it. */
export function demoInput(yearNumber: number, change: (year: Year) => Year = (y) => y): OfficialDocumentInput {
  const year = change(demo.year(yearNumber));
  return {
    year,
    evaluation: evaluateYear(year, demo.context),
    units: demo.units,
    memberOrder: demo.context.memberOrder,
    cluster: { name: demo.clusterName, organisingBody: 'Ủy ban Trung ương MTTQ Việt Nam', sector: 'cụm' },
  };
}
