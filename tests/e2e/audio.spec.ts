// Sound in a real browser: nothing plays before a gesture; after one, both music stems loop in
// step and the effects sprite is decoded; muting stops the music; no errors either way. Read
// through the sound board's public status (window.bargainingChips.sound with ?fast=1).
import { expect, open, sound, test } from './fixtures';

test('audio waits for a gesture, then plays both music stems and cues; muting stops them', async ({
  page,
}) => {
  await open(page);
  await expect
    .poll(async () => {
      const { loaded } = await sound(page);
      return loaded.effects && loaded.music.every(Boolean);
    })
    .toBe(true);
  const before = await sound(page);
  expect(before).toMatchObject({ unlocked: false, effectPlaying: false, musicPlaying: 0 });
  expect(before.seconds.music).toEqual([20, 20]);
  expect(before.seconds.effects).toBeGreaterThan(7);

  await page.keyboard.press('Tab');
  await expect.poll(async () => (await sound(page)).musicPlaying).toBe(2);

  await page.evaluate(`window.bargainingChips.store.getState().playCue('signed')`);
  await expect.poll(async () => (await sound(page)).effectPlaying).toBe(true);

  await page.evaluate(`window.bargainingChips.store.getState().toggleMute()`);
  expect(await sound(page)).toMatchObject({ muted: true, musicPlaying: 0 });
});
