// Prefixed, time-sortable ids: `usr_01J…`. ULIDs sort by creation time as text on both engines.
import { randomFillSync } from 'node:crypto';
import { monotonicFactory } from 'ulid';

// The random part from the system CSPRNG, drawn 4 KiB at a time: ulid's default asks for one byte per
// character (sixteen calls per id), which was 5 % of a busy server's time (every request has an id).
const pool = new Uint8Array(4096);
let used = pool.length;
function randomByte(): number {
  if (used === pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  return pool[used++]!;
}

const next = monotonicFactory(() => randomByte() / 256);

export type IdPrefix = 'usr' | 'ses' | 'sel' | 'aud' | 'evt' | 'lgf' | 'req' | 'med' | 'app' | 'att' | 'inv' | 'plv' | 'prd' | 'var' | 'imp' | 'fxr' | 'trf' | 'frt' | 'quo' | 'stm' | 'crt' | 'cln' | 'sid' | 'cns' | 'adr' | 'rnc' | 'ord' | 'oln' | 'oev' | 'chk' | 'pay' | 'pnt' | 'rfd' | 'cev' | 'crm' | 'ctt' | 'crg' | 'csp' | 'cse' | 'css' | 'cex' | 'cms' | 'cci' | 'cpy' | 'cpe' | 'ccd';

export function newId(prefix: IdPrefix): string {
  return `${prefix}_${next().toLowerCase()}`;
}

export function hasPrefix(id: string, prefix: IdPrefix): boolean {
  return /^[a-z]{3}_[0-9a-hjkmnp-tv-z]{26}$/.test(id) && id.startsWith(`${prefix}_`);
}
