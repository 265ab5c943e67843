import { describe, expect, it } from 'vitest';
import { makeImage, MINIMAL_PDF } from '../../../test/fixtures/media/form.js';
import { attachmentDisposition } from './documents.js';
import { detectType, DOCUMENT_TYPES, IMAGE_TYPES, normaliseDeclaredType, safeFileName } from './file-kind.js';

describe('safeFileName', () => {
  it.each([
    ['report.pdf', 'report.pdf'],
    ['C:\\Users\\ann\\Desktop\\scan 1.png', 'scan 1.png'],
    ['../../etc/passwd', 'passwd'],
    ['a\u0000b\r\nc.pdf', 'a_b_c.pdf'],
    ['"quoted"; filename=evil.pdf', 'quoted_ filename_evil.pdf'],
    ['  .hidden.pdf  ', 'hidden.pdf'],
    ['Café Ünïcode.pdf', 'Café Ünïcode.pdf'],
    ['有机蜂蜜 证书.pdf', '有机蜂蜜 证书.pdf'],
    ['', 'document.pdf'],
    ['///', 'document.pdf'],
    ['$$$.pdf', 'document.pdf'],
    [undefined, 'document.pdf'],
  ])('%j → %j', (input, expected) => {
    expect(safeFileName(input, 'document.pdf')).toBe(expected);
  });

  it('keeps at most 120 characters and the extension', () => {
    const name = safeFileName(`${'证'.repeat(200)}.pdf`, 'x');
    expect([...name]).toHaveLength(120);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('attachmentDisposition', () => {
  it.each([
    ['report.pdf', 'attachment; filename="report.pdf"'],
    ['Café.pdf', `attachment; filename="Cafe.pdf"; filename*=UTF-8''Caf%C3%A9.pdf`],
    ["it's (1).pdf", `attachment; filename="it's (1).pdf"`],
    ['证书.pdf', `attachment; filename="__.pdf"; filename*=UTF-8''%E8%AF%81%E4%B9%A6.pdf`],
  ])('%j', (name, header) => expect(attachmentDisposition(name)).toBe(header));
});

describe('detectType', () => {
  it.each([
    [undefined, 'image/png'],
    ['application/octet-stream', 'image/png'],
    ['IMAGE/PNG; charset=binary', 'image/png'],
  ])('trusts the bytes when the declared type is %j', async (declared, expected) => {
    expect(await detectType(await makeImage('png', 120, 120), IMAGE_TYPES, declared)).toBe(expected);
  });

  it('treats image/jpg as image/jpeg, and refuses any other disagreement', async () => {
    const jpeg = await makeImage('jpeg', 120, 120);
    expect(await detectType(jpeg, IMAGE_TYPES, 'image/jpg')).toBe('image/jpeg');
    await expect(detectType(jpeg, IMAGE_TYPES, 'image/webp')).rejects.toMatchObject({ code: 'mislabelled_file', details: { declared: 'image/webp', detected: 'image/jpeg' } });
    await expect(detectType(MINIMAL_PDF, IMAGE_TYPES, undefined)).rejects.toMatchObject({ code: 'unsupported_file_type', details: { detected: 'application/pdf' } });
    expect(await detectType(MINIMAL_PDF, DOCUMENT_TYPES, 'application/x-pdf')).toBe('application/pdf');
    expect(normaliseDeclaredType(' ')).toBeUndefined();
  });
});
