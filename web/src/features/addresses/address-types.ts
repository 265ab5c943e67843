// The address API's answers as the web app reads them (src/modules/addresses/schemas.ts).
export type AddressField = 'recipient' | 'phone' | 'province' | 'city' | 'district' | 'street' | 'postcode';
export const ADDRESS_FIELDS: readonly AddressField[] = ['recipient', 'phone', 'province', 'city', 'district', 'street', 'postcode'];

export type Address = Record<AddressField, string> & {
  id: string;
  phoneMasked: string;
  provinceName: string;
  isDefault: boolean;
  createdAt: string;
  updatedAt: string;
};
export type AddressList = { items: Address[] };

/** The one line a Chinese address is written as; a municipality's city is not repeated. */
export function addressLine(a: Pick<Address, 'provinceName' | 'city' | 'district' | 'street'>): string {
  return [a.provinceName, a.city === a.provinceName ? '' : a.city, a.district, a.street].filter(Boolean).join(' ');
}
