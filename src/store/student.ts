// The student's name as it goes into an export: whatever was typed, made safe. It is only ever
// shown as text and written as data, but it is also kept short, on one line, free of control and
// direction-changing characters, and turned into a plain slug for the file name.

/** Longest name kept, in characters. */
export const NAME_MAX = 60;
/** Longest slug of a name in a file name, in characters. */
const SLUG_MAX = 40;

/** A name cleaned for storing and exporting: no control or format characters, one line, trimmed, at most NAME_MAX. */
export function cleanName(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  const flat = raw
    .normalize('NFC')
    .replace(/[\p{C}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return [...flat].slice(0, NAME_MAX).join('').trim();
}

/** The name as a file-name part: letters and digits of any script joined by '-', or '' for none. */
export function nameSlug(name: string): string {
  const words = cleanName(name).match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return [...words.join('-')].slice(0, SLUG_MAX).join('').replace(/-+$/u, '');
}
