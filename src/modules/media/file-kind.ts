// What an uploaded file really is, decided by its bytes (magic numbers), never by its name or the
// content type the client declared; plus the size and file-name rules every upload shares.
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../../platform/errors.js';

/** Accepted content types → the extension their blobs get. */
export const IMAGE_TYPES = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const;
export const DOCUMENT_TYPES = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' } as const;
export type ImageType = keyof typeof IMAGE_TYPES;
export type DocumentType = keyof typeof DOCUMENT_TYPES;

// Names clients use for the same types; octet-stream (and nothing) means "not declared".
const ALIASES: Record<string, string> = { 'image/jpg': 'image/jpeg', 'image/pjpeg': 'image/jpeg', 'image/x-png': 'image/png', 'application/x-pdf': 'application/pdf' };
const UNDECLARED = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

export function normaliseDeclaredType(declared: string | undefined): string | undefined {
  const type = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  if (UNDECLARED.has(type)) return undefined;
  return ALIASES[type] ?? type;
}

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

export function fileTooLarge(limitBytes: number): AppError {
  return new AppError('payload_too_large', 'file_too_large', `The file is larger than the limit of ${megabytes(limitBytes)}`, { limitBytes });
}

/** Rejects empty and oversized files before anything looks inside them. */
export function checkSize(bytes: Buffer, limitBytes: number): void {
  if (bytes.length === 0) throw new AppError('invalid', 'empty_file', 'The file is empty');
  if (bytes.length > limitBytes) throw fileTooLarge(limitBytes);
}

/**
 * The accepted type the bytes really have. A file of another type is refused (415); a file of an
 * accepted type sent under another declared type is refused as mislabelled, naming both, since a
 * client that mislabels files is usually uploading the wrong one.
 */
export async function detectType<T extends string>(bytes: Buffer, accepted: Readonly<Record<T, string>>, declaredType: string | undefined): Promise<T> {
  const detected = (await fileTypeFromBuffer(bytes))?.mime;
  const names = Object.keys(accepted).join(', ');
  if (!detected || !(detected in accepted)) {
    const what = detected ? `a ${detected} file` : 'not a file type we recognise';
    throw new AppError('unsupported_media_type', 'unsupported_file_type', `The file is ${what}; accepted types are ${names}`, {
      detected: detected ?? null,
      accepted: Object.keys(accepted),
    });
  }
  const declared = normaliseDeclaredType(declaredType);
  if (declared !== undefined && declared !== detected) {
    throw new AppError('invalid', 'mislabelled_file', `The file's content is ${detected} but it was sent as ${declared}`, { declared, detected });
  }
  return detected as T;
}

export const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const NAME_MAX = 120;

/**
 * A safe base name for showing and for content-disposition: no directories, control characters,
 * quotes or shell-ish punctuation; letters of any script are kept. At most 120 characters, keeping
 * the extension.
 */
export function safeFileName(name: string | undefined, fallback: string): string {
  const base = (name ?? '').normalize('NFC').split(/[/\\]/).pop() ?? '';
  const replaced = base
    .replace(/[^\p{L}\p{N}\p{M} ._()+-]/gu, '_')
    .replace(/\s+/g, ' ')
    .replace(/_{2,}/g, '_');
  // A name without a letter or digit before its extension says nothing: use the fallback.
  const dot = replaced.lastIndexOf('.');
  if (!/[\p{L}\p{N}]/u.test(dot > 0 ? replaced.slice(0, dot) : replaced)) return fallback;
  const clean = replaced.replace(/^[\s._-]+|[\s.]+$/g, '');
  if (!clean) return fallback;
  const chars = [...clean];
  if (chars.length <= NAME_MAX) return clean;
  const extAt = clean.lastIndexOf('.');
  const ext = extAt > 0 && clean.length - extAt <= 10 ? clean.slice(extAt) : '';
  return [...clean.slice(0, clean.length - ext.length)].slice(0, NAME_MAX - ext.length).join('').trimEnd() + ext;
}
