// What a mainland delivery address must look like before it may go to customs (DOMAIN.md §5: consignee,
// consigneeTelephone and consigneeAddress are declared and must match the carrier's waybill). Pure: no db,
// no clock. Every field is NFKC-normalised first, so full-width digits and letters typed on a Chinese IME
// (１３８…, ＳＨ) and the ideographic space become their ASCII forms before any rule looks at them.

export type AddressField = 'recipient' | 'phone' | 'province' | 'city' | 'district' | 'street' | 'postcode';
export const ADDRESS_FIELDS: readonly AddressField[] = ['recipient', 'phone', 'province', 'city', 'district', 'street', 'postcode'];

export type AddressInput = Partial<Record<AddressField, string | null | undefined>>;
export type Address = Record<AddressField, string>;
export type AddressProblem = { field: AddressField; code: string; message: string };
export type AddressCheck = { ok: true; address: Address } | { ok: false; problems: AddressProblem[] };
export type Province = { province: string; nameZh: string };

export const MUNICIPALITIES: readonly string[] = ['BJ', 'SH', 'TJ', 'CQ'];

const LIMITS = { recipient: [1, 30], city: [1, 30], district: [1, 30], street: [4, 120] } as const;

// Control and format characters (tabs, newlines, zero-width spaces, bidi overrides), lone surrogates and
// private-use code points: none belongs on a waybill, and the bidi ones can disguise what is printed.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}]/u;
const NAME_LETTER = '[\\p{Script=Han}\\p{Script=Latin}]';
// Words of Chinese or Latin letters, separated by single spaces or by the middle dot of transliterated
// names (阿依古丽·买买提); no digits, no other punctuation, no emoji.
const RECIPIENT = new RegExp(`^${NAME_LETTER}+(?:[ ·]${NAME_LETTER}+)*$`, 'u');
// Place names and the detailed address: Chinese, Latin letters, ASCII digits, punctuation (号, #, -, (),
// 、) and spaces. Symbols (emoji, ❤, ¥, +) and other scripts are refused: carriers' label printers and the
// customs message are Chinese/ASCII, and an unprintable consignee address fails the three-document match.
const PLACE = /^[\p{Script=Han}\p{Script=Latin}0-9 \p{P}]+$/u;
// The dots people type for the name separator: the katakana middle dot of Japanese IMEs, bullets, the
// hyphenation point common in Taiwan. Customs expects U+00B7.
const DOT_LOOKALIKES = /[\u30FB\u2022\u2027\u2219\u22C5\u00B7]/gu;

const cleanText = (raw: string) => raw.normalize('NFKC').trim();
const collapse = (s: string) => s.replace(/\s+/gu, ' ');
const length = (s: string) => [...s].length;

function textField(field: 'recipient' | 'city' | 'district' | 'street', raw: string | null | undefined, problems: AddressProblem[]): string {
  const value = cleanText(raw ?? '');
  const [min, max] = LIMITS[field];
  if (value === '') {
    problems.push({ field, code: `${field}_required`, message: `${field} is required` });
    return value;
  }
  if (UNPRINTABLE.test(value)) {
    problems.push({ field, code: `${field}_characters`, message: `${field} must not contain control or invisible characters (tabs, line breaks, zero-width or direction marks)` });
    return value;
  }
  let out = collapse(value);
  if (field === 'recipient') out = out.replace(DOT_LOOKALIKES, '·').replace(/ ?· ?/gu, '·');
  const n = length(out);
  if (n < min || n > max) {
    const rule = min === 1 ? `at most ${max} characters` : `${min} to ${max} characters`;
    problems.push({ field, code: `${field}_length`, message: `${field} must be ${rule} (it has ${n})` });
  } else if (field === 'recipient' && !RECIPIENT.test(out)) {
    problems.push({
      field,
      code: 'recipient_characters',
      message: 'recipient must be a name in Chinese or Latin letters (words separated by a space or the middle dot ·), without digits, symbols or emoji',
    });
  } else if (field !== 'recipient' && !PLACE.test(out)) {
    problems.push({ field, code: `${field}_characters`, message: `${field} may contain only Chinese characters, Latin letters, digits 0-9, punctuation and spaces (no emoji or symbols)` });
  }
  return out;
}

/** A mainland mobile number without the country code, or null when it is not one. */
export function normalisePhone(raw: string): string | null {
  const compact = raw.normalize('NFKC').replace(/[\s\-‐‑‒–—]/gu, '');
  const national = compact.replace(/^(?:\+86|0086)/u, '');
  return /^1[3-9][0-9]{9}$/u.test(national) ? national : null;
}

function phoneField(raw: string | null | undefined, problems: AddressProblem[]): string {
  const value = cleanText(raw ?? '');
  if (value === '') {
    problems.push({ field: 'phone', code: 'phone_required', message: 'phone is required' });
    return value;
  }
  const phone = normalisePhone(value);
  if (phone) return phone;
  problems.push({
    field: 'phone',
    code: 'phone_format',
    message: 'phone must be a mainland China mobile number: 11 digits starting 13–19 (spaces, dashes and a leading +86 or 0086 are allowed)',
  });
  return value;
}

function provinceField(raw: string | null | undefined, provinces: readonly Province[], problems: AddressProblem[]): Province | null {
  const code = cleanText(raw ?? '').toUpperCase();
  if (code === '') {
    problems.push({ field: 'province', code: 'province_required', message: 'province is required' });
    return null;
  }
  const found = provinces.find((p) => p.province === code);
  if (!found) problems.push({ field: 'province', code: 'province_unknown', message: 'province must be the code of a mainland province, e.g. SH for 上海市 or GD for 广东省' });
  return found ?? null;
}

function postcodeField(raw: string | null | undefined, problems: AddressProblem[]): string {
  const value = cleanText(raw ?? '');
  if (value === '') problems.push({ field: 'postcode', code: 'postcode_required', message: 'postcode is required' });
  else if (!/^[0-9]{6}$/u.test(value)) problems.push({ field: 'postcode', code: 'postcode_format', message: 'postcode must be exactly 6 digits' });
  return value;
}

/**
 * A municipality's addresses have no city level of their own; shoppers write 上海, 上海市 or 市辖区 there.
 * All three are kept as the municipality's full name, so formatAddressZh can drop the repetition.
 */
function municipalityCity(city: string, province: Province | null): string {
  if (!province || !MUNICIPALITIES.includes(province.province)) return city;
  const short = province.nameZh.replace(/市$/u, '');
  return city === short || city === province.nameZh || city === '市辖区' ? province.nameZh : city;
}

/** Checks and normalises a whole address, answering every problem at once (a form shows them together). */
export function checkAddress(input: AddressInput, provinces: readonly Province[]): AddressCheck {
  const problems: AddressProblem[] = [];
  const recipient = textField('recipient', input.recipient, problems);
  const phone = phoneField(input.phone, problems);
  const province = provinceField(input.province, provinces, problems);
  const city = municipalityCity(textField('city', input.city, problems), province);
  const district = textField('district', input.district, problems);
  const street = textField('street', input.street, problems);
  const postcode = postcodeField(input.postcode, problems);
  if (problems.length > 0 || !province) return { ok: false, problems };
  return { ok: true, address: { recipient, phone, province: province.province, city, district, street, postcode } };
}

/**
 * The one-line address customs and the waybill carry (consigneeAddress): province, city, district and
 * street run together as Chinese addresses are written, without spaces; a municipality's city is not
 * repeated (上海市浦东新区…, not 上海市上海市浦东新区…).
 */
export function formatAddressZh(address: Pick<Address, 'city' | 'district' | 'street'>, provinceName: string): string {
  const city = address.city === provinceName ? '' : address.city;
  return `${provinceName}${city}${address.district}${address.street}`.replace(/\s+/gu, '');
}

/** 138****1234: enough for a shopper to tell their numbers apart in a list. */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '*'.repeat(phone.length);
}
