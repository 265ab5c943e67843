// The address API's request and response shapes. The schema only bounds the types and sizes (so a huge
// body is refused early); checkAddress applies the address rules, so one 400 lists every problem.
import { Type } from 'typebox';

// Generous caps: longer than any rule allows, so a long value still gets the rule's own message.
const Text = (description: string) => Type.String({ maxLength: 1000, description });

const fields = {
  recipient: Text('收件人 consignee: 1–30 Chinese or Latin letters, the middle dot · allowed'),
  phone: Text('Mainland mobile, 11 digits from 13–19; spaces, dashes and a leading +86/0086 are accepted and removed'),
  province: Type.String({ maxLength: 20, description: 'Province code, e.g. SH (上海市), GD (广东省)' }),
  city: Text('City, 1–30 characters; for BJ, SH, TJ and CQ the municipality’s own name'),
  district: Text('District or county, 1–30 characters'),
  street: Text('The detailed address (street, number, building, room), 4–120 characters'),
  postcode: Type.String({ maxLength: 20, description: 'Six-digit postcode' }),
};

export const AddressIdParams = Type.Object({ addressId: Type.String({ pattern: '^adr_[0-9a-z]{26}$' }) });

// Unknown properties are refused (400 naming them), as everywhere else in the API: a misspelt field must
// not be silently dropped from a customs address.
export const NewAddressBody = Type.Object(
  { ...fields, makeDefault: Type.Optional(Type.Boolean({ description: 'Make it the default address (the first address always is)' })) },
  { additionalProperties: false },
);

export const AddressPatchBody = Type.Object(
  {
    recipient: Type.Optional(fields.recipient),
    phone: Type.Optional(fields.phone),
    province: Type.Optional(fields.province),
    city: Type.Optional(fields.city),
    district: Type.Optional(fields.district),
    street: Type.Optional(fields.street),
    postcode: Type.Optional(fields.postcode),
  },
  { additionalProperties: false, minProperties: 1, description: 'Any of the fields; the merged address is checked again as a whole' },
);

export const AddressAnswer = Type.Object({
  id: Type.String(),
  recipient: Type.String(),
  phone: Type.String({ description: 'In full: the owner checks it before a parcel goes out' }),
  phoneMasked: Type.String({ description: '138****1234, for lists' }),
  province: Type.String(),
  provinceName: Type.String({ description: 'The province’s Chinese name, e.g. 上海市' }),
  city: Type.String(),
  district: Type.String(),
  street: Type.String(),
  postcode: Type.String(),
  isDefault: Type.Boolean(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export const AddressListAnswer = Type.Object({ items: Type.Array(AddressAnswer, { description: 'The default first, then the newest' }) });
