// Badge PDFs with pdfkit: name, company, state, attendee type and the ticket's QR code on a 4" × 3"
// badge. Two layouts: `sheet` — US letter with six badges (2 × 3, 1" top and ¼" side margins, no gaps:
// Avery 5392 and compatible name-badge inserts), and `single` — one 4" × 3" page per badge, for badge
// printers. Badges are drawn as they arrive from an async source and the document streams, so a batch
// of thousands never sits in memory; the event loop gets a turn after every sheet.
import { setImmediate as nextTurn } from 'node:timers/promises';
import PDFDocument from 'pdfkit';
import type { ConfAttendeeType } from '../../db/schema.js';
import { US_STATES } from '../products/index.js';
import { ticketQrPng } from './ticket-qr.js';

export type BadgeLayout = 'sheet' | 'single';
export type Badge = { firstName: string; lastName: string; company: string; state: string; attendeeType: ConfAttendeeType; ticketType: string; eventName: string; token: string };

const PT = 72;
const W = 4 * PT;
const H = 3 * PT;
const SHEET = { size: [8.5 * PT, 11 * PT] as [number, number], left: 0.25 * PT, top: 1 * PT, columns: 2, rows: 3 };
const PER_SHEET = SHEET.columns * SHEET.rows;
const PAD = 14;
const BAND = 30;
const FOOT = 26;
const QR = 84;

const COLOURS: Record<ConfAttendeeType, string> = { business: '#1f5fbf', expert: '#7a3fc4', speaker: '#c4262e', staff: '#1a7f37', press: '#a86b00' };
const LABELS: Record<ConfAttendeeType, string> = { business: 'BUSINESS', expert: 'EXPERT', speaker: 'SPEAKER', staff: 'STAFF', press: 'PRESS' };

// The standard PDF fonts speak WinAnsi: Latin-1 plus these. Anything else is folded to ASCII or '?',
// never drawn as a wrong glyph.
const WIN_ANSI_EXTRA = new Set([402, 8211, 8212, 8216, 8217, 8218, 8220, 8221, 8222, 8224, 8225, 8226, 8230, 8364, 8240, 8249, 8250, 710, 8482, 338, 339, 732, 352, 353, 376, 381, 382]);
// Latin letters with no decomposition to fold them by.
const FOLD: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', ı: 'i', Ħ: 'H', ħ: 'h', Ŧ: 'T', ŧ: 't' };

export function printable(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    if (code <= 0xff || WIN_ANSI_EXTRA.has(code)) out += ch;
    else out += FOLD[ch] ?? (ch.normalize('NFKD').replace(/[^\x20-\x7e]/g, '') || '?');
  }
  return out.trim();
}

/** Draws `text` on one line at the largest size from `max` down to `min` that fits `width`; cut with … below that. */
function fitLine(doc: PDFKit.PDFDocument, text: string, font: string, max: number, min: number, x: number, y: number, width: number): number {
  doc.font(font);
  let size = max;
  while (size > min && doc.fontSize(size).widthOfString(text) > width) size -= 1;
  let line = text;
  if (doc.widthOfString(line) > width) {
    while (line.length > 1 && doc.widthOfString(`${line}…`) > width) line = line.slice(0, -1);
    line = `${line.trimEnd()}…`;
  }
  doc.text(line, x, y, { lineBreak: false });
  return size;
}

async function drawBadge(doc: PDFKit.PDFDocument, b: Badge, x: number, y: number): Promise<void> {
  const colour = COLOURS[b.attendeeType];
  const inner = W - 2 * PAD;
  doc.save();
  doc.rect(x, y, W, BAND).fill(colour);
  doc.fillColor('#ffffff');
  fitLine(doc, printable(b.eventName), 'Helvetica-Bold', 13, 8, x + PAD, y + 9, inner * 0.6);
  const ticket = printable(b.ticketType);
  doc.font('Helvetica').fontSize(8);
  fitLine(doc, ticket, 'Helvetica', 8, 8, x + W - PAD - Math.min(doc.widthOfString(ticket), inner * 0.38), y + 12, inner * 0.38);

  doc.fillColor('#111111');
  const first = fitLine(doc, printable(b.firstName) || ' ', 'Helvetica-Bold', 30, 14, x + PAD, y + BAND + 8, inner);
  fitLine(doc, printable(b.lastName) || ' ', 'Helvetica-Bold', 18, 10, x + PAD, y + BAND + 12 + first, inner);

  const qrX = x + W - PAD - QR;
  const qrY = y + H - FOOT - 6 - QR;
  const textWidth = qrX - x - PAD - 8;
  const company = printable(b.company);
  if (doc.font('Helvetica').fontSize(10).widthOfString(company) <= textWidth) fitLine(doc, company, 'Helvetica', 13, 10, x + PAD, qrY + 20, textWidth);
  else doc.text(company, x + PAD, qrY + 12, { width: textWidth, height: 27, ellipsis: true, lineGap: 1 });
  doc.fillColor('#555555');
  fitLine(doc, printable(US_STATES[b.state] ?? b.state), 'Helvetica', 11, 8, x + PAD, qrY + 42, textWidth);
  doc.image(await ticketQrPng(b.token), qrX, qrY, { width: QR, height: QR });

  doc.rect(x, y + H - FOOT, W, FOOT).fill(colour);
  doc.fillColor('#ffffff').font('Helvetica-Bold').fontSize(14).text(LABELS[b.attendeeType], x + PAD, y + H - FOOT + 7, { width: inner, lineBreak: false, characterSpacing: 2 });
  doc.restore();
}

/** A PDF stream of the badges, drawn as the source yields them; the stream errors if the source fails. */
export function badgePdf(source: AsyncIterable<Badge>, layout: BadgeLayout, title = 'Badges'): PDFKit.PDFDocument {
  const doc = new PDFDocument({ autoFirstPage: false, margin: 0, info: { Title: title, Producer: 'Gateway', Creator: 'Gateway' } });
  void (async () => {
    let n = 0;
    for await (const badge of source) {
      if (layout === 'single') {
        doc.addPage({ size: [W, H], margin: 0 });
        await drawBadge(doc, badge, 0, 0);
      } else {
        const slot = n % PER_SHEET;
        if (slot === 0) doc.addPage({ size: SHEET.size, margin: 0 });
        await drawBadge(doc, badge, SHEET.left + (slot % SHEET.columns) * W, SHEET.top + Math.floor(slot / SHEET.columns) * H);
      }
      if (++n % PER_SHEET === 0) await nextTurn();
    }
    if (n === 0) doc.addPage({ size: layout === 'single' ? [W, H] : SHEET.size, margin: 0 });
    doc.end();
  })().catch((err: unknown) => doc.destroy(err instanceof Error ? err : new Error(String(err))));
  return doc;
}

/** The whole PDF in memory (one person's badge; tests). */
export async function badgePdfBuffer(badges: Iterable<Badge> | AsyncIterable<Badge>, layout: BadgeLayout): Promise<Buffer> {
  const source = (async function* () {
    yield* badges;
  })();
  const doc = badgePdf(source, layout);
  const chunks: Buffer[] = [];
  for await (const chunk of doc) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
