// Reading the one file of a multipart upload into memory, with every multipart failure turned into
// a 4xx in the error shape. Files are small (10 MB by default) and must be checked whole anyway.
import type { FastifyRequest } from 'fastify';
import { AppError, invalidField } from '../../platform/errors.js';
import { fileTooLarge } from './file-kind.js';

export type Upload = { bytes: Buffer; declaredType: string | undefined; fileName: string | undefined };

export const UPLOAD_FIELD = 'file';

function multipartError(err: unknown, limitBytes: number): AppError {
  if (err instanceof AppError) return err;
  const code = (err as { code?: unknown }).code;
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return fileTooLarge(limitBytes);
    case 'FST_FILES_LIMIT':
      return new AppError('invalid', 'too_many_files', 'Send one file per request');
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new AppError('invalid', 'too_many_fields', 'The form has too many fields: send only the file');
  }
  const reason = err instanceof Error ? err.message.slice(0, 200) : 'unreadable';
  return new AppError('invalid', 'invalid_multipart', `The multipart body could not be read: ${reason}`);
}

/** The file sent in the `file` field; anything over `limitBytes` is refused without being buffered. */
export async function readUpload(request: FastifyRequest, limitBytes: number): Promise<Upload> {
  if (!request.isMultipart()) {
    throw new AppError('unsupported_media_type', 'multipart_required', `Send the file as multipart/form-data in a field named "${UPLOAD_FIELD}"`);
  }
  let upload: Upload | undefined;
  let otherField: string | undefined;
  try {
    // One byte over the limit is enough to know the file is too large.
    for await (const part of request.parts({ limits: { fileSize: limitBytes + 1 } })) {
      if (part.type !== 'file') continue;
      const bytes = await part.toBuffer();
      if (part.fieldname === UPLOAD_FIELD) upload = { bytes, declaredType: part.mimetype, fileName: part.filename };
      else otherField = part.fieldname;
    }
  } catch (err) {
    throw multipartError(err, limitBytes);
  }
  if (!upload) {
    throw invalidField(UPLOAD_FIELD, otherField === undefined ? 'is required: attach the file' : `is required: the file was sent as "${otherField.slice(0, 50)}"`);
  }
  return upload;
}
