// The part of fontkit (pdfkit's font engine, which ships no types) that badge printing uses: open a
// font file once and hand the parsed font to every PDF.
declare module 'fontkit' {
  export interface Font {
    readonly postscriptName: string;
    readonly unitsPerEm: number;
    readonly ascent: number;
    readonly descent: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string): unknown;
  }
  export interface FontCollection {
    readonly type: 'TTC' | 'DFont';
    readonly fonts: Font[];
  }
  /** A font, or a collection when `postscriptName` is not given for a .ttc; null when no face has that name. */
  export function create(buffer: Uint8Array, postscriptName?: string): Font | FontCollection | null;
}
