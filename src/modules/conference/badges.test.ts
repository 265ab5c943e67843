// Badge PDFs: the QR code on a badge decodes to the ticket token; one badge is one page, seven fill a
// second sheet of six; the badge carries the name, company, state and attendee type; Chinese, Korean
// and Vietnamese are drawn in an embedded CJK font (or fall back to '?' with one warning when there is
// none); attendees get their own badge and operators print batches with filters, in parts, up to a cap.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
// jsqr is CommonJS: its function is the module and also its `default`.
import jsQR from 'jsqr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import type { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { newId } from '../../platform/ids.js';
import { NOTO_CJK_DIRS } from './badge-fonts.js';
import { badgePdfBuffer, printable, type Badge } from './badges.js';
import { insertFixtureEvent, insertFixtureRegistrations, type FixtureEvent } from './fixtures.js';
import { ticketQrPng } from './ticket-qr.js';
import { signTicket } from './ticket-token.js';

const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;

type Run = { font: string; size: number; y: number; text: string };

/**
 * The lines drawn on the pages, with the font (BaseFont) and size each is set in. pdfkit writes text
 * hex-encoded in TJ arrays inside deflated streams: bytes of WinAnsi for the standard fonts, glyph ids
 * for an embedded font, read back through the font's ToUnicode CMap, as a PDF reader copies text.
 */
function drawnRuns(pdf: Buffer): Run[] {
  const objects = new Map<string, { dict: string; data: string }>();
  for (const m of pdf.toString('latin1').matchAll(/(\d+) 0 obj\n([\s\S]*?)\nendobj/g)) {
    const [dict, stream] = m[2]!.split('\nstream\n');
    let data = '';
    try {
      data = stream ? inflateSync(Buffer.from(stream.replace(/\nendstream$/, ''), 'latin1')).toString('latin1') : '';
    } catch {
      // not deflated
    }
    objects.set(m[1]!, { dict: dict!, data });
  }
  const fonts = new Map<string, { name: string; toUnicode: Map<number, string> | null }>();
  for (const { dict } of objects.values()) {
    for (const [, key, ref] of dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const font = objects.get(ref!)!.dict;
      const cmap = /\/ToUnicode (\d+) 0 R/.exec(font)?.[1];
      fonts.set(key!, { name: /\/BaseFont \/(\S+)/.exec(font)![1]!, toUnicode: cmap ? parseToUnicode(objects.get(cmap)!.data) : null });
    }
  }
  const runs: Run[] = [];
  for (const { data } of objects.values()) {
    for (const m of data.matchAll(/[\d.-]+ [\d.-]+ Tm\n\/(F\d+) ([\d.]+) Tf\n(?:[\d.-]+ Tc\n)?\[([^\]]*)\] TJ/g)) {
      const font = fonts.get(m[1]!)!;
      const hex = [...m[3]!.matchAll(/<([0-9a-f]*)>/g)].map((h) => h[1]!).join('');
      const text = font.toUnicode ? (hex.match(/.{4}/g) ?? []).map((gid) => font.toUnicode!.get(parseInt(gid, 16)) ?? '\ufffd').join('') : Buffer.from(hex, 'hex').toString('latin1');
      runs.push({ font: font.name.replace(/^[A-Z]{6}\+/, ''), size: Number(m[2]), y: Number(/([\d.-]+) Tm/.exec(m[0])![1]), text });
    }
  }
  return runs;
}

/** A ToUnicode CMap as pdfkit writes it: bfrange entries with an array of UTF-16BE strings. */
function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, first, , list] of cmap.matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> \[([^\]]*)\]/g)) {
    [...list!.matchAll(/<([0-9a-f]+)>/g)].forEach((u, i) => map.set(parseInt(first!, 16) + i, Buffer.from(u[1]!, 'hex').swap16().toString('utf16le')));
  }
  return map;
}

const drawnText = (pdf: Buffer) => drawnRuns(pdf).map((r) => r.text).join('\n');
const fontsOf = (pdf: Buffer) => [...pdf.toString('latin1').matchAll(/\/BaseFont \/(?:[A-Z]{6}\+)?(\S+)/g)].map((m) => m[1]!).filter((f, i, all) => all.indexOf(f) === i).sort();

async function decodeQr(png: Buffer): Promise<string | null> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR.default(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data ?? null;
}

const badge = (i: number, token: string): Badge => ({ firstName: `Jordan${i}`, lastName: 'Przybylski-Delacroix', company: 'Michigan Tart Cherry Cooperative of Northern Leelanau County', state: 'MI', attendeeType: i % 2 ? 'speaker' : 'business', ticketType: 'General admission', eventName: "Gateway '27", token });

describe('badge PDFs', () => {
  it('draws a QR code that decodes to the ticket token', async () => {
    const token = signTicket('k'.repeat(43), newId('crg'), 'nonce');
    expect(await decodeQr(await ticketQrPng(token))).toBe(token);
    expect(await decodeQr(await ticketQrPng(token, 2))).toBe(token);
  });

  it('puts one badge on one page, seven on two sheets, and one per page in the single layout', async () => {
    const token = signTicket('k'.repeat(43), newId('crg'), 'nonce');
    const one = await badgePdfBuffer([badge(1, token)], 'sheet');
    expect(one.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pages(one)).toBe(1);
    expect(one.toString('latin1')).toContain('/MediaBox [0 0 612 792]');
    const seven = await badgePdfBuffer(Array.from({ length: 7 }, (_, i) => badge(i, token)), 'sheet');
    expect(pages(seven)).toBe(2);
    const single = await badgePdfBuffer(Array.from({ length: 7 }, (_, i) => badge(i, token)), 'single');
    expect(pages(single)).toBe(7);
    expect(single.toString('latin1')).toContain('/MediaBox [0 0 288 216]');
    const text = drawnText(one);
    for (const part of ['Jordan1', 'Przybylski-Delacroix', 'Michigan', 'SPEAKER', "Gateway '27"]) expect(text).toContain(part);
  });

  it('keeps names the standard fonts cannot draw readable, never as wrong glyphs', () => {
    expect(printable('José Müller')).toBe('José Müller');
    expect(printable('Łukasz Żółć')).toBe('Lukasz Zólc');
    expect(printable('李伟 Li')).toBe('?? Li');
    expect(printable('a\u0000b\u0085c')).toBe('abc');
  });
});

/** What .ci/run installs (fonts-noto-cjk). Without it badges fall back to the standard fonts, and these tests check that instead. */
const NOTO_CJK = NOTO_CJK_DIRS.map((dir) => join(dir, 'NotoSansCJK-Regular.ttc')).find((file) => existsSync(file));
const HAS_NOTO_CJK = NOTO_CJK !== undefined;
const STANDARD_ONLY = ['Helvetica', 'Helvetica-Bold'];
const chinese = (token: string): Badge => ({ ...badge(1, token), firstName: '李伟 (Li Wei)', lastName: '张', company: '上海进出口贸易有限公司', eventName: '中美贸易周' });

describe('badge fonts', () => {
  const token = signTicket('k'.repeat(43), newId('crg'), 'nonce');

  it('sets Chinese in the embedded CJK font, subset, on the lines Helvetica uses; Latin badges embed nothing', async () => {
    const pdf = await badgePdfBuffer([chinese(token)], 'single');
    const runs = drawnRuns(pdf);
    const latin = await badgePdfBuffer([{ ...badge(1, token), firstName: 'Li' }], 'single');
    expect(fontsOf(latin)).toEqual(STANDARD_ONLY);
    if (HAS_NOTO_CJK) {
      expect(fontsOf(pdf)).toEqual([...STANDARD_ONLY, 'NotoSansCJKsc-Bold', 'NotoSansCJKsc-Regular']);
      // Same size and baseline as a Latin first name: the taller CJK line box does not push it down.
      expect(runs.find((r) => r.text === '李伟 (Li Wei)')).toMatchObject({ font: 'NotoSansCJKsc-Bold', size: 30, y: drawnRuns(latin).find((r) => r.text === 'Li')!.y });
      expect(runs.find((r) => r.text === '张')?.font).toBe('NotoSansCJKsc-Bold');
      expect(runs.find((r) => r.text === '中美贸易周')?.font).toBe('NotoSansCJKsc-Bold');
      expect(runs.find((r) => r.text === '上海进出口贸易有限公司')?.font).toBe('NotoSansCJKsc-Regular');
      expect(runs.find((r) => r.text === 'Michigan')?.font).toBe('Helvetica');
      // Only the glyphs drawn are embedded, not the 19 MB collection.
      expect(pdf.length).toBeLessThan(200_000);
      // A face of the collection chosen in config; bold falls back to it.
      const jp = await badgePdfBuffer([chinese(token)], 'single', { fonts: { regular: `${NOTO_CJK}#NotoSansCJKjp-Regular` } });
      expect(fontsOf(jp)).toEqual([...STANDARD_ONLY, 'NotoSansCJKjp-Regular']);
      expect(drawnText(jp)).toContain('李伟 (Li Wei)');
    } else {
      expect(fontsOf(pdf)).toEqual(STANDARD_ONLY);
      expect(drawnText(pdf)).toContain('?? (Li Wei)');
    }
  });

  it('draws Vietnamese and Korean, shrinks a long Chinese name to fit, wraps a long company on two lines, embeds each font once', async () => {
    const company = '北京中美农产品进出口贸易有限责任公司'.repeat(3);
    const pdf = await badgePdfBuffer([
      { ...badge(1, token), firstName: 'Nguyễn Văn', lastName: '김민준', company },
      ...Array.from({ length: 7 }, (_, i) => ({ ...badge(i, token), firstName: '爱新觉罗'.repeat(5), lastName: 'Trần', company: `${i}号公司` })),
    ], 'sheet');
    const texts = drawnRuns(pdf).map((r) => r.text);
    if (!HAS_NOTO_CJK) {
      for (const part of ['Nguyen Van', '???', 'Tran', `${'?'.repeat(20)}`]) expect(texts.join('\n')).toContain(part);
      return;
    }
    for (const part of ['Nguyễn Văn', '김민준', 'Trần', '0号公司', '6号公司']) expect(texts).toContain(part);
    const long = drawnRuns(pdf).filter((r) => r.text.startsWith('爱新觉罗'));
    expect(long).toHaveLength(7);
    expect(long[0]!.size).toBe(14);
    expect(long[0]!.text).toMatch(/^(爱新觉罗)+[爱新觉罗]*…$/);
    const lines = drawnRuns(pdf).filter((r) => r.font === 'NotoSansCJKsc-Regular' && r.size === 10);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.text).toMatch(/…$/);
    expect(company.startsWith(lines.map((l) => l.text).join('').replace('…', ''))).toBe(true);
    expect(pdf.toString('latin1').match(/\/FontFile3/g)).toHaveLength(2);
  });

  it('falls back to the standard fonts when the font is missing or broken, says so once, and still prints', async () => {
    const warnings: string[] = [];
    const log = { warn: (_obj: object, msg: string) => void warnings.push(msg) };
    const broken = [`/nonexistent/${randomUUID()}.ttc`, fileURLToPath(import.meta.url), `${NOTO_CJK ?? '/nonexistent.ttc'}#NoSuchFace${randomUUID()}`];
    for (const regular of broken) {
      warnings.length = 0;
      for (let i = 0; i < 2; i++) {
        const pdf = await badgePdfBuffer([chinese(token)], 'single', { fonts: { regular }, log });
        expect(fontsOf(pdf)).toEqual(STANDARD_ONLY);
        expect(drawnText(pdf)).toContain('?? (Li Wei)');
      }
      expect(warnings).toEqual([expect.stringContaining('CJK font')]);
    }
    const none = await badgePdfBuffer([chinese(token)], 'single', { fonts: { regular: 'none' }, log });
    expect(fontsOf(none)).toEqual(STANDARD_ONLY);
    expect(warnings).toHaveLength(1);
  });
});

describe('badge routes', () => {
  let app: TestApp;
  let ops: TestClient;
  let event: FixtureEvent;
  beforeAll(async () => {
    app = await makeTestApp();
    ops = (await signedInAs(app, 'operator')).client;
    event = await insertFixtureEvent(app.db);
  });
  afterAll(async () => app.cleanup());

  it('gives an attendee their own badge, and nothing without the key', async () => {
    const [reg] = await insertFixtureRegistrations(app.db, event, 1, { firstName: 'Dana', lastName: 'Okafor', company: 'Up North Maple', state: 'WI' });
    const res = await app.inject({ method: 'GET', url: `/api/v1/conference/registrations/${reg!.id}/badge.pdf`, headers: { 'x-registration-key': reg!.manageKey } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pages(pdf)).toBe(1);
    for (const part of ['Dana', 'Okafor', 'Up North Maple', 'Wisconsin', 'BUSINESS']) expect(drawnText(pdf)).toContain(part);
    const single = await app.inject({ method: 'GET', url: `/api/v1/conference/registrations/${reg!.id}/badge.pdf?layout=single`, headers: { 'x-registration-key': reg!.manageKey } });
    expect(single.rawPayload.toString('latin1')).toContain('/MediaBox [0 0 288 216]');
    expect((await app.inject({ method: 'GET', url: `/api/v1/conference/registrations/${reg!.id}/badge.pdf` })).statusCode).toBe(404);
  });

  it('prints a Chinese name on the badge an attendee downloads', async () => {
    const [reg] = await insertFixtureRegistrations(app.db, event, 1, { firstName: '伟', lastName: '李', company: '上海进出口贸易有限公司', state: 'CA' });
    const res = await app.inject({ method: 'GET', url: `/api/v1/conference/registrations/${reg!.id}/badge.pdf`, headers: { 'x-registration-key': reg!.manageKey } });
    expect(res.statusCode).toBe(200);
    const texts = drawnRuns(res.rawPayload).map((r) => r.text);
    for (const part of HAS_NOTO_CJK ? ['伟', '李', '上海进出口贸易有限公司', 'California'] : ['?', '???????????', 'California']) expect(texts).toContain(part);
  });

  it('prints confirmed registrations in batches, filtered, in parts, and refuses more than one PDF holds', async () => {
    const fresh = await insertFixtureEvent(app.db);
    await insertFixtureRegistrations(app.db, fresh, 5);
    await insertFixtureRegistrations(app.db, fresh, 2, { ticketTypeId: fresh.ticketTypes.workshop, attendeeType: 'speaker' });
    await insertFixtureRegistrations(app.db, fresh, 3, { status: 'waitlisted' });
    const url = `/api/v1/ops/conference/events/${fresh.id}/badges.pdf`;
    const all = await ops.get(url);
    expect(all.statusCode).toBe(200);
    expect(all.headers['x-badge-count']).toBe('7');
    expect(pages(all.rawPayload)).toBe(2);
    const workshop = await ops.get(`${url}?ticketType=workshop&layout=single`);
    expect(pages(workshop.rawPayload)).toBe(2);
    expect(drawnText(workshop.rawPayload)).toContain('SPEAKER');
    expect(drawnText(workshop.rawPayload)).not.toContain('BUSINESS');
    const part1 = await ops.get(`${url}?limit=4&layout=single`);
    expect(pages(part1.rawPayload)).toBe(4);
    const next = part1.headers['x-next-after'] as string;
    expect(next).toMatch(/^crg_/);
    const part2 = await ops.get(`${url}?limit=4&layout=single&after=${next}`);
    expect(pages(part2.rawPayload)).toBe(3);
    expect(part2.headers['x-next-after']).toBeUndefined();
    expect((await ops.get(`${url}?ticketType=vip`)).json().error.details.fields[0].field).toBe('ticketType');
    expect((await ops.get(`${url}?attendeeType=press`)).statusCode).toBe(404);

    await insertFixtureRegistrations(app.db, fresh, 1995);
    const tooMany = await ops.get(url);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error).toMatchObject({ code: 'too_many_badges', details: { count: 2002, max: 2000 } });
    expect((await ops.get(`${url}?ticketType=workshop`)).statusCode).toBe(200);
  });
});
