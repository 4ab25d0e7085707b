import { describe, expect, test } from 'vitest';
import demo from '../../../shared/demo/trung-du-mien-nui-phia-bac.json';
import { checkMemberOrder, clusterOrder, membersInOrder, moveInOrder, placeBefore, unitsInOrder } from '../../../shared/engine/member-order';

const units = demo.units;
const members2023 = demo.years[0]!.memberIds;

describe("the cluster's official order of its members", () => {
  test('without a recorded order, members follow Vietnamese alphabetical order of their names', () => {
    expect(membersInOrder(members2023, { units })).toEqual(['u-bac-giang', 'u-bac-kan', 'u-hoa-binh', 'u-phu-tho', 'u-thai-nguyen', 'u-tuyen-quang', 'u-yen-bai']);
  });

  test('a recorded order wins; units it does not name follow alphabetically; unknown ids are ignored', () => {
    const memberOrder = ['u-yen-bai', 'gone', 'u-phu-tho', 'u-tuyen-quang'];
    expect(membersInOrder(members2023, { units, memberOrder })).toEqual([
      'u-yen-bai', 'u-phu-tho', 'u-tuyen-quang', 'u-bac-giang', 'u-bac-kan', 'u-hoa-binh', 'u-thai-nguyen',
    ]);
    expect(clusterOrder({ units, memberOrder })).toHaveLength(units.length);
    expect(unitsInOrder(units, memberOrder).slice(0, 3).map((u) => u.id)).toEqual(['u-yen-bai', 'u-phu-tho', 'u-tuyen-quang']);
  });

  test('ids the cluster does not know stay last in the order given; duplicates collapse', () => {
    expect(membersInOrder(['x', 'u-phu-tho', 'u-bac-kan', 'u-phu-tho'], { units })).toEqual(['u-bac-kan', 'u-phu-tho', 'x']);
  });

  test('checkMemberOrder accepts a full permutation and refuses unknown, repeated and missing units in Vietnamese', () => {
    const ids = units.map((u) => u.id);
    expect(checkMemberOrder([...ids].reverse(), units)).toEqual({ ok: true, value: [...ids].reverse() });
    expect(checkMemberOrder([...ids, 'u-x'], units)).toEqual({
      ok: false,
      message: 'Thứ tự thành viên có mã «u-x» không phải đơn vị của cụm (có thể vừa bị xóa). Hãy tải lại màn hình rồi sắp xếp lại.',
    });
    expect(checkMemberOrder([...ids, 'u-phu-tho'], units)).toEqual({
      ok: false,
      message: 'Thứ tự thành viên ghi «Ủy ban MTTQ Việt Nam tỉnh Phú Thọ» hai lần; mỗi đơn vị chỉ có một vị trí.',
    });
    const short = checkMemberOrder(ids.filter((id) => id !== 'u-yen-bai'), units);
    expect(short).toEqual({ ok: false, message: 'Thứ tự thành viên thiếu «Ủy ban MTTQ Việt Nam tỉnh Yên Bái»; thứ tự phải có đủ mọi đơn vị của cụm.' });
  });

  test('moving up and down is clamped at the ends; a drop places a unit before another', () => {
    const order = ['a', 'b', 'c'];
    expect(moveInOrder(order, 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moveInOrder(order, 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveInOrder(order, 'a', 1)).toEqual(['b', 'a', 'c']);
    expect(moveInOrder(order, 'c', 5)).toEqual(['a', 'b', 'c']);
    expect(placeBefore(order, 'c', 'a')).toEqual(['c', 'a', 'b']);
    expect(placeBefore(order, 'a', undefined)).toEqual(['b', 'c', 'a']);
    expect(order).toEqual(['a', 'b', 'c']);
  });
});
