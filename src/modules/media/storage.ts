// Where media bytes live, behind an interface so an object store can replace the local disk later.
// Keys are content-addressed (img/<sha256>/<variant>.webp, doc/<sha256>.pdf): identical uploads
// share blobs, which is why deleting a media row never deletes its blobs.
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';

export type BlobStore = {
  /** Writes the blob so that readers see either nothing or all of it. */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The blob's bytes, or null when there is no such blob. */
  get(key: string): Promise<{ stream: Readable; size: number } | null>;
  has(key: string): Promise<boolean>;
  /** Removes the blob; removing a missing blob is not an error. */
  delete(key: string): Promise<void>;
};

// Lower-case segments that start with a letter or digit: no `..`, no hidden or temporary files, no
// absolute paths, no backslashes, no percent-escapes.
const KEY = /^[a-z0-9][a-z0-9_.-]*(?:\/[a-z0-9][a-z0-9_.-]*)*$/;

export function isValidKey(key: string): boolean {
  return key.length <= 200 && KEY.test(key) && !key.includes('..');
}

export class InvalidKeyError extends Error {
  constructor(key: string) {
    super(`Invalid blob key ${JSON.stringify(key.slice(0, 80))}`);
    this.name = 'InvalidKeyError';
  }
}

const isMissing = (err: unknown) => ['ENOENT', 'EISDIR', 'ENOTDIR'].includes((err as NodeJS.ErrnoException).code ?? '');

export class LocalDiskStore implements BlobStore {
  readonly root: string;

  constructor(dir: string) {
    this.root = resolve(dir);
  }

  /** The file for a key; throws for keys that are malformed or would leave the root. */
  pathOf(key: string): string {
    if (!isValidKey(key)) throw new InvalidKeyError(key);
    const path = resolve(this.root, ...key.split('/'));
    if (!path.startsWith(this.root + sep)) throw new InvalidKeyError(key);
    return path;
  }

  async put(key: string, bytes: Buffer, _contentType: string): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // A dot-name in the same directory: rename is atomic there, and isValidKey never admits it.
    const temp = resolve(dirname(path), `.${randomBytes(8).toString('hex')}.tmp`);
    const file = await open(temp, 'wx');
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    try {
      await rename(temp, path);
    } catch (err) {
      await unlink(temp).catch(() => {});
      throw err;
    }
  }

  async get(key: string): Promise<{ stream: Readable; size: number } | null> {
    if (!isValidKey(key)) return null;
    let file;
    try {
      file = await open(this.pathOf(key), 'r');
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
    const stat = await file.stat();
    if (!stat.isFile()) {
      await file.close();
      return null;
    }
    return { stream: file.createReadStream(), size: stat.size };
  }

  async has(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (err) {
      if (isMissing(err)) return false;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await unlink(this.pathOf(key));
    } catch (err) {
      if (!isMissing(err)) throw err;
    }
  }
}

/** The configured blob store: the local disk under MEDIA_DIR. */
export function createBlobStore(options: { dir: string }): BlobStore {
  return new LocalDiskStore(options.dir);
}
