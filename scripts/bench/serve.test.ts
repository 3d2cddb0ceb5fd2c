import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveMount } from './serve';

const mounts = { 'course/game': 'dist', blank: 'out/blank' };

describe('static server paths', () => {
  it('maps a mount and its folder index to files inside the mount', () => {
    expect(resolveMount(mounts, '/course/game/')).toBe(resolve('dist', 'index.html'));
    expect(resolveMount(mounts, '/course/game/assets/a.js?v=1')).toBe(resolve('dist', 'assets', 'a.js'));
    expect(resolveMount(mounts, '/blank/blank.html')).toBe(resolve('out/blank', 'blank.html'));
  });

  it('never serves a file outside a mount or an unmounted path', () => {
    expect(resolveMount(mounts, '/course/game/../../package.json')).toBeNull();
    expect(resolveMount(mounts, '/course/game/%2e%2e/secret')).toBeNull();
    expect(resolveMount(mounts, '/other/index.html')).toBeNull();
  });
});
