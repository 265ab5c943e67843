// Fonts for badges. The standard PDF fonts speak WinAnsi (Latin-1 and a few more), so a Chinese,
// Korean or Vietnamese name would print as '?'. A Unicode font that covers CJK — the system's Noto
// Sans CJK (Debian: fonts-noto-cjk) unless configured — is read and parsed once per process and the
// parsed font is handed to every PDF, where pdfkit embeds only the glyphs drawn. Text that WinAnsi can
// spell stays in Helvetica (small PDFs, the look badges always had); any other line is set whole in the
// Unicode font, so one line never mixes two designs and two baselines. With no Unicode font, badges
// still print, folded as `printable` does, and the log says so once.
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { create, type Font } from 'fontkit';

/**
 * Font files for non-Latin-1 text: a path to a .ttf, .otf or .ttc, with `#PostScriptName` to pick a
 * face of a collection (without it the Simplified Chinese face of a Noto/Source Han collection, else
 * the first). `bold` defaults to `regular`; `regular: 'none'` prints with the standard fonts only.
 * Unset: Noto Sans CJK SC from the usual system folders.
 */
export type BadgeFontConfig = { regular?: string; bold?: string };
/** Where the one warning goes when no Unicode font can be had (pino's and Fastify's loggers fit). */
export type BadgeFontLog = { warn: (obj: object, msg: string) => void };
export type BadgeFace = 'regular' | 'bold';
/** The parsed Unicode fonts, or null: standard fonts only. */
export type BadgeFonts = { regular: Font; bold: Font; source: string } | null;
/** One line of a badge: its text, and whether it is set in the Unicode font or in Helvetica. */
export type BadgeRun = { text: string; unicode: boolean };

/** Where distributions put Noto Sans CJK: Debian and Ubuntu, Arch, Fedora, Alpine. */
export const NOTO_CJK_DIRS = ['/usr/share/fonts/opentype/noto', '/usr/share/fonts/noto-cjk', '/usr/share/fonts/google-noto-cjk', '/usr/share/fonts/noto'];
const NOTO_CJK = { regular: 'NotoSansCJK-Regular.ttc#NotoSansCJKsc-Regular', bold: 'NotoSansCJK-Bold.ttc#NotoSansCJKsc-Bold' };

// The standard fonts speak WinAnsi: Latin-1 plus these. Anything else is folded to ASCII or '?', never
// drawn as a wrong glyph.
const WIN_ANSI_EXTRA = new Set([402, 8211, 8212, 8216, 8217, 8218, 8220, 8221, 8222, 8224, 8225, 8226, 8230, 8364, 8240, 8249, 8250, 710, 8482, 338, 339, 732, 352, 353, 376, 381, 382]);
// Latin letters with no decomposition to fold them by.
const FOLD: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', ı: 'i', Ħ: 'H', ħ: 'h', Ŧ: 'T', ŧ: 't' };

const isControl = (code: number) => code < 0x20 || (code >= 0x7f && code < 0xa0);
const isWinAnsi = (code: number) => code <= 0xff || WIN_ANSI_EXTRA.has(code);
const fold = (ch: string) => FOLD[ch] ?? (ch.normalize('NFKD').replace(/[^\x20-\x7e]/g, '') || '?');
const codeOf = (ch: string) => ch.codePointAt(0)!;

/** The characters of `text` that can be drawn at all (NFC, no control characters). */
function characters(text: string): string[] {
  return [...text.normalize('NFC')].filter((ch) => !isControl(codeOf(ch)));
}

/** `text` as the standard fonts can draw it: WinAnsi kept, other Latin folded to ASCII, the rest '?'. */
export function printable(text: string): string {
  return characters(text)
    .map((ch) => (isWinAnsi(codeOf(ch)) ? ch : fold(ch)))
    .join('')
    .trim();
}

/** How to draw `text` in `face`: in Helvetica when WinAnsi spells it (or no Unicode font is loaded), else in the Unicode font, with what that font lacks folded. */
export function badgeRun(text: string, fonts: BadgeFonts, face: BadgeFace): BadgeRun {
  const chars = characters(text);
  const font = fonts?.[face];
  if (!font || chars.every((ch) => isWinAnsi(codeOf(ch)))) return { text: printable(text), unicode: false };
  const drawn = chars.map((ch) => (isWinAnsi(codeOf(ch)) || font.hasGlyphForCodePoint(codeOf(ch)) ? ch : fold(ch))).join('').trim();
  // A script the font lacks too (Thai, Arabic…) folds to ASCII: no reason to embed the font then.
  return [...drawn].every((ch) => isWinAnsi(codeOf(ch))) ? { text: printable(drawn), unicode: false } : { text: drawn, unicode: true };
}

const loaded = new Map<string, Promise<BadgeFonts>>();
const consoleLog: BadgeFontLog = { warn: (obj, msg) => console.warn(msg, obj) };

/**
 * The Unicode fonts for `config`, read and parsed on first use and kept for the life of the process.
 * Never rejects: a missing or broken font gives null (standard fonts), with one warning per config.
 */
export function badgeFonts(config: BadgeFontConfig = {}, log: BadgeFontLog = consoleLog): Promise<BadgeFonts> {
  const key = `${config.regular ?? ''}\n${config.bold ?? ''}`;
  let fonts = loaded.get(key);
  if (!fonts) {
    fonts = loadFonts(config, log);
    loaded.set(key, fonts);
  }
  return fonts;
}

async function loadFonts(config: BadgeFontConfig, log: BadgeFontLog): Promise<BadgeFonts> {
  if (config.regular === 'none') return null;
  const files = config.regular ? { regular: config.regular, bold: config.bold || config.regular } : await systemNotoCjk();
  if (!files) {
    log.warn({ searched: NOTO_CJK_DIRS }, 'Badges: no CJK font found (install fonts-noto-cjk or configure a badge font); names outside Latin-1 print as "?"');
    return null;
  }
  try {
    const regular = await openFont(files.regular);
    const bold = files.bold === files.regular ? regular : await openFont(files.bold);
    return { regular, bold, source: files.regular };
  } catch (err) {
    log.warn({ err, font: files }, 'Badges: the CJK font could not be loaded; names outside Latin-1 print as "?"');
    return null;
  }
}

async function systemNotoCjk(): Promise<{ regular: string; bold: string } | null> {
  const exists = (spec: string) => access(splitFace(spec).path).then(() => true, () => false);
  for (const dir of NOTO_CJK_DIRS) {
    const regular = join(dir, NOTO_CJK.regular);
    if (!(await exists(regular))) continue;
    const bold = join(dir, NOTO_CJK.bold);
    return { regular, bold: (await exists(bold)) ? bold : regular };
  }
  return null;
}

function splitFace(spec: string): { path: string; face: string | undefined } {
  const hash = spec.lastIndexOf('#');
  if (hash <= 0 || spec.includes('/', hash)) return { path: spec, face: undefined };
  return { path: spec.slice(0, hash), face: spec.slice(hash + 1) };
}

async function openFont(spec: string): Promise<Font> {
  const { path, face } = splitFace(spec);
  const opened = create(await readFile(path), face);
  if (!opened) throw new Error(`${path} has no face named ${face}`);
  if (!('fonts' in opened)) return opened;
  const chosen = opened.fonts.find((f) => /CJKsc-|CNSC-|SC-/.test(f.postscriptName)) ?? opened.fonts[0];
  if (!chosen) throw new Error(`${path} holds no font`);
  return chosen;
}
