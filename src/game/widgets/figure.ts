// Drawing one stylised delegate with Graphics: a bust (suit in the party colour, tie, head) and a
// face whose brows and mouth show the mood. Origin at the base centre; the head centre is at y −96.
import type * as Phaser from 'phaser';
import { mix, PALETTE } from '../theme';

/** The moods a delegation can show. */
export const MOODS = ['neutral', 'pleased', 'tense', 'angry'] as const;
export type Mood = (typeof MOODS)[number];

/** How one delegate looks. */
export interface FigureLook {
  readonly suit: number;
  readonly tie: number;
  readonly skin: number;
  readonly hair: number;
  /** 0 short, 1 parted, 2 receding. */
  readonly hairStyle: 0 | 1 | 2;
  readonly glasses: boolean;
}

/** Head centre relative to the base. */
export const HEAD_Y = -96;
const HEAD_R = 19;

/** The bust: shoulders in the suit colour, shirt, tie, lapels and a neck. */
export function drawBody(g: Phaser.GameObjects.Graphics, look: FigureLook, facing: number): void {
  g.clear();
  g.fillStyle(mix(look.skin, 0x000000, 0.22), 1).fillRect(-7, -84, 14, 16);
  g.fillStyle(look.suit, 1).fillRoundedRect(-44, -74, 88, 96, { tl: 30, tr: 30, bl: 0, br: 0 });
  g.fillStyle(0xffffff, 0.08).fillRoundedRect(
    facing > 0 ? 0 : -44,
    -74,
    44,
    96,
    facing > 0 ? { tl: 0, tr: 30, bl: 0, br: 0 } : { tl: 30, tr: 0, bl: 0, br: 0 },
  );
  g.fillStyle(0xeef1f5, 1).fillTriangle(-13, -74, 13, -74, 0, -40);
  g.fillStyle(look.tie, 1);
  g.beginPath();
  g.moveTo(-3.5, -71);
  g.lineTo(3.5, -71);
  g.lineTo(5.5, -47);
  g.lineTo(0, -40);
  g.lineTo(-5.5, -47);
  g.closePath();
  g.fillPath();
  const lapel = mix(look.suit, 0x000000, 0.3);
  g.fillStyle(lapel, 1).fillTriangle(-13, -74, -22, -66, -2, -36).fillTriangle(13, -74, 22, -66, 2, -36);
  g.fillStyle(mix(look.suit, 0xffffff, 0.5), 0.9).fillRect(facing > 0 ? -34 : 22, -52, 12, 3);
}

/** The head with hair and the face for a mood; `facing` shifts the features toward the table. */
export function drawHead(g: Phaser.GameObjects.Graphics, look: FigureLook, mood: Mood, facing: number): void {
  g.clear();
  const cy = HEAD_Y;
  const fx = 2.5 * facing;
  g.fillStyle(mix(look.skin, 0x000000, 0.12), 1)
    .fillCircle(-HEAD_R + 1 + fx * 0.3, cy + 2, 4.5)
    .fillCircle(HEAD_R - 1 + fx * 0.3, cy + 2, 4.5);
  g.fillStyle(look.skin, 1).fillCircle(0, cy, HEAD_R);
  g.fillStyle(look.hair, 1);
  if (look.hairStyle === 2) {
    g.slice(0, cy, HEAD_R + 1, Math.PI * 0.92, Math.PI * 1.18, false).fillPath();
    g.slice(0, cy, HEAD_R + 1, Math.PI * 1.82, Math.PI * 2.08, false).fillPath();
  } else {
    g.slice(0, cy, HEAD_R + 1.5, Math.PI * 0.96, Math.PI * 2.04, false).fillPath();
    g.fillStyle(look.skin, 1).fillEllipse(fx * 0.6, cy + 3, HEAD_R * 1.7, HEAD_R * 1.25);
    if (look.hairStyle === 1) g.fillStyle(look.hair, 1).fillEllipse(-6 * facing, cy - 13, 22, 9);
  }
  drawFace(g, mood, fx, cy, look);
}

function drawFace(
  g: Phaser.GameObjects.Graphics,
  mood: Mood,
  fx: number,
  cy: number,
  look: FigureLook,
): void {
  const ink = 0x1d1a1a;
  const eyeY = cy + 1;
  const eyes = [-7 + fx, 7 + fx];
  g.fillStyle(ink, 1);
  for (const ex of eyes) g.fillCircle(ex, eyeY, 2.1);
  const browY = mood === 'pleased' ? eyeY - 8 : eyeY - 6.5;
  g.lineStyle(2.2, mix(look.hair, ink, 0.4), 1);
  for (const [i, ex] of eyes.entries()) {
    const inner = i === 0 ? 1 : -1;
    let outerY = browY;
    let innerY = browY;
    if (mood === 'tense') innerY -= 2.5;
    if (mood === 'angry') {
      innerY += 2.5;
      outerY -= 1;
    }
    g.lineBetween(ex - 4.5 * inner, outerY, ex + 4.5 * inner, innerY);
  }
  if (look.glasses) {
    g.lineStyle(1.4, 0x2a2a2a, 0.9);
    for (const ex of eyes) g.strokeCircle(ex, eyeY, 5.2);
    g.lineBetween(eyes[0]! + 5.2, eyeY, eyes[1]! - 5.2, eyeY);
  }
  const mx = fx;
  const my = cy + 10;
  g.lineStyle(2.2, 0x6b2f2a, 1);
  g.beginPath();
  if (mood === 'pleased') g.arc(mx, my - 4, 6, Math.PI * 0.18, Math.PI * 0.82, false);
  else if (mood === 'angry') g.arc(mx, my + 5, 6, Math.PI * 1.2, Math.PI * 1.8, false);
  else if (mood === 'tense') {
    g.moveTo(mx - 5, my);
    g.lineTo(mx - 2, my - 1.5);
    g.lineTo(mx + 1, my);
    g.lineTo(mx + 5, my - 1.5);
  } else {
    g.moveTo(mx - 4.5, my);
    g.lineTo(mx + 4.5, my);
  }
  g.strokePath();
  if (mood === 'angry')
    g.fillStyle(PALETTE.bad, 0.28)
      .fillCircle(-11 + fx, cy + 6, 4)
      .fillCircle(11 + fx, cy + 6, 4);
  if (mood === 'pleased')
    g.fillStyle(0xf08a7a, 0.22)
      .fillCircle(-11 + fx, cy + 6, 3.5)
      .fillCircle(11 + fx, cy + 6, 3.5);
}
