import { describe, expect, it } from 'vitest';
import { hasPrefix, newId } from './ids.js';
import { hashPassword, verifyPassword } from './passwords.js';

describe('ids', () => {
  it('are prefixed, unique and sort by creation order', () => {
    const ids = Array.from({ length: 1000 }, () => newId('usr'));
    expect(new Set(ids).size).toBe(1000);
    expect([...ids].sort()).toEqual(ids);
    expect(ids.every((id) => hasPrefix(id, 'usr'))).toBe(true);
    expect(hasPrefix(ids[0]!, 'sel')).toBe(false);
    expect(hasPrefix('usr_../../etc/passwd', 'usr')).toBe(false);
  });
});

describe('passwords', () => {
  it('verify the right password only, with a per-hash salt', async () => {
    const a = await hashPassword('correct horse battery', 2 ** 14);
    const b = await hashPassword('correct horse battery', 2 ** 14);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('correct horse battery', 'garbage')).toBe(false);
    await expect(verifyPassword('correct horse battery', 'scrypt$1$8$1$AAAA$BBBB')).rejects.toThrow();
  });

  it('keep verifying hashes made with another cost', async () => {
    const old = await hashPassword('a passphrase here', 2 ** 15);
    expect(old.split('$')[1]).toBe(String(2 ** 15));
    expect(await verifyPassword('a passphrase here', old)).toBe(true);
  });

  it('treat unicode canonically (NFKC)', async () => {
    const hash = await hashPassword('ｐａｓｓｗｏｒｄ世界 long', 2 ** 14);
    expect(await verifyPassword('password世界 long', hash)).toBe(true);
  });
});
