// Phaser's loader reads every data: URL as base64, but Vite inlines small SVGs (and the
// single-file build inlines all) as URL-encoded text; this rewrites those as base64 data URLs.

/** The URL unchanged, or a URL-encoded data: URL re-encoded as base64 (UTF-8 safe). */
export function base64DataUrl(url: string): string {
  const m = /^data:([^,]*?),(.*)$/s.exec(url);
  if (!m) return url;
  const meta = m[1] ?? '';
  if (/;base64$/i.test(meta)) return url;
  let text: string;
  try {
    text = decodeURIComponent(m[2] ?? '');
  } catch {
    text = m[2] ?? '';
  }
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const mime = meta.split(';')[0] || 'text/plain';
  return `data:${mime};base64,${btoa(binary)}`;
}
