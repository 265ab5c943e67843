// Badge PDFs with pdfkit: name, company, state, attendee type and the ticket's QR code on a 4" × 3"
// badge. Two layouts: `sheet` — US letter with six badges (2 × 3, 1" top and ¼" side margins, no gaps:
// Avery 5392 and compatible name-badge inserts), and `single` — one 4" × 3" page per badge, for badge
// printers. Badges are drawn as they arrive from an async source and the document streams, so a batch
// of thousands never sits in memory; the event loop gets a turn after every sheet. Names in Chinese,
// Korean, Vietnamese… are set in a Unicode font (badge-fonts.ts), each line in one font.
import { setImmediate as nextTurn } from 'node:timers/promises';
import PDFDocument from 'pdfkit';
import type { ConfAttendeeType } from '../../db/schema.js';
import { US_STATES } from '../products/index.js';
import { badgeFonts, badgeRun, type BadgeFace, type BadgeFontConfig, type BadgeFontLog, type BadgeFonts, type BadgeRun } from './badge-fonts.js';
import { ticketQrPng } from './ticket-qr.js';

export { printable } from './badge-fonts.js';
export type BadgeLayout = 'sheet' | 'single';
export type Badge = { firstName: string; lastName: string; company: string; state: string; attendeeType: ConfAttendeeType; ticketType: string; eventName: string; token: string };
/** `fonts`: the Unicode font files (config; unset: the system's Noto Sans CJK). `log`: where the one warning goes if there is none. */
export type BadgeOptions = { fonts?: BadgeFontConfig; log?: BadgeFontLog };

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

const STANDARD: Record<BadgeFace, string> = { regular: 'Helvetica', bold: 'Helvetica-Bold' };
const UNICODE: Record<BadgeFace, string> = { regular: 'Badge-Unicode', bold: 'Badge-Unicode-Bold' };
/** Helvetica's ascender (both weights), per point: pdfkit puts its baseline this far below the y it is given. */
const HELVETICA_ASCENT = 0.718;

/** A badge being drawn: the document and the Unicode fonts registered with it (null: standard fonts only). */
type Pen = { doc: PDFKit.PDFDocument; fonts: BadgeFonts };

function select(pen: Pen, run: BadgeRun, face: BadgeFace, size: number): PDFKit.PDFDocument {
  return pen.doc.font(run.unicode ? UNICODE[face] : STANDARD[face]).fontSize(size);
}

/**
 * Draws a run with its top at `y` as Helvetica would be. The layout was drawn for Helvetica; the CJK
 * font's taller line box (ascent 1.16 em against 0.72) would push its text down and leave room for
 * only one line of a two-line company, so the Unicode font is set on Helvetica's baselines and line
 * spacing instead.
 */
function write(pen: Pen, run: BadgeRun, face: BadgeFace, size: number, x: number, y: number, options: PDFKit.Mixins.TextOptions): void {
  if (!run.unicode) {
    select(pen, run, face, size).text(run.text, x, y, options);
    return;
  }
  const helvetica = pen.doc.font(STANDARD[face]).fontSize(size).currentLineHeight(true);
  const own = select(pen, run, face, size).currentLineHeight(true);
  const height = options.height === undefined ? {} : { height: options.height + 2 * (own - helvetica) };
  pen.doc.text(run.text, x, y + HELVETICA_ASCENT * size, { ...options, ...height, baseline: 'alphabetic', lineGap: (options.lineGap ?? 0) + helvetica - own });
}

/** Draws `text` on one line at the largest size from `max` down to `min` that fits `width`; cut with … below that. */
function fitLine(pen: Pen, text: string, face: BadgeFace, max: number, min: number, x: number, y: number, width: number): number {
  const run = badgeRun(text, pen.fonts, face);
  const doc = select(pen, run, face, max);
  let size = max;
  while (size > min && doc.fontSize(size).widthOfString(run.text) > width) size -= 1;
  let line = run.text;
  if (doc.widthOfString(line) > width) {
    const chars = [...line];
    while (chars.length > 1 && doc.widthOfString(`${chars.join('')}…`) > width) chars.pop();
    line = `${chars.join('').trimEnd()}…`;
  }
  write(pen, { ...run, text: line }, face, size, x, y, { lineBreak: false });
  return size;
}

async function drawBadge(pen: Pen, b: Badge, x: number, y: number): Promise<void> {
  const { doc } = pen;
  const colour = COLOURS[b.attendeeType];
  const inner = W - 2 * PAD;
  doc.save();
  doc.rect(x, y, W, BAND).fill(colour);
  doc.fillColor('#ffffff');
  fitLine(pen, b.eventName, 'bold', 13, 8, x + PAD, y + 9, inner * 0.6);
  const ticket = badgeRun(b.ticketType, pen.fonts, 'regular');
  const ticketWidth = Math.min(select(pen, ticket, 'regular', 8).widthOfString(ticket.text), inner * 0.38);
  fitLine(pen, b.ticketType, 'regular', 8, 8, x + W - PAD - ticketWidth, y + 12, inner * 0.38);

  doc.fillColor('#111111');
  const first = fitLine(pen, b.firstName.trim() || ' ', 'bold', 30, 14, x + PAD, y + BAND + 8, inner);
  fitLine(pen, b.lastName.trim() || ' ', 'bold', 18, 10, x + PAD, y + BAND + 12 + first, inner);

  const qrX = x + W - PAD - QR;
  const qrY = y + H - FOOT - 6 - QR;
  const textWidth = qrX - x - PAD - 8;
  const company = badgeRun(b.company, pen.fonts, 'regular');
  if (select(pen, company, 'regular', 10).widthOfString(company.text) <= textWidth) fitLine(pen, b.company, 'regular', 13, 10, x + PAD, qrY + 20, textWidth);
  else write(pen, company, 'regular', 10, x + PAD, qrY + 12, { width: textWidth, height: 27, ellipsis: true, lineGap: 1 });
  doc.fillColor('#555555');
  fitLine(pen, US_STATES[b.state] ?? b.state, 'regular', 11, 8, x + PAD, qrY + 42, textWidth);
  doc.image(await ticketQrPng(b.token), qrX, qrY, { width: QR, height: QR });

  doc.rect(x, y + H - FOOT, W, FOOT).fill(colour);
  doc.fillColor('#ffffff').font('Helvetica-Bold').fontSize(14).text(LABELS[b.attendeeType], x + PAD, y + H - FOOT + 7, { width: inner, lineBreak: false, characterSpacing: 2 });
  doc.restore();
}

/** A PDF stream of the badges, drawn as the source yields them; the stream errors if the source fails. */
export function badgePdf(source: AsyncIterable<Badge>, layout: BadgeLayout, title = 'Badges', options: BadgeOptions = {}): PDFKit.PDFDocument {
  const doc = new PDFDocument({ autoFirstPage: false, margin: 0, info: { Title: title, Producer: 'Gateway', Creator: 'Gateway' } });
  void (async () => {
    const fonts = await badgeFonts(options.fonts, options.log);
    // pdfkit takes a parsed fontkit font as a font source (its types list only files and bytes), and
    // embeds a registered font only if a line is drawn in it.
    if (fonts) {
      doc.registerFont(UNICODE.regular, fonts.regular as unknown as Uint8Array);
      doc.registerFont(UNICODE.bold, fonts.bold as unknown as Uint8Array);
    }
    const pen: Pen = { doc, fonts };
    let n = 0;
    for await (const badge of source) {
      if (layout === 'single') {
        doc.addPage({ size: [W, H], margin: 0 });
        await drawBadge(pen, badge, 0, 0);
      } else {
        const slot = n % PER_SHEET;
        if (slot === 0) doc.addPage({ size: SHEET.size, margin: 0 });
        await drawBadge(pen, badge, SHEET.left + (slot % SHEET.columns) * W, SHEET.top + Math.floor(slot / SHEET.columns) * H);
      }
      if (++n % PER_SHEET === 0) await nextTurn();
    }
    if (n === 0) doc.addPage({ size: layout === 'single' ? [W, H] : SHEET.size, margin: 0 });
    doc.end();
  })().catch((err: unknown) => doc.destroy(err instanceof Error ? err : new Error(String(err))));
  return doc;
}

/** The whole PDF in memory (one person's badge; tests). */
export async function badgePdfBuffer(badges: Iterable<Badge> | AsyncIterable<Badge>, layout: BadgeLayout, options: BadgeOptions = {}): Promise<Buffer> {
  const source = (async function* () {
    yield* badges;
  })();
  const doc = badgePdf(source, layout, 'Badges', options);
  const chunks: Buffer[] = [];
  for await (const chunk of doc) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
