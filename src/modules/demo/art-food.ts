// Drawings of food, drink and health products for the demo pictures (800×800 canvas, ground at
// y ≈ 665). Gradients come from product-art.ts: m/a (rounded), mf/af (flat), mr/ar (spheres),
// shine and paper.
import { shade, tint, type Palette } from './art-colors.js';

const highlight = (x: number, y: number, h: number) => `<rect x="${x}" y="${y}" width="24" height="${h}" rx="12" fill="#ffffff" opacity="0.28"/>`;

const berry = (x: number, y: number, r: number) => `<circle cx="${x}" cy="${y}" r="${r}" fill="url(#ar)"/><circle cx="${x - r * 0.35}" cy="${y - r * 0.35}" r="${r * 0.22}" fill="#ffffff" opacity="0.45"/>`;

const almond = (x: number, y: number, angle: number) =>
  `<g transform="rotate(${angle} ${x} ${y})"><ellipse cx="${x}" cy="${y}" rx="62" ry="36" fill="url(#mr)"/><path d="M${x - 44} ${y} Q${x} ${y - 10} ${x + 44} ${y}" stroke="#000000" stroke-opacity="0.18" stroke-width="4" fill="none"/></g>`;

const emblem = (p: Palette, x: number, y: number) =>
  `<circle cx="${x}" cy="${y}" r="44" fill="${p.accent}"/><circle cx="${x}" cy="${y}" r="30" fill="none" stroke="${tint(p.accent, 0.6)}" stroke-width="5"/>`;

export const FOOD_SHAPES = {
  /** A stand-up pouch with a window showing the fruit or nuts (accent) inside. */
  pouch: (p: Palette) =>
    [
      '<path d="M255 185 H545 L568 640 Q400 672 232 640 Z" fill="url(#mf)"/>',
      '<rect x="255" y="185" width="290" height="48" fill="url(#af)"/>',
      `<path d="M264 252 H536" stroke="${shade(p.main, 0.3)}" stroke-width="5" stroke-dasharray="12 8"/>`,
      `<ellipse cx="400" cy="455" rx="118" ry="128" fill="${tint(p.main, 0.82)}"/>`,
      berry(350, 420, 38),
      berry(440, 405, 36),
      berry(395, 480, 40),
      berry(330, 500, 30),
      berry(470, 490, 33),
      '<rect x="272" y="260" width="34" height="360" fill="url(#shine)" opacity="0.7"/>',
    ].join(''),

  /** A glass jar (contents: main) with a lid and a paper label. */
  jar: (p: Palette) =>
    [
      '<rect x="270" y="282" width="260" height="372" rx="52" fill="url(#m)"/>',
      '<rect x="284" y="228" width="232" height="66" rx="14" fill="url(#a)"/>',
      `<path d="M290 262 H510" stroke="${shade(p.accent, 0.25)}" stroke-width="3"/>`,
      '<rect x="270" y="390" width="260" height="150" fill="url(#paper)"/>',
      emblem(p, 400, 465),
      highlight(292, 300, 320),
    ].join(''),

  /** A syrup or juice bottle (contents: main) with a cap and a leaf on its label. */
  bottle: (p: Palette) =>
    [
      '<path d="M368 175 H432 V250 Q432 292 482 322 Q522 348 522 402 V628 Q522 656 494 656 H306 Q278 656 278 628 V402 Q278 348 318 322 Q368 292 368 250 Z" fill="url(#m)"/>',
      '<rect x="360" y="140" width="80" height="52" rx="9" fill="url(#a)"/>',
      '<rect x="278" y="432" width="244" height="146" fill="url(#paper)"/>',
      `<path d="M400 460 L420 492 L452 484 L436 512 L462 532 L426 536 L430 566 L400 548 L370 566 L374 536 L338 532 L364 512 L348 484 L380 492 Z" fill="${p.accent}"/>`,
      highlight(298, 350, 260),
    ].join(''),

  /** Two cherries on a stem with a leaf (fruit: main, leaf: accent). */
  cherries: (p: Palette) =>
    [
      '<path d="M318 500 Q350 330 452 236" stroke="#5b3a1a" stroke-width="11" fill="none" stroke-linecap="round"/>',
      '<path d="M492 508 Q478 350 452 236" stroke="#5b3a1a" stroke-width="11" fill="none" stroke-linecap="round"/>',
      '<path d="M452 236 Q548 168 612 222 Q536 276 452 236 Z" fill="url(#af)"/>',
      `<path d="M462 236 Q540 214 600 222" stroke="${shade(p.accent, 0.3)}" stroke-width="4" fill="none"/>`,
      '<circle cx="318" cy="528" r="118" fill="url(#mr)"/>',
      '<circle cx="492" cy="540" r="110" fill="url(#mr)"/>',
      '<ellipse cx="280" cy="486" rx="30" ry="20" fill="#ffffff" opacity="0.4"/>',
      '<ellipse cx="456" cy="500" rx="28" ry="18" fill="#ffffff" opacity="0.4"/>',
    ].join(''),

  /** A bowl (accent) heaped with almond-shaped nuts (main). */
  nuts: () =>
    [
      almond(300, 470, -20),
      almond(500, 470, 25),
      almond(400, 455, 5),
      almond(350, 410, -35),
      almond(450, 405, 30),
      almond(400, 360, -8),
      '<path d="M190 480 Q400 525 610 480 Q598 652 400 660 Q202 652 190 480 Z" fill="url(#af)"/>',
      '<path d="M190 480 Q400 525 610 480" stroke="#ffffff" stroke-opacity="0.35" stroke-width="6" fill="none"/>',
    ].join(''),

  /** A ginseng root (main) with its five-leaflet sprig and red berries behind it. */
  root: (p: Palette) =>
    [
      ...[-60, -25, 10, 45, 80].map((a) => `<ellipse cx="520" cy="200" rx="78" ry="28" transform="rotate(${a} 470 230)" fill="url(#af)"/>`),
      '<circle cx="470" cy="232" r="14" fill="#c0392b"/><circle cx="490" cy="245" r="12" fill="#c0392b"/><circle cx="455" cy="250" r="12" fill="#a93226"/>',
      '<path d="M470 240 Q440 200 400 196" stroke="#6b8e23" stroke-width="8" fill="none"/>',
      '<path d="M386 182 Q424 176 428 218 Q474 332 458 432 Q448 500 474 562 Q442 548 428 502 Q418 472 402 522 Q382 592 330 644 Q360 562 366 502 Q330 544 278 562 Q330 512 350 452 Q334 330 386 182 Z" fill="url(#mr)"/>',
      ...[260, 300, 340, 380].map((y) => `<path d="M${366 + (y - 260) / 12} ${y} Q400 ${y + 10} ${430 + (y - 260) / 10} ${y}" stroke="${shade(p.main, 0.3)}" stroke-width="4" fill="none"/>`),
      `<path d="M330 644 Q310 660 290 662 M474 562 Q500 600 520 606 M278 562 Q250 570 232 590" stroke="${shade(p.main, 0.2)}" stroke-width="3" fill="none"/>`,
      `<rect x="376" y="160" width="26" height="34" rx="8" fill="${shade(p.main, 0.25)}"/>`,
    ].join(''),

  /** Thin round slices (main) on a small dish (accent). */
  slices: (p: Palette) =>
    [
      '<ellipse cx="400" cy="560" rx="250" ry="92" fill="url(#af)"/>',
      `<ellipse cx="400" cy="548" rx="222" ry="74" fill="${tint(p.accent, 0.35)}"/>`,
      ...([[310, 520], [420, 505], [510, 540], [360, 580], [460, 590], [400, 450], [300, 455], [500, 455]] as const).map(
        ([x, y]) =>
          `<circle cx="${x}" cy="${y}" r="62" fill="url(#mr)"/><circle cx="${x}" cy="${y}" r="42" fill="none" stroke="${shade(p.main, 0.25)}" stroke-width="3"/><circle cx="${x}" cy="${y}" r="8" fill="${shade(p.main, 0.35)}"/>`,
      ),
    ].join(''),

  /** A hexagonal honey jar (honey: main) with a wooden dipper. */
  honey: (p: Palette) =>
    [
      '<path d="M300 300 H500 L545 370 V610 L500 656 H300 L255 610 V370 Z" fill="url(#m)"/>',
      '<rect x="300" y="246" width="200" height="62" rx="12" fill="url(#a)"/>',
      '<rect x="255" y="430" width="290" height="130" fill="url(#paper)"/>',
      `<path d="M400 458 L436 478 V518 L400 538 L364 518 V478 Z" fill="${p.main}"/>`,
      '<path d="M560 180 L470 330" stroke="#a0703c" stroke-width="14" stroke-linecap="round"/>',
      ...[0, 1, 2, 3].map((i) => `<ellipse cx="${585 + i * 8}" cy="${150 - i * 14}" rx="34" ry="12" transform="rotate(-58 ${585 + i * 8} ${150 - i * 14})" fill="#c8955a"/>`),
      highlight(272, 380, 200),
    ].join(''),

  /** A tin (formula, tea, powder) with a lid and a meadow on its label. */
  tin: (p: Palette) =>
    [
      '<rect x="258" y="262" width="284" height="392" rx="22" fill="url(#m)"/>',
      '<rect x="250" y="232" width="300" height="62" rx="16" fill="url(#a)"/>',
      '<rect x="258" y="380" width="284" height="176" fill="url(#paper)"/>',
      `<circle cx="448" cy="430" r="28" fill="${tint(p.accent, 0.2)}"/>`,
      `<path d="M258 540 Q330 470 400 505 Q470 460 542 520 V556 H258 Z" fill="${p.accent}"/>`,
      highlight(278, 300, 330),
    ].join(''),

  /** A gift box (main) with a ribbon and bow (accent). */
  box: (p: Palette) =>
    [
      '<rect x="222" y="372" width="356" height="282" fill="url(#mf)"/>',
      '<rect x="200" y="318" width="400" height="78" rx="8" fill="url(#mf)"/>',
      `<rect x="200" y="388" width="400" height="10" fill="${shade(p.main, 0.3)}" opacity="0.5"/>`,
      '<rect x="374" y="318" width="52" height="336" fill="url(#a)"/>',
      '<path d="M400 318 Q310 220 290 280 Q290 330 400 318 Z" fill="url(#af)"/>',
      '<path d="M400 318 Q490 220 510 280 Q510 330 400 318 Z" fill="url(#af)"/>',
      `<circle cx="400" cy="318" r="22" fill="${shade(p.accent, 0.15)}"/>`,
    ].join(''),

  /** A supplement bottle (main) with two-tone capsules (accent) in front of it. */
  capsules: (p: Palette) =>
    [
      '<rect x="290" y="300" width="220" height="330" rx="34" fill="url(#m)"/>',
      '<rect x="318" y="230" width="164" height="86" rx="14" fill="url(#a)"/>',
      '<rect x="290" y="400" width="220" height="140" fill="url(#paper)"/>',
      emblem(p, 400, 470),
      ...([[250, 630, -25], [560, 626, 20], [470, 650, -8]] as const).map(
        ([x, y, r]) =>
          `<g transform="rotate(${r} ${x} ${y})"><rect x="${x - 50}" y="${y - 20}" width="100" height="40" rx="20" fill="${tint(p.main, 0.2)}"/><path d="M${x} ${y - 20} H${x + 30} A20 20 0 0 1 ${x + 30} ${y + 20} H${x} Z" fill="${p.accent}"/></g>`,
      ),
      highlight(308, 320, 280),
    ].join(''),

  /** A wedge of cheese (main) with its rind (accent). */
  cheese: (p: Palette) =>
    [
      `<path d="M196 520 L566 372 L640 468 Z" fill="${tint(p.main, 0.35)}"/>`,
      '<path d="M196 520 L640 468 V606 L196 648 Z" fill="url(#mf)"/>',
      `<path d="M566 372 L640 468 V606" stroke="${p.accent}" stroke-width="16" fill="none" stroke-linejoin="round"/>`,
      `<circle cx="250" cy="640" r="9" fill="${tint(p.main, 0.2)}"/><circle cx="690" cy="630" r="7" fill="${tint(p.main, 0.2)}"/>`,
    ].join(''),

  /** A box of tea bags (main) with one bag (paper, tag: accent) leaning on it. */
  teabags: (p: Palette) =>
    [
      '<rect x="230" y="300" width="300" height="354" rx="10" fill="url(#mf)"/>',
      `<rect x="250" y="330" width="260" height="120" rx="8" fill="${tint(p.main, 0.6)}"/>`,
      emblem(p, 380, 540),
      '<path d="M470 330 Q560 300 600 420" stroke="#b8a788" stroke-width="3" fill="none"/>',
      '<rect x="520" y="420" width="130" height="170" rx="10" fill="url(#paper)" transform="rotate(8 585 505)"/>',
      `<rect x="562" y="456" width="50" height="90" rx="6" fill="${tint(p.accent, 0.5)}" transform="rotate(8 585 505)"/>`,
      `<rect x="580" y="388" width="44" height="36" rx="4" fill="${p.accent}"/>`,
    ].join(''),

  /** A wine bottle (glass: main) with its foil (accent) and label. */
  wine: (p: Palette) =>
    [
      '<path d="M374 96 H426 V252 Q426 302 470 332 Q492 348 492 384 V638 Q492 660 470 660 H330 Q308 660 308 638 V384 Q308 348 330 332 Q374 302 374 252 Z" fill="url(#m)"/>',
      '<rect x="368" y="90" width="64" height="118" rx="7" fill="url(#a)"/>',
      '<rect x="316" y="440" width="168" height="156" rx="4" fill="url(#paper)"/>',
      `<path d="M400 470 Q350 520 400 570 Q450 520 400 470 Z" fill="${p.accent}"/>`,
      `<path d="M400 476 V566" stroke="${tint(p.accent, 0.6)}" stroke-width="3"/>`,
      highlight(326, 360, 250),
    ].join(''),
};
