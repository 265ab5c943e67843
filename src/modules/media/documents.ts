// Documents (seller application attachments: trademark registrations, FDA facility registrations…)
// are checked by their bytes and kept exactly as uploaded: an operator may need the original.
import { checkSize, detectType, DOCUMENT_TYPES, safeFileName, sha256Of, type DocumentType } from './file-kind.js';

export type CheckedDocument = { contentType: DocumentType; sizeBytes: number; sha256: string; key: string; originalName: string };

export async function checkDocument(bytes: Buffer, declaredType: string | undefined, fileName: string | undefined, limits: { maxDocumentBytes: number }): Promise<CheckedDocument> {
  checkSize(bytes, limits.maxDocumentBytes);
  const contentType = await detectType(bytes, DOCUMENT_TYPES, declaredType);
  const sha256 = sha256Of(bytes);
  const ext = DOCUMENT_TYPES[contentType];
  return { contentType, sizeBytes: bytes.length, sha256, key: `doc/${sha256}.${ext}`, originalName: safeFileName(fileName, `document.${ext}`) };
}

/**
 * content-disposition for a download (RFC 6266): an ASCII fallback for old clients and the exact
 * name, percent-encoded UTF-8 (RFC 8187), for the rest.
 */
export function attachmentDisposition(name: string): string {
  const ascii = name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return ascii === name ? `attachment; filename="${name}"` : `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
