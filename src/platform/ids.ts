// Prefixed, time-sortable ids: `usr_01J…`. ULIDs sort by creation time as text on both engines.
import { monotonicFactory } from 'ulid';

const next = monotonicFactory();

export type IdPrefix = 'usr' | 'ses' | 'sel' | 'aud' | 'evt' | 'lgf' | 'req' | 'med' | 'app' | 'att' | 'inv' | 'plv' | 'prd' | 'var' | 'imp' | 'fxr' | 'trf' | 'frt' | 'quo' | 'stm' | 'crt' | 'cln';

export function newId(prefix: IdPrefix): string {
  return `${prefix}_${next().toLowerCase()}`;
}

export function hasPrefix(id: string, prefix: IdPrefix): boolean {
  return /^[a-z]{3}_[0-9a-hjkmnp-tv-z]{26}$/.test(id) && id.startsWith(`${prefix}_`);
}
