// A delegation of three stylised delegates in the party colour, facing the table's centre. Moods
// show on the faces and in the posture; a subtle idle breathing; a thinking bubble when asked.
// A reaction (from the store) plays a gesture: nod, frown, confer, lean back, stand to leave.
import type * as Phaser from 'phaser';
import type { Reaction } from '../../store';
import { type ColourLike, DEPTH, HAIR_TONES, mix, PALETTE, SKIN_TONES, toColour } from '../theme';
import { glowImage, glowTexture } from './art';
import { type BaseProps, type StageSide, sideSign, Widget } from './base';
import { drawBody, drawHead, type FigureLook, HEAD_Y, type Mood } from './figure';

export { MOODS, type Mood } from './figure';

/** Props of a delegation. */
export interface DelegationProps extends BaseProps {
  /** The party colour (read at construction, like `side`). */
  readonly colour: ColourLike;
  /** Which end of the table it sits at; it faces the other end. */
  readonly side: StageSide;
  readonly mood?: Mood;
  /** Show a thinking bubble over the lead delegate (the computer is deciding). */
  readonly thinking?: boolean;
  /** Size relative to the 1280×720 design (TableBackdrop.layout.k). */
  readonly scale?: number;
  /** A reaction to play; it sets the faces (over `mood`) and the bubble (while conferring). */
  readonly reaction?: Reaction;
  /** Changes with every move, so the same reaction plays again for a new move. */
  readonly cue?: number;
}

/** The face each reaction shows. */
const REACTION_MOOD: Record<Reaction, Mood> = {
  neutral: 'neutral',
  nod: 'pleased',
  frown: 'angry',
  confer: 'neutral',
  leanBack: 'tense',
  leave: 'angry',
};

interface Delegate {
  readonly pose: Phaser.GameObjects.Container;
  readonly bob: Phaser.GameObjects.Container;
  readonly head: Phaser.GameObjects.Graphics;
  readonly look: FigureLook;
}

const MOOD_GLOW: Record<Mood, number | null> = {
  neutral: null,
  pleased: PALETTE.good,
  tense: PALETTE.warn,
  angry: PALETTE.bad,
};
/** Offsets (x toward the back of the group, y) and scale of the aides and the lead. */
const SLOTS = [
  { x: -54, y: -8, s: 0.88 },
  { x: 54, y: -8, s: 0.88 },
  { x: 0, y: 0, s: 1 },
] as const;

/** Three delegates; `update({ mood })` changes faces and posture with a short reaction. */
export class Delegation extends Widget<DelegationProps> {
  private readonly people: Delegate[] = [];
  private readonly glow: Phaser.GameObjects.Image;
  private readonly bubble: Phaser.GameObjects.Container;
  private readonly dots: Phaser.GameObjects.Arc[] = [];

  constructor(scene: Phaser.Scene, x: number, y: number, props: DelegationProps) {
    super(scene, x, y, props, DEPTH.delegation);
    this.root.setScale(props.scale ?? 1);
    this.glow = glowImage(scene, 0, -70, 320, 270, PALETTE.brass).setAlpha(0);
    this.root.add(this.glow);
    const facing = this.facing;
    const party = toColour(props.colour);
    SLOTS.forEach((slot, i) => {
      const look: FigureLook = {
        suit: mix(party, PALETTE.night, i === 2 ? 0.38 : 0.55),
        tie: i === 2 ? mix(party, 0xffffff, 0.15) : mix(party, 0xffffff, 0.35),
        skin: SKIN_TONES[(i + (props.side === 'left' ? 0 : 1)) % SKIN_TONES.length]!,
        hair: HAIR_TONES[(i + (props.side === 'left' ? 2 : 0)) % HAIR_TONES.length]!,
        hairStyle: ((i + (props.side === 'left' ? 0 : 1)) % 3) as 0 | 1 | 2,
        glasses: i === (props.side === 'left' ? 0 : 1),
      };
      const pose = scene.add.container(slot.x, slot.y).setScale(slot.s);
      const bob = scene.add.container(0, 0);
      const body = scene.add.graphics();
      const head = scene.add.graphics();
      drawBody(body, look, facing);
      bob.add([body, head]);
      pose.add(bob);
      this.root.add(pose);
      this.people.push({ pose, bob, head, look });
    });
    this.bubble = this.makeBubble();
    this.root.add(this.bubble);
    this.apply(props);
  }

  /** +1 faces right (the left delegation), −1 faces left. */
  private get facing(): number {
    return -sideSign(this.props.side);
  }

  private moodOf(p: DelegationProps): Mood {
    return p.reaction ? REACTION_MOOD[p.reaction] : (p.mood ?? 'neutral');
  }

  private thinkingOf(p: DelegationProps): boolean {
    return p.reaction ? p.reaction === 'confer' : p.thinking === true;
  }

  protected apply(prev: DelegationProps): void {
    const p = this.props;
    this.root.setScale(p.scale ?? 1);
    const mood = this.moodOf(p);
    const fresh = prev === p;
    const gesture = fresh || prev.reaction !== p.reaction || prev.cue !== p.cue;
    if (fresh || this.moodOf(prev) !== mood || gesture) {
      for (const d of this.people) drawHead(d.head, d.look, mood, this.facing);
      this.react(mood, !fresh);
      if (p.reaction) this.gesture(p.reaction, !fresh);
    }
    if (fresh || this.thinkingOf(prev) !== this.thinkingOf(p)) this.showThinking(this.thinkingOf(p));
  }

  /** The posture of a reaction: where each delegate ends up, with a short motion on the way. */
  private gesture(reaction: Reaction, animated: boolean): void {
    const f = this.facing;
    this.people.forEach((d, i) => {
      const slot = SLOTS[i]!;
      const lead = i === 2;
      // Aides turn to the lead when conferring; everyone sits back (away from the table) when leaning back.
      const angle =
        reaction === 'confer' ? (lead ? 0 : slot.x > 0 ? -6 : 6) : reaction === 'leanBack' ? -7 * f : null;
      const end =
        reaction === 'leave'
          ? { y: slot.y - 26, x: slot.x - 30 * f, alpha: 0.55 }
          : { y: slot.y, x: slot.x, alpha: 1 };
      this.stopTweensOf(d.pose);
      if (angle !== null) this.animate(d.pose, { angle }, { duration: 420, ease: 'Back.easeOut' });
      this.animate(d.pose, end, { duration: reaction === 'leave' ? 700 : 300, delay: i * 90 });
      if (!animated) return;
      if (reaction === 'nod')
        this.animate(
          d.head,
          { y: 5 },
          { duration: 160, delay: i * 70, yoyo: true, repeat: 1, ease: 'Sine.easeInOut' },
        );
      if (reaction === 'frown')
        this.animate(
          d.head,
          { x: 3 },
          { duration: 90, delay: i * 50, yoyo: true, repeat: 2, ease: 'Sine.easeInOut' },
        );
    });
  }

  private react(mood: Mood, animated: boolean): void {
    const glow = MOOD_GLOW[mood];
    if (glow !== null) this.glow.setTexture(glowTexture(this.scene, glow)).setDisplaySize(320, 270);
    this.stopTweensOf(this.glow);
    this.animate(this.glow, { alpha: glow === null ? 0 : 1 }, { duration: 500 });
    const lean = mood === 'angry' ? 5 : mood === 'tense' ? 1.5 : mood === 'pleased' ? -1 : 0;
    const lift = mood === 'tense' ? 1.035 : 1;
    this.people.forEach((p, i) => {
      const slot = SLOTS[i]!;
      this.stopTweensOf(p.pose);
      p.pose.y = slot.y;
      this.animate(
        p.pose,
        { angle: lean * this.facing, scaleY: slot.s * lift },
        { duration: 380, ease: 'Back.easeOut' },
      );
      if (animated && mood === 'pleased') {
        this.animate(
          p.pose,
          { y: slot.y - 7 },
          { duration: 170, delay: i * 60, yoyo: true, ease: 'Quad.easeOut' },
        );
      }
      if (animated && mood === 'angry' && i === 2) {
        this.animate(p.pose, { x: slot.x + 4 * this.facing }, { duration: 70, yoyo: true, repeat: 2 });
      }
      this.idle(p, i, mood);
    });
  }

  /** Breathing: a slow bob, quicker when tense or angry; nothing under reduced motion. */
  private idle(p: Delegate, i: number, mood: Mood): void {
    this.stopTweensOf(p.bob);
    this.stopTweensOf(p.head);
    p.bob.y = 0;
    p.head.angle = 0;
    const pace = mood === 'tense' || mood === 'angry' ? 0.6 : 1;
    this.animate(
      p.bob,
      { y: -1.6 },
      { duration: (1700 + i * 230) * pace, ease: 'Sine.easeInOut', yoyo: true, repeat: -1, delay: i * 300 },
    );
    this.animate(
      p.head,
      { angle: (i % 2 ? 1.4 : -1.2) * this.facing },
      { duration: 2600 + i * 400, ease: 'Sine.easeInOut', yoyo: true, repeat: -1, delay: 400 + i * 500 },
    );
  }

  private makeBubble(): Phaser.GameObjects.Container {
    const x = 36 * this.facing;
    const y = HEAD_Y - 44;
    const c = this.scene.add.container(x, y).setVisible(false);
    const g = this.scene.add.graphics();
    g.fillStyle(PALETTE.paper, 0.95).fillRoundedRect(-30, -16, 60, 32, 16);
    g.fillCircle(-14 * this.facing, 22, 5).fillCircle(-22 * this.facing, 31, 3);
    c.add(g);
    for (let i = 0; i < 3; i++) {
      const dot = this.scene.add.circle(-14 + i * 14, 0, 4, PALETTE.inkMuted);
      this.dots.push(dot);
      c.add(dot);
    }
    return c;
  }

  private showThinking(on: boolean): void {
    this.bubble.setVisible(on);
    for (const [i, dot] of this.dots.entries()) {
      this.stopTweensOf(dot);
      dot.setAlpha(1);
      if (on)
        this.animate(
          dot,
          { alpha: 0.25 },
          { duration: 420, delay: i * 140, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' },
        );
    }
  }
}
