// Shortening a Text to a width with an ellipsis, measured off-screen so the Text is rendered once.
import type * as Phaser from 'phaser';
import { ellipsize } from './geometry';

let measurer: CanvasRenderingContext2D | null = null;

/** Width in design px of `s` in a Text's font. */
export function textWidth(text: Phaser.GameObjects.Text, s: string): number {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return s.length * 8;
  const st = text.style;
  const size = typeof st.fontSize === 'number' ? `${st.fontSize}px` : st.fontSize;
  measurer.font = `${st.fontStyle} ${size} ${st.fontFamily}`;
  return measurer.measureText(s).width;
}

/** Set `full` on the Text, shortened with '…' so it is at most `max` px wide. */
export function fitText(text: Phaser.GameObjects.Text, max: number, full: string): Phaser.GameObjects.Text {
  return text.setText(ellipsize(full, max, (s) => textWidth(text, s)));
}
