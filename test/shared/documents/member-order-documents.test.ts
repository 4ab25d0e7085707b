import { describe, expect, test } from 'vitest';
import { buildOfficialDocument } from '../../../shared/documents/build-document';
import { buildExport } from '../../../shared/excel/year-workbook';
import { demo, demoInput } from '../../documents/demo-documents';
import { exportInput } from '../../excel/demo-data';

const REVERSED = [...(demo.context.memberOrder ?? [])].reverse();
/** The 2023 provinces in the order a built document or workbook (as JSON) names them, each counted at its first mention. */
const provincesIn = (json: string, pattern: RegExp): string[] => [...new Set([...json.matchAll(pattern)].map((m) => m[1] ?? ''))];

describe("documents and workbooks list members in the cluster's official order", () => {
  test('the minutes list the members present in the recorded order, whatever order they were ticked in', () => {
    const minutes = (memberOrder: readonly string[] | undefined) => {
      const built = buildOfficialDocument({ kind: 'minutes' }, { ...demoInput(2023), memberOrder });
      if (!built.ok) throw new Error(built.message);
      return provincesIn(JSON.stringify(built.value), /"\+ Ủy ban MTTQ Việt Nam tỉnh ([^":;.]+)/gu);
    };
    const official = minutes(demo.context.memberOrder);
    expect(official[0]).toBe('Phú Thọ');
    expect(official.length).toBeGreaterThan(1);
    expect(minutes(REVERSED)).toEqual([...official].reverse());
  });

  test('the indicators sheet rows follow the recorded order', () => {
    const rowsOf = (memberOrder: readonly string[] | undefined) => {
      const file = buildExport('indicators', { ...exportInput(demo, demo.year(2023)), memberOrder });
      return provincesIn(JSON.stringify(file.workbook), /"Ủy ban MTTQ Việt Nam tỉnh ([^"]+)"/gu);
    };
    const official = rowsOf(demo.context.memberOrder);
    expect(official).toHaveLength(7);
    expect(official[0]).toBe('Phú Thọ');
    expect(rowsOf(REVERSED)).toEqual([...official].reverse());
  });
});
