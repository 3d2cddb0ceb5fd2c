// Which characters a font file maps, read with HarfBuzz (for make-fonts.ts and fonts.test.ts).
import { Blob, Face } from 'harfbuzzjs';
import subsetFont from 'subset-font';

/** The characters a font file maps (its cmap), read with HarfBuzz; WOFF2 is unpacked first. */
export async function coverage(font: Uint8Array): Promise<Set<string>> {
  const sfnt = await subsetFont(font, '', { keepAllGlyphs: true, targetFormat: 'truetype' });
  const face = new Face(new Blob(new Uint8Array(sfnt)));
  return new Set([...face.collectUnicodes()].map((cp) => String.fromCodePoint(cp)));
}
