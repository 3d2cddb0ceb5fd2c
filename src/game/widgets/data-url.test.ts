import { describe, expect, it } from 'vitest';
import { base64DataUrl } from './data-url';

const decode = (url: string) =>
  new TextDecoder().decode(Uint8Array.from(atob(url.split(',')[1] ?? ''), (c) => c.charCodeAt(0)));

describe('base64DataUrl', () => {
  it('re-encodes a URL-encoded SVG data URL as base64', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>Kalai–Smorodinsky 100%</text></svg>';
    const out = base64DataUrl(`data:image/svg+xml,${encodeURIComponent(svg)}`);
    expect(out.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(decode(out)).toBe(svg);
  });
  it('keeps base64 data URLs and file URLs as they are', () => {
    expect(base64DataUrl('data:image/png;base64,AAAA')).toBe('data:image/png;base64,AAAA');
    expect(base64DataUrl('./assets/room-1a2b.svg')).toBe('./assets/room-1a2b.svg');
  });
  it('copes with a payload Vite left partly unencoded', () => {
    const out = base64DataUrl("data:image/svg+xml,<svg width='1'/>");
    expect(decode(out)).toBe("<svg width='1'/>");
  });
});
