import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { utf8Length } from '../../../shared/base/utf8-length';

const encoded = (text: string) => new TextEncoder().encode(text).byteLength;

test('Vietnamese, emoji and plain text count as many bytes as TextEncoder writes', () => {
  for (const text of ['', 'abc', 'Cụm thi đua', 'Ủy ban MTTQ tỉnh Phú Thọ', '📄 tệp', '{"a":1}\n']) expect(utf8Length(text)).toBe(encoded(text));
});

test.prop([fc.string({ unit: 'binary' })])('any text, lone surrogates included, counts as TextEncoder writes it', (text) => {
  expect(utf8Length(text)).toBe(encoded(text));
});
