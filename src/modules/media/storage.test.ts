import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { InvalidKeyError, isValidKey, LocalDiskStore } from './storage.js';

const workDir = mkdtempSync(join(tmpdir(), 'gateway-store-'));
const store = new LocalDiskStore(join(workDir, 'media'));
writeFileSync(join(workDir, 'secret.txt'), 'outside');
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('LocalDiskStore', () => {
  it('writes, reads, overwrites and deletes a blob, leaving no temporary files', async () => {
    await store.put('img/abc/thumb.webp', Buffer.from('first'), 'image/webp');
    await store.put('img/abc/thumb.webp', Buffer.from('second'), 'image/webp');
    const blob = await store.get('img/abc/thumb.webp');
    expect(blob?.size).toBe(6);
    expect(await text(blob!.stream)).toBe('second');
    expect(readdirSync(join(workDir, 'media', 'img', 'abc'))).toEqual(['thumb.webp']);
    expect(await store.has('img/abc/thumb.webp')).toBe(true);

    await store.delete('img/abc/thumb.webp');
    await store.delete('img/abc/thumb.webp');
    expect(await store.get('img/abc/thumb.webp')).toBeNull();
    expect(await store.has('img/abc/thumb.webp')).toBe(false);
  });

  it('answers null for directories and missing blobs', async () => {
    await store.put('doc/x/y.pdf', Buffer.from('%PDF'), 'application/pdf');
    expect(await store.get('doc/x')).toBeNull();
    expect(await store.has('doc/x')).toBe(false);
    expect(await store.get('doc/nothing.pdf')).toBeNull();
  });

  it.each(['../secret.txt', 'img/../../secret.txt', '/etc/passwd', 'img//a', 'img/.hidden', 'IMG/a.webp', 'img\\..\\secret.txt', 'img/a b', 'img/%2e%2e', '', 'a/', 'x'.repeat(201)])(
    'refuses the key %j',
    async (key) => {
      expect(isValidKey(key)).toBe(false);
      await expect(store.put(key, Buffer.from('x'), 'text/plain')).rejects.toBeInstanceOf(InvalidKeyError);
      await expect(store.delete(key)).rejects.toBeInstanceOf(InvalidKeyError);
      expect(await store.get(key)).toBeNull();
      expect(readFileSync(join(workDir, 'secret.txt'), 'utf8')).toBe('outside');
    },
  );
});
