// Colour arithmetic for the demo product pictures (#rrggbb only).

/** main: the product's body colour; accent: caps, labels, ribbons; bg: the backdrop's hue. */
export type Palette = { main: string; accent: string; bg: string };

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Mixes two colours: t = 0 gives a, t = 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const [x, y] = [rgb(a), rgb(b)];
  return `#${x.map((v, i) => Math.round(v + (y[i]! - v) * t).toString(16).padStart(2, '0')).join('')}`;
}
export const tint = (c: string, t: number) => mix(c, '#ffffff', t);
export const shade = (c: string, t: number) => mix(c, '#000000', t);
