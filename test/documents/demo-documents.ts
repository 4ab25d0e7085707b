import { evaluateYear } from '../../shared/engine/evaluate-year';
import type { OfficialDocumentInput } from '../../shared/documents/document-input';
import { documentOptions, loadDemo, type Demo } from '../excel/demo-data';

export const demo: Demo = loadDemo();

/** The documents' input for a demo year, as the Văn bản screen builds it (place "Phú Thọ", signer "Nguyễn Hải"). */
export function demoInput(yearNumber: number): OfficialDocumentInput {
  const year = demo.year(yearNumber);
  return {
    year,
    evaluation: evaluateYear(year, demo.context),
    units: demo.units,
    organisingBody: 'Ủy ban Trung ương MTTQ Việt Nam',
    document: documentOptions(demo, year),
  };
}
