// Demo product pictures, drawn at seed time: an SVG of shapes and gradients only (no <text>, so no
// fonts are needed, and nothing is fetched), rendered to PNG with sharp. The same art always gives
// the same bytes, so re-seeding stores no new blobs.
import sharp from 'sharp';
import { shade, tint, type Palette } from './art-colors.js';
import { FOOD_SHAPES } from './art-food.js';
import { GOODS_SHAPES } from './art-goods.js';

export type ArtKind = keyof typeof FOOD_SHAPES | keyof typeof GOODS_SHAPES;

export type Art = Palette & { kind: ArtKind };

export const ART_SIZE = 800;

/** Left-lit horizontal gradient: reads as a rounded (cylindrical) surface. */
const cylinder = (id: string, c: string) =>
  `<linearGradient id="${id}" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${tint(c, 0.25)}"/><stop offset="0.35" stop-color="${c}"/><stop offset="1" stop-color="${shade(c, 0.35)}"/></linearGradient>`;

/** Top-lit vertical gradient: reads as a flat face. */
const face = (id: string, c: string) =>
  `<linearGradient id="${id}" x1="0" y1="0" x2="0.3" y2="1"><stop offset="0" stop-color="${tint(c, 0.18)}"/><stop offset="1" stop-color="${shade(c, 0.25)}"/></linearGradient>`;

const round = (id: string, c: string) =>
  `<radialGradient id="${id}" cx="0.35" cy="0.3" r="0.75"><stop offset="0" stop-color="${tint(c, 0.45)}"/><stop offset="0.45" stop-color="${c}"/><stop offset="1" stop-color="${shade(c, 0.45)}"/></radialGradient>`;

function defs(art: Art): string {
  return [
    `<radialGradient id="bg" cx="0.5" cy="0.38" r="0.8"><stop offset="0" stop-color="${tint(art.bg, 0.9)}"/><stop offset="0.7" stop-color="${tint(art.bg, 0.68)}"/><stop offset="1" stop-color="${tint(art.bg, 0.5)}"/></radialGradient>`,
    cylinder('m', art.main),
    cylinder('a', art.accent),
    face('mf', art.main),
    face('af', art.accent),
    round('mr', art.main),
    round('ar', art.accent),
    `<linearGradient id="shine" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#ffffff" stop-opacity="0"/><stop offset="0.5" stop-color="#ffffff" stop-opacity="0.55"/><stop offset="1" stop-color="#ffffff" stop-opacity="0"/></linearGradient>`,
    `<linearGradient id="paper" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#fffdf7"/><stop offset="1" stop-color="#efe8d8"/></linearGradient>`,
  ].join('');
}

export function productSvg(art: Art): string {
  const draw = (FOOD_SHAPES as Record<string, (p: Palette) => string>)[art.kind] ?? (GOODS_SHAPES as Record<string, (p: Palette) => string>)[art.kind];
  if (!draw) throw new Error(`No drawing for ${art.kind}`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${ART_SIZE}" height="${ART_SIZE}" viewBox="0 0 800 800">`,
    `<defs>${defs(art)}</defs>`,
    '<rect width="800" height="800" fill="url(#bg)"/>',
    `<circle cx="640" cy="150" r="210" fill="${tint(art.accent, 0.75)}" opacity="0.35"/>`,
    `<circle cx="120" cy="700" r="160" fill="${tint(art.main, 0.7)}" opacity="0.3"/>`,
    '<ellipse cx="400" cy="668" rx="230" ry="30" fill="#000000" opacity="0.13"/>',
    draw(art),
    '</svg>',
  ].join('');
}

export async function renderProductPng(art: Art): Promise<Buffer> {
  return sharp(Buffer.from(productSvg(art))).png({ compressionLevel: 6 }).toBuffer();
}
