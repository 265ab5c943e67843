// Badge PDFs: the QR code on a badge decodes to the ticket token; one badge is one page, seven fill a
// second sheet of six; the badge carries the name, company, state and attendee type; attendees get
// their own badge and operators print batches with filters, in parts, up to a cap.
import { inflateSync } from 'node:zlib';
// jsqr is CommonJS: its function is the module and also its `default`.
import jsQR from 'jsqr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import type { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { newId } from '../../platform/ids.js';
import { badgePdfBuffer, printable, type Badge } from './badges.js';
import { insertFixtureEvent, insertFixtureRegistrations, type FixtureEvent } from './checkin-fixtures.js';
import { ticketQrPng } from './ticket-qr.js';
import { signTicket } from './ticket-token.js';

const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;

/** The text drawn on the pages: pdfkit writes it hex-encoded in TJ arrays inside deflated streams. */
function drawnText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  for (const m of raw.matchAll(/stream\n([\s\S]*?)\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
    } catch {
      continue; // an image
    }
    for (const tj of content.matchAll(/\[([^\]]*)\] TJ/g)) out.push([...tj[1]!.matchAll(/<([0-9a-f]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join(''));
  }
  return out.join('\n');
}

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
