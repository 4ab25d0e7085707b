import { describe, expect, it } from 'vitest';
import { normaliseOperatorName, OPERATOR_NAME_MAX } from '../../../shared/model/operator';

describe('operator name (the who of the audit log)', () => {
  it('is stored in NFC with spaces tidied, so the same name typed twice is the same name', () => {
    const decomposed = 'Nguye\u0302\u0303n  Thi\u0323   Lan '; // "Nguyễn Thị Lan" from a keyboard sending combining marks
    expect(normaliseOperatorName(decomposed)).toEqual({ ok: true, value: 'Nguyễn Thị Lan' });
  });

  it('may be cleared', () => {
    expect(normaliseOperatorName('   ')).toEqual({ ok: true, value: '' });
  });

  it('refuses a name longer than the limit, saying how long it is', () => {
    const result = normaliseOperatorName('a'.repeat(OPERATOR_NAME_MAX + 1));
    expect(result).toEqual({ ok: false, message: 'Tên người thao tác dài 101 ký tự, quá 100 ký tự cho phép.' });
  });
});
