import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverage } from './font-coverage';
import { FACES, FONTS_DIR, missing, NOTICES_DIR, noticeName, wanted } from './fonts';

const shipped = (file: string) => readFileSync(join(FONTS_DIR, file));

describe('shipped fonts', () => {
  for (const face of FACES) {
    it(`${face.file} covers every ${face.script} character of the strings, scenarios and screens`, async () => {
      const covered = await coverage(shipped(face.file));
      expect(missing(wanted(face.script), covered), 'run `npx tsx scripts/make-fonts.ts`').toEqual([]);
    });
  }

  it('notices a character the subset lacks', async () => {
    const covered = await coverage(shipped(FACES[0]!.file));
    expect(missing(['A', '☃'], covered)).toEqual(["U+2603 '☃'"]);
  });

  it('declares each face in the style sheet and ships its licence', () => {
    const css = readFileSync(join(FONTS_DIR, 'fonts.css'), 'utf8');
    for (const face of FACES) {
      expect(css).toContain(
        `font-family: '${face.family}';\n  font-style: normal;\n  font-weight: ${face.weight};`,
      );
      expect(css).toContain(`url('./${face.file}')`);
      const notice = readFileSync(join(NOTICES_DIR, noticeName(face)), 'utf8');
      expect(notice).toContain('SIL Open Font License');
    }
  });
});
