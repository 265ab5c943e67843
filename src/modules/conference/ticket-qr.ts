// The QR code of a ticket token, drawn by the qrcode library: SVG for the ticket page, a grayscale PNG
// for badge PDFs (pdfkit embeds a PNG without alpha as it is; an RGBA one it must split, ≈ 20× slower).
import QRCode from 'qrcode';

// Medium error correction: a badge bent on a lanyard or a phone screen with glare still scans.
const BASE = { errorCorrectionLevel: 'M', margin: 2 } as const;
// pngjs options the qrcode types do not list: 8-bit grayscale output.
const GRAYSCALE = { colorType: 0 };

export function ticketQrSvg(token: string): Promise<string> {
  return QRCode.toString(token, { ...BASE, type: 'svg' });
}

/** scale: pixels per module (a 91-character token is 41 modules + margins ≈ 180 px at 4). */
export function ticketQrPng(token: string, scale = 4): Promise<Buffer> {
  return QRCode.toBuffer(token, { ...BASE, type: 'png', scale, rendererOpts: { deflateLevel: 6, ...GRAYSCALE } });
}
