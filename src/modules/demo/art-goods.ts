// Drawings of leather goods, apparel, skincare and homeware for the demo pictures (same canvas and
// gradients as art-food.ts).
import { shade, tint, type Palette } from './art-colors.js';

const stitch = (x: number, y: number, w: number, h: number, r: number, c: string) =>
  `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${r}" fill="none" stroke="${c}" stroke-width="4" stroke-dasharray="12 9"/>`;

const paperBand = (x: number, y: number, w: number, h: number) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="url(#paper)"/>`;

const flower = (p: Palette, x: number, y: number, r: number) =>
  [0, 72, 144, 216, 288].map((a) => `<ellipse cx="${x}" cy="${y - r}" rx="${r * 0.55}" ry="${r}" transform="rotate(${a} ${x} ${y})" fill="${p.accent}" opacity="0.9"/>`).join('') +
  `<circle cx="${x}" cy="${y}" r="${r * 0.5}" fill="${shade(p.accent, 0.3)}"/>`;

const fir = (p: Palette, x: number, y: number, s: number) =>
  `<path d="M${x} ${y - 60 * s} L${x + 40 * s} ${y} H${x + 14 * s} L${x + 50 * s} ${y + 50 * s} H${x - 50 * s} L${x - 14 * s} ${y} H${x - 40 * s} Z" fill="${shade(p.accent, 0.1)}"/>`;

export const GOODS_SHAPES = {
  /** A bifold wallet (main) with a card (accent) peeking out. */
  wallet: (p: Palette) =>
    [
      '<rect x="262" y="258" width="210" height="80" rx="8" fill="url(#af)" transform="rotate(-6 360 300)"/>',
      '<rect x="210" y="300" width="380" height="300" rx="28" fill="url(#mf)"/>',
      stitch(228, 318, 344, 264, 18, tint(p.main, 0.45)),
      `<path d="M400 300 V600" stroke="${shade(p.main, 0.35)}" stroke-width="6"/>`,
      `<circle cx="500" cy="450" r="26" fill="none" stroke="${shade(p.main, 0.3)}" stroke-width="4"/>`,
    ].join(''),

  /** A slim card holder (main) with two cards (accent). */
  cardholder: (p: Palette) =>
    [
      '<rect x="300" y="270" width="200" height="120" rx="10" fill="url(#af)" transform="rotate(-8 400 330)"/>',
      `<rect x="320" y="300" width="200" height="110" rx="10" fill="${tint(p.accent, 0.4)}" transform="rotate(5 420 355)"/>`,
      '<rect x="250" y="350" width="300" height="230" rx="22" fill="url(#mf)"/>',
      stitch(264, 364, 272, 202, 14, tint(p.main, 0.45)),
      `<path d="M270 420 Q400 460 530 420" stroke="${shade(p.main, 0.35)}" stroke-width="5" fill="none"/>`,
    ].join(''),

  /** A passport cover (main), upright like a book, with a globe pressed into it. */
  passport: (p: Palette) =>
    [
      `<rect x="290" y="215" width="250" height="440" rx="18" fill="${shade(p.main, 0.35)}"/>`,
      '<rect x="270" y="200" width="250" height="440" rx="18" fill="url(#mf)"/>',
      stitch(286, 216, 218, 408, 12, tint(p.main, 0.45)),
      `<circle cx="395" cy="390" r="62" fill="none" stroke="${shade(p.main, 0.3)}" stroke-width="6"/>`,
      `<ellipse cx="395" cy="390" rx="26" ry="62" fill="none" stroke="${shade(p.main, 0.3)}" stroke-width="5"/>`,
      `<path d="M333 390 H457" stroke="${shade(p.main, 0.3)}" stroke-width="5"/>`,
      `<rect x="345" y="500" width="100" height="14" rx="7" fill="${p.accent}"/>`,
    ].join(''),

  /** A tote bag (main) with handles and a tag (accent). */
  tote: (p: Palette) =>
    [
      `<path d="M310 330 Q310 172 400 172 Q490 172 490 330" stroke="${shade(p.main, 0.25)}" stroke-width="24" fill="none"/>`,
      '<path d="M218 318 H582 L556 654 H244 Z" fill="url(#mf)"/>',
      `<rect x="218" y="318" width="364" height="34" fill="${shade(p.main, 0.15)}"/>`,
      `<path d="M226 366 H574" stroke="${tint(p.main, 0.4)}" stroke-width="4" stroke-dasharray="12 9"/>`,
      '<rect x="470" y="380" width="54" height="80" rx="8" fill="url(#af)"/>',
      `<circle cx="497" cy="398" r="7" fill="${shade(p.accent, 0.4)}"/>`,
    ].join(''),

  /** A crossbody bag (main) with its strap and a clasp (accent). */
  crossbody: (p: Palette) =>
    [
      `<path d="M262 430 Q400 70 538 430" stroke="${shade(p.main, 0.28)}" stroke-width="18" fill="none"/>`,
      '<rect x="238" y="400" width="324" height="250" rx="38" fill="url(#mf)"/>',
      `<path d="M238 440 Q238 400 278 400 H522 Q562 400 562 440 V520 Q400 586 238 520 Z" fill="${shade(p.main, 0.12)}"/>`,
      stitch(252, 414, 296, 220, 30, tint(p.main, 0.4)),
      '<rect x="376" y="536" width="48" height="40" rx="8" fill="url(#a)"/>',
    ].join(''),

  /** A coiled belt (main) with a brass buckle (accent). */
  belt: (p: Palette) =>
    [
      '<circle cx="380" cy="440" r="190" fill="none" stroke="url(#m)" stroke-width="56"/>',
      '<circle cx="380" cy="440" r="122" fill="none" stroke="url(#m)" stroke-width="56"/>',
      `<circle cx="380" cy="440" r="208" fill="none" stroke="${tint(p.main, 0.4)}" stroke-width="3" stroke-dasharray="10 8"/>`,
      `<circle cx="380" cy="440" r="104" fill="none" stroke="${tint(p.main, 0.4)}" stroke-width="3" stroke-dasharray="10 8"/>`,
      '<rect x="520" y="410" width="140" height="60" fill="url(#mf)"/>',
      '<rect x="546" y="384" width="92" height="112" rx="16" fill="none" stroke="url(#a)" stroke-width="16"/>',
      `<path d="M592 440 H650" stroke="${p.accent}" stroke-width="10" stroke-linecap="round"/>`,
    ].join(''),

  /** A penny loafer (main) in profile, with its strap (accent). */
  shoe: (p: Palette) =>
    [
      `<path d="M168 598 H640 Q664 598 658 620 Q652 642 620 642 H192 Q164 642 168 598 Z" fill="${shade(p.main, 0.55)}"/>`,
      '<path d="M178 600 Q166 520 232 498 Q330 470 424 428 Q474 408 526 450 Q604 502 642 560 Q652 590 640 600 Z" fill="url(#mf)"/>',
      `<path d="M300 478 Q380 452 452 438" stroke="${shade(p.main, 0.4)}" stroke-width="8" fill="none"/>`,
      `<path d="M410 470 Q500 462 570 512" stroke="${p.accent}" stroke-width="22" fill="none"/>`,
      `<rect x="474" y="470" width="40" height="12" rx="6" fill="${shade(p.accent, 0.45)}" transform="rotate(14 494 476)"/>`,
      `<path d="M178 600 Q186 540 240 528" stroke="${tint(p.main, 0.35)}" stroke-width="3" stroke-dasharray="8 7" fill="none"/>`,
    ].join(''),

  /** A T-shirt (main) with a round emblem (accent) on the chest. */
  tshirt: (p: Palette) =>
    [
      '<path d="M272 208 L198 250 L136 364 L220 404 L262 352 V650 H538 V352 L580 404 L664 364 L602 250 L528 208 Q400 292 272 208 Z" fill="url(#mf)"/>',
      `<path d="M318 222 Q400 282 482 222" stroke="${shade(p.main, 0.2)}" stroke-width="14" fill="none"/>`,
      `<circle cx="400" cy="420" r="64" fill="none" stroke="${p.accent}" stroke-width="14"/>`,
      ...[0, 45, 90, 135].map((a) => `<rect x="392" y="340" width="16" height="160" fill="${p.accent}" transform="rotate(${a} 400 420)"/>`),
      `<circle cx="400" cy="420" r="30" fill="${shade(p.main, 0.05)}"/>`,
    ].join(''),

  /** A wide cream jar (main) with its lid (accent) and a flower label. */
  cream: (p: Palette) =>
    [
      '<rect x="248" y="432" width="304" height="222" rx="42" fill="url(#m)"/>',
      '<rect x="238" y="358" width="324" height="96" rx="22" fill="url(#a)"/>',
      paperBand(248, 500, 304, 110),
      flower(p, 400, 555, 26),
    ].join(''),

  /** Two lip-balm tubes (body: main, cap: accent). */
  tube: (p: Palette) =>
    [310, 490]
      .map((x, i) =>
        [
          `<rect x="${x - 50}" y="${310 + i * 20}" width="100" height="${330 - i * 20}" rx="16" fill="url(#m)"/>`,
          `<rect x="${x - 50}" y="${220 + i * 20}" width="100" height="100" rx="16" fill="url(#a)"/>`,
          paperBand(x - 50, 430 + i * 10, 100, 120),
          flower(p, x, 490 + i * 10, 14),
        ].join(''),
      )
      .join(''),

  /** A serum bottle (glass: main) with a dropper (accent). */
  dropper: (p: Palette) =>
    [
      '<rect x="298" y="362" width="204" height="292" rx="32" fill="url(#m)"/>',
      '<rect x="348" y="300" width="104" height="76" rx="10" fill="url(#a)"/>',
      `<path d="M364 302 V222 Q364 168 400 168 Q436 168 436 222 V302 Z" fill="${shade(p.accent, 0.25)}"/>`,
      paperBand(298, 450, 204, 130),
      flower(p, 400, 515, 22),
      '<rect x="318" y="380" width="22" height="250" rx="11" fill="#ffffff" opacity="0.28"/>',
    ].join(''),

  /** A pump bottle of lotion (main) with a fir tree on its label. */
  pump: (p: Palette) =>
    [
      '<rect x="284" y="322" width="232" height="332" rx="42" fill="url(#m)"/>',
      '<rect x="356" y="278" width="88" height="56" rx="8" fill="url(#a)"/>',
      '<rect x="372" y="200" width="56" height="90" rx="6" fill="url(#a)"/>',
      '<rect x="296" y="198" width="120" height="28" rx="12" fill="url(#a)"/>',
      paperBand(284, 430, 232, 150),
      fir(p, 400, 505, 1),
      '<rect x="304" y="344" width="22" height="280" rx="11" fill="#ffffff" opacity="0.28"/>',
    ].join(''),

  /** A square perfume bottle (liquid: main) with a heavy cap (accent). */
  perfume: (p: Palette) =>
    [
      '<rect x="266" y="330" width="268" height="318" rx="28" fill="url(#m)" opacity="0.95"/>',
      `<rect x="288" y="392" width="224" height="232" rx="18" fill="${tint(p.main, 0.35)}" opacity="0.55"/>`,
      '<rect x="368" y="290" width="64" height="52" fill="url(#a)"/>',
      '<rect x="332" y="196" width="136" height="104" rx="16" fill="url(#a)"/>',
      fir(p, 400, 500, 1.2),
    ].join(''),

  /** A bar of soap (main) with a sprig (accent) beside it. */
  soap: (p: Palette) =>
    [
      '<rect x="216" y="436" width="368" height="200" rx="62" fill="url(#mf)"/>',
      `<rect x="236" y="414" width="328" height="176" rx="56" fill="${tint(p.main, 0.2)}"/>`,
      `<ellipse cx="400" cy="502" rx="96" ry="46" fill="none" stroke="${shade(p.main, 0.18)}" stroke-width="7"/>`,
      '<path d="M520 400 Q560 300 610 240" stroke="#6b8e23" stroke-width="6" fill="none"/>',
      ...[0, 1, 2, 3, 4, 5].map((i) => `<ellipse cx="${528 + i * 15}" cy="${380 - i * 24}" rx="10" ry="17" fill="url(#ar)"/>`),
    ].join(''),

  /** A wooden cutting board (main) with two cherries (accent) on it. */
  board: (p: Palette) =>
    [
      '<rect x="196" y="236" width="408" height="416" rx="42" fill="url(#mf)"/>',
      `<ellipse cx="400" cy="284" rx="46" ry="20" fill="${tint(p.bg, 0.7)}"/>`,
      ...[360, 420, 480, 540, 600].map((y, i) => `<path d="M220 ${y} Q320 ${y - 24 + i * 6} 400 ${y} T580 ${y - 4}" stroke="${shade(p.main, 0.18)}" stroke-width="4" fill="none"/>`),
      '<circle cx="330" cy="560" r="40" fill="url(#ar)"/><circle cx="404" cy="574" r="38" fill="url(#ar)"/>',
      '<path d="M330 522 Q350 470 380 460 M404 536 Q400 490 380 460" stroke="#5b3a1a" stroke-width="5" fill="none"/>',
    ].join(''),
};
