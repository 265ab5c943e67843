import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROVINCE_ZONES } from '../pricing/index.js';
import { checkAddress, formatAddressZh, maskPhone, normalisePhone, type Address, type AddressInput } from './address-rules.js';

const good: Address = { recipient: '张三', phone: '13812345678', province: 'SH', city: '上海市', district: '浦东新区', street: '世纪大道100号5楼', postcode: '200120' };
const check = (overrides: AddressInput) => checkAddress({ ...good, ...overrides }, PROVINCE_ZONES);
const codes = (overrides: AddressInput) => {
  const out = check(overrides);
  return out.ok ? [] : out.problems.map((p) => `${p.field}:${p.code}`);
};
const accepted = (overrides: AddressInput) => {
  const out = check(overrides);
  if (!out.ok) throw new Error(`refused: ${JSON.stringify(out.problems)}`);
  return out.address;
};

describe('checkAddress', () => {
  it('accepts a plain address unchanged', () => {
    expect(checkAddress(good, PROVINCE_ZONES)).toEqual({ ok: true, address: good });
  });

  it.each<[string, AddressInput, Partial<Address>]>([
    ['trims and collapses whitespace in the name', { recipient: '  John   Smith \u3000' }, { recipient: 'John Smith' }],
    ['keeps the middle dot of a transliterated name', { recipient: '阿依古丽·买买提' }, { recipient: '阿依古丽·买买提' }],
    ['turns look-alike dots and spaces around them into one ·', { recipient: '阿依古丽 ・ 买买提' }, { recipient: '阿依古丽·买买提' }],
    ['accepts accented Latin names', { recipient: 'José Núñez' }, { recipient: 'José Núñez' }],
    ['accepts a 30-character name', { recipient: '张'.repeat(30) }, { recipient: '张'.repeat(30) }],
    ['full-width letters become ASCII (NFKC)', { recipient: 'Ｊｏｈｎ' }, { recipient: 'John' }],
    ['strips spaces from the phone', { phone: '138 1234 5678' }, { phone: '13812345678' }],
    ['strips dashes from the phone', { phone: '138-1234-5678' }, { phone: '13812345678' }],
    ['strips +86', { phone: '+86 138 1234 5678' }, { phone: '13812345678' }],
    ['strips 0086', { phone: '0086-13812345678' }, { phone: '13812345678' }],
    ['reads full-width digits in the phone', { phone: '１３８１２３４５６７８' }, { phone: '13812345678' }],
    ['reads a full-width plus and dashes', { phone: '＋８６－１９９－１２３４－５６７８' }, { phone: '19912345678' }],
    ['accepts 19x numbers', { phone: '19912345678' }, { phone: '19912345678' }],
    ['reads full-width digits in the postcode', { postcode: '２００１２０' }, { postcode: '200120' }],
    ['trims the postcode', { postcode: ' 200120 ' }, { postcode: '200120' }],
    ['province codes are case-insensitive', { province: 'sh' }, { province: 'SH' }],
    ['full-width province code', { province: 'ＧＤ', city: '广州市' }, { province: 'GD', city: '广州市' }],
    ['a municipality may give its short name as the city', { city: '上海' }, { city: '上海市' }],
    ['a municipality may give 市辖区 as the city', { province: 'BJ', city: '市辖区' }, { city: '北京市' }],
    ['Chongqing keeps a county-level city as its city', { province: 'CQ', city: '万州区' }, { city: '万州区' }],
    ['other provinces keep their city as given', { province: 'GD', city: '广州' }, { city: '广州' }],
    ['collapses whitespace in the street', { street: 'Room 5,\u3000 Building  A' }, { street: 'Room 5, Building A' }],
    ['full-width brackets and commas in the street become ASCII', { street: '长乐路（近华山路）１号' }, { street: '长乐路(近华山路)1号' }],
    ['accepts a 4-character street', { street: '长乐路1' }, { street: '长乐路1' }],
    ['accepts a 120-character street', { street: '路'.repeat(120) }, { street: '路'.repeat(120) }],
  ])('%s', (_name, overrides, expected) => {
    expect(accepted(overrides)).toMatchObject(expected);
  });

  it.each<[string, AddressInput, string[]]>([
    ['empty name', { recipient: '   ' }, ['recipient:recipient_required']],
    ['missing name', { recipient: undefined }, ['recipient:recipient_required']],
    ['a 31-character name', { recipient: '张'.repeat(31) }, ['recipient:recipient_length']],
    ['a digits-only name', { recipient: '123456' }, ['recipient:recipient_characters']],
    ['digits in the name', { recipient: '张三3' }, ['recipient:recipient_characters']],
    ['an emoji in the name', { recipient: '张三😀' }, ['recipient:recipient_characters']],
    ['a control character in the name', { recipient: '张\u0007三' }, ['recipient:recipient_characters']],
    ['a line break inside the name', { recipient: '张\n三' }, ['recipient:recipient_characters']],
    ['a zero-width space in the name', { recipient: '张\u200b三' }, ['recipient:recipient_characters']],
    ['a bidi override in the street', { street: '世纪大道\u202e100号' }, ['street:street_characters']],
    ['a name that is only a dot', { recipient: '·' }, ['recipient:recipient_characters']],
    ['a name starting with a dot', { recipient: '·张三' }, ['recipient:recipient_characters']],
    ['another script in the name', { recipient: 'Иван' }, ['recipient:recipient_characters']],
    ['missing phone', { phone: '' }, ['phone:phone_required']],
    ['a landline', { phone: '021-12345678' }, ['phone:phone_format']],
    ['10 digits', { phone: '1381234567' }, ['phone:phone_format']],
    ['12 digits', { phone: '138123456789' }, ['phone:phone_format']],
    ['a number starting 12', { phone: '12812345678' }, ['phone:phone_format']],
    ['letters in the phone', { phone: '1381234567a' }, ['phone:phone_format']],
    ['another country code', { phone: '+85212345678' }, ['phone:phone_format']],
    ['unknown province', { province: 'XX' }, ['province:province_unknown']],
    ['Hong Kong is not in this channel', { province: 'HK' }, ['province:province_unknown']],
    ['a province name instead of the code', { province: '上海市' }, ['province:province_unknown']],
    ['missing province', { province: '' }, ['province:province_required']],
    ['empty city', { city: '' }, ['city:city_required']],
    ['a 31-character city', { city: '市'.repeat(31) }, ['city:city_length']],
    ['an emoji in the city', { city: '上海🏙️' }, ['city:city_characters']],
    ['empty district', { district: ' ' }, ['district:district_required']],
    ['a 31-character district', { district: '区'.repeat(31) }, ['district:district_length']],
    ['a 3-character street', { street: '长乐路' }, ['street:street_length']],
    ['a 121-character street', { street: '路'.repeat(121) }, ['street:street_length']],
    ['an emoji in the street', { street: '世纪大道100号❤️' }, ['street:street_characters']],
    ['a keycap emoji in the street', { street: '世纪大道1\ufe0f\u20e3号' }, ['street:street_characters']],
    ['a tab in the street', { street: '世纪大道\t100号' }, ['street:street_characters']],
    ['missing postcode', { postcode: '' }, ['postcode:postcode_required']],
    ['a 5-digit postcode', { postcode: '20012' }, ['postcode:postcode_format']],
    ['a 7-digit postcode', { postcode: '2001200' }, ['postcode:postcode_format']],
    ['a postcode with a space', { postcode: '200 120' }, ['postcode:postcode_format']],
    ['letters in the postcode', { postcode: '20012a' }, ['postcode:postcode_format']],
  ])('refuses %s', (_name, overrides, expected) => {
    expect(codes(overrides)).toEqual(expected);
  });

  it('reports every problem at once, in field order, with a message naming the rule', () => {
    const out = checkAddress({ recipient: '', phone: '123', province: 'ZZ', city: '', district: '', street: 'ab', postcode: '1' }, PROVINCE_ZONES);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.problems.map((p) => p.field)).toEqual(['recipient', 'phone', 'province', 'city', 'district', 'street', 'postcode']);
    expect(out.problems.find((p) => p.field === 'phone')!.message).toMatch(/mainland China mobile number/);
    expect(out.problems.find((p) => p.field === 'street')!.message).toMatch(/4 to 120 characters \(it has 2\)/);
    expect(out.problems.find((p) => p.field === 'postcode')!.message).toBe('postcode must be exactly 6 digits');
  });

  it('answers very long input quickly with a length problem (no catastrophic backtracking)', () => {
    const huge = 'a'.repeat(200_000);
    const started = performance.now();
    const out = checkAddress({ recipient: huge, phone: huge, province: huge, city: huge, district: huge, street: `${huge}😀`, postcode: huge }, PROVINCE_ZONES);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(out.ok ? [] : out.problems.map((p) => p.code)).toEqual(['recipient_length', 'phone_format', 'province_unknown', 'city_length', 'district_length', 'street_length', 'postcode_format']);
  });

  it('counts characters, not UTF-16 units (rare Han characters outside the BMP)', () => {
    expect(accepted({ recipient: '𠀀'.repeat(30) }).recipient).toHaveLength(60);
    expect(codes({ recipient: '𠀀'.repeat(31) })).toEqual(['recipient:recipient_length']);
  });

  it('checks only against the provinces it is given', () => {
    expect(checkAddress(good, [{ province: 'GD', nameZh: '广东省' }]).ok).toBe(false);
  });

  it('re-checks any accepted address to itself (normalisation is idempotent)', () => {
    const piece = fc.oneof(
      fc.constantFrom('张', '三', '·', '・', ' ', '\u3000', 'a', 'Z', 'é', '1', '１', '-', '－', '号', '(', '（', ',', '+86', '0086', '😀', '\t', '上海'),
      fc.string({ maxLength: 4 }),
    );
    const text = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));
    const phone = fc.tuple(fc.constantFrom('', '+86 ', '0086-', '＋８６'), fc.constantFrom('13', '19', '１５'), fc.stringMatching(/^[0-9]{9}$/)).map(([p, a, b]) => `${p}${a} ${b.slice(0, 4)}-${b.slice(4)}`);
    const input = fc.record({
      recipient: fc.oneof(text, fc.constantFrom('张三', ' John  Smith ', '阿依古丽 ・ 买买提')),
      phone: fc.oneof(phone, text),
      province: fc.constantFrom(...PROVINCE_ZONES.map((p) => p.province), 'sh', 'ＣＱ', 'XX'),
      city: fc.oneof(text, fc.constantFrom('上海', '北京', '市辖区', '重庆市')),
      district: text,
      street: fc.oneof(text, fc.constant('世纪大道１００号　５楼')),
      postcode: fc.oneof(fc.stringMatching(/^[0-9]{6}$/), fc.constant('２００１２０'), text),
    });
    let acceptedCount = 0;
    fc.assert(
      fc.property(input, (raw) => {
        const first = checkAddress(raw, PROVINCE_ZONES);
        if (!first.ok) return;
        acceptedCount++;
        expect(checkAddress(first.address, PROVINCE_ZONES)).toEqual(first);
      }),
      { numRuns: 2000 },
    );
    // The property means nothing if the generator never produced an acceptable address.
    expect(acceptedCount).toBeGreaterThan(20);
  });
});

describe('normalisePhone and maskPhone', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['+8613812345678', '13812345678'],
    ['8613812345678', null],
    ['013812345678', null],
    ['', null],
  ])('%s → %s', (raw, expected) => {
    expect(normalisePhone(raw)).toBe(expected);
  });

  it('masks the middle four digits', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
  });
});

describe('formatAddressZh', () => {
  it.each<[string, Pick<Address, 'city' | 'district' | 'street'>, string, string]>([
    ['a province', { city: '广州市', district: '天河区', street: '体育西路 1 号' }, '广东省', '广东省广州市天河区体育西路1号'],
    ['a municipality does not repeat itself', { city: '上海市', district: '浦东新区', street: '世纪大道100号' }, '上海市', '上海市浦东新区世纪大道100号'],
    ['Latin parts lose their spaces too', { city: '深圳市', district: '南山区', street: 'Room 5 Tower A' }, '广东省', '广东省深圳市南山区Room5TowerA'],
  ])('%s', (_name, address, provinceName, expected) => {
    expect(formatAddressZh(address, provinceName)).toBe(expected);
  });
});
