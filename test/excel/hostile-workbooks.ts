/**
 * Hostile spreadsheets for the import tests (unit and e2e): a zip bomb, a workbook of twenty thousand sheets, a
 * password-protected workbook, and a small zip writer that lets a test put in a zip what no office suite would.
 */
import { deflateSync, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';

const enc = new TextEncoder();

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A part as it goes into the zip: deflated bytes, with the CRC and size of what they inflate to. */
export interface RawPart {
  readonly name: string;
  readonly deflated: Uint8Array;
  readonly crc: number;
  readonly size: number;
}

export function rawPart(name: string, data: Uint8Array): RawPart {
  return { name, deflated: deflateSync(data, { level: 9 }), crc: crc32(data), size: data.length };
}

/** Writes a zip of already-deflated parts (the same compressed bytes may appear under many names). */
export function writeZip(parts: readonly RawPart[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = enc.encode(p.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, 8, true);
    lv.setUint32(14, p.crc, true);
    lv.setUint32(18, p.deflated.length, true);
    lv.setUint32(22, p.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const entry = new Uint8Array(46 + name.length);
    const cv = new DataView(entry.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(16, p.crc, true);
    cv.setUint32(20, p.deflated.length, true);
    cv.setUint32(24, p.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    entry.set(name, 46);
    chunks.push(local, p.deflated);
    central.push(entry);
    offset += local.length + p.deflated.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, Math.min(parts.length, 0xffff), true);
  ev.setUint16(10, Math.min(parts.length, 0xffff), true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const all = [...chunks, ...central, end];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The parts of a workbook as raw parts, `edit` changing their text first. */
export function partsOf(bytes: Uint8Array, edit: (name: string, text: string) => string | null = (_n, t) => t): RawPart[] {
  return Object.entries(unzipSync(bytes)).flatMap(([name, data]) => {
    const text = edit(name, new TextDecoder().decode(data));
    return text === null ? [] : [rawPart(name, enc.encode(text))];
  });
}

/**
 * A template of a few megabytes that inflates to 4 GB: eighty parts that each inflate to 50 MB of spaces, sharing
 * one deflated stream (what SheetJS inflated in full, twice, until the renderer ran out of memory).
 */
export function zipBomb(template: Uint8Array, copies = 80): Uint8Array {
  const inner = new Uint8Array(50 * 1024 * 1024).fill(0x20);
  const bomb = rawPart('x', inner);
  const parts = partsOf(template);
  for (let i = 0; i < copies; i += 1) parts.push({ ...bomb, name: `xl/customXml/item${i + 1}.xml` });
  return writeZip(parts);
}

/** A workbook whose workbook.xml lists `count` sheets, each a tiny worksheet part. */
export function manySheets(count: number): Uint8Array {
  const sheet = rawPart('x', enc.encode('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>'));
  const ids = Array.from({ length: count }, (_, i) => i + 1);
  const parts: RawPart[] = [
    rawPart('[Content_Types].xml', enc.encode(`<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${ids.map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`)),
    rawPart('_rels/.rels', enc.encode('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')),
    rawPart('xl/workbook.xml', enc.encode(`<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${ids.map((i) => `<sheet name="S${i}" sheetId="${i}" r:id="rId${i}"/>`).join('')}</sheets></workbook>`)),
    rawPart('xl/_rels/workbook.xml.rels', enc.encode(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${ids.map((i) => `<Relationship Id="rId${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"/>`).join('')}</Relationships>`)),
    ...ids.map((i) => ({ ...sheet, name: `xl/worksheets/sheet${i}.xml` })),
  ];
  return writeZip(parts);
}

/** The shape of a workbook saved with "Encrypt with Password": an OLE file holding EncryptionInfo and EncryptedPackage. */
export function passwordProtected(): Uint8Array {
  const CFB = XLSX.CFB as unknown as {
    utils: { cfb_new(): unknown; cfb_add(cfb: unknown, name: string, content: Uint8Array): void };
    write(cfb: unknown, options: { type: 'array'; fileType: 'cfb' }): ArrayBuffer | number[];
  };
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, 'EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, ...enc.encode('<encryption/>')]));
  CFB.utils.cfb_add(cfb, 'EncryptedPackage', new Uint8Array(4096).fill(7));
  const out = CFB.write(cfb, { type: 'array', fileType: 'cfb' });
  return out instanceof ArrayBuffer ? new Uint8Array(out) : new Uint8Array(out);
}
