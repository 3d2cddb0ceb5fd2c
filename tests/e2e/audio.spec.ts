// Sound in a real browser: nothing plays before a gesture; after one, both music stems loop in
// step and the effects sprite is decoded; muting stops the music; no errors either way.
import { expect, type Page, test } from '@playwright/test';

interface HowlState {
  state: string;
  playing: boolean;
  loop: boolean;
  duration: number;
}
interface AudioState {
  howls: HowlState[];
  muted: boolean;
  ctx: string;
}

/** What Howler (a global in the page) is doing. */
function audioState(page: Page): Promise<AudioState> {
  return page.evaluate(`(() => {
    const H = window.Howler;
    return {
      howls: H._howls.map((h) => ({ state: h.state(), playing: h.playing(), loop: h.loop(), duration: h.duration() })),
      muted: H._muted,
      ctx: H.ctx ? H.ctx.state : 'none',
    };
  })()`) as Promise<AudioState>;
}

test('audio waits for a gesture, then plays both music stems and cues; muting stops them', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./?fast=1');
  await expect(page.locator('canvas')).toBeVisible();
  await expect.poll(async () => (await audioState(page)).howls.every((h) => h.state === 'loaded')).toBe(true);
  const before = await audioState(page);
  expect(before.howls).toHaveLength(3);
  expect(before.howls.some((h) => h.playing)).toBe(false);
  const music = before.howls.filter((h) => h.loop);
  expect(music.map((h) => h.duration)).toEqual([20, 20]);
  expect(before.howls.find((h) => !h.loop)?.duration).toBeGreaterThan(7);

  await page.keyboard.press('Tab');
  await expect
    .poll(async () => (await audioState(page)).howls.filter((h) => h.playing && h.loop).length)
    .toBe(2);

  await page.evaluate(`window.bargainingChips.store.getState().playCue('signed')`);
  await expect.poll(async () => (await audioState(page)).howls.some((h) => h.playing && !h.loop)).toBe(true);

  await page.evaluate(`window.bargainingChips.store.getState().toggleMute()`);
  const muted = await audioState(page);
  expect(muted.muted).toBe(true);
  expect(muted.howls.some((h) => h.playing && h.loop)).toBe(false);
  expect(errors).toEqual([]);
});
