// The part of subset-font 2.9 (CommonJS, no bundled types) that scripts/fonts.ts uses.
declare module 'subset-font' {
  interface SubsetOptions {
    /** 'woff2', 'woff' or 'truetype'; defaults to the input's format. */
    targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt';
    /** Keep every glyph (text must then be empty): used to turn a WOFF2 back into a TrueType font. */
    keepAllGlyphs?: boolean;
  }
  function subsetFont(font: Uint8Array, text: string, options?: SubsetOptions): Promise<Buffer>;
  export default subsetFont;
}
