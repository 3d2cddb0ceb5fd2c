// A strict JSON syntax check that says where the first mistake is. JSON.parse's messages do not
// always carry a position, and the YAML parser accepts things JSON does not (trailing commas,
// comments, unquoted text), so .json files are checked here first. Iterative: deep nesting
// cannot overflow the stack.

/** The first JSON syntax error: its character offset and a plain-words message. */
export interface JsonSyntaxError {
  offset: number;
  message: string;
}

type Expect = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'commaOrEnd' | 'done';

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPES = '"\\/bfnrt';

function shown(c: string): string {
  return /^[\x21-\x7e]$/.test(c) ? `'${c}'` : `character U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Index just past a string starting at `i` (a '"'), or a syntax error. */
function scanString(text: string, i: number): number | JsonSyntaxError {
  let j = i + 1;
  for (;;) {
    const c = text[j];
    if (c === undefined) return { offset: i, message: 'text in quotes is never closed (missing ")' };
    if (c === '"') return j + 1;
    if (c === '\\') {
      const e = text[j + 1] ?? '';
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) j += 6;
      else if (e !== '' && ESCAPES.includes(e)) j += 2;
      else return { offset: j, message: 'unknown escape after \\ in text' };
    } else if (c.charCodeAt(0) < 0x20) {
      return { offset: j, message: 'a line break or control character inside quotes (write \\n instead)' };
    } else j++;
  }
}

/** Index just past a number, true, false or null at `i`, or -1. */
function scanAtom(text: string, i: number): number {
  for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return i + word.length;
  NUMBER.lastIndex = i;
  return NUMBER.test(text) ? NUMBER.lastIndex : -1;
}

interface Scan {
  readonly text: string;
  readonly stack: string[];
  i: number;
  expect: Expect;
}

const after = (s: Scan): Expect => (s.stack.length > 0 ? 'commaOrEnd' : 'done');

/** After a value inside a container: ',' or the closing bracket. */
function stepSeparator(s: Scan, c: string): JsonSyntaxError | null {
  const close = s.stack[s.stack.length - 1] === '{' ? '}' : ']';
  if (c === ',') s.expect = close === '}' ? 'key' : 'value';
  else if (c === close) {
    s.stack.pop();
    s.expect = after(s);
  } else return { offset: s.i, message: `expected ',' or '${close}', found ${shown(c)}` };
  s.i++;
  return null;
}

/** A property name in quotes (or '}' right after '{'). */
function stepKey(s: Scan, c: string): JsonSyntaxError | null {
  if (s.expect === 'keyOrEnd' && c === '}') {
    s.stack.pop();
    s.i++;
    s.expect = after(s);
    return null;
  }
  if (c !== '"') {
    const hint = c === '}' ? ' (no comma before })' : '';
    return { offset: s.i, message: `expected a property name in double quotes, found ${shown(c)}${hint}` };
  }
  const end = scanString(s.text, s.i);
  if (typeof end !== 'number') return end;
  s.i = end;
  s.expect = 'colon';
  return null;
}

/** A value: an object or list opens, text, number, true, false or null (or ']' right after '['). */
function stepValue(s: Scan, c: string): JsonSyntaxError | null {
  if (s.expect === 'valueOrEnd' && c === ']') {
    s.stack.pop();
    s.i++;
  } else if (c === '{' || c === '[') {
    s.stack.push(c);
    s.i++;
    s.expect = c === '{' ? 'keyOrEnd' : 'valueOrEnd';
    return null;
  } else {
    const end = c === '"' ? scanString(s.text, s.i) : scanAtom(s.text, s.i);
    if (typeof end !== 'number') return end;
    if (end < 0) {
      const hint = c === ']' ? ' (no comma before ])' : '';
      const what = 'a value (text in "quotes", a number, true, false, null, { or [)';
      return { offset: s.i, message: `expected ${what}, found ${shown(c)}${hint}` };
    }
    s.i = end;
  }
  s.expect = after(s);
  return null;
}

/** The first syntax error in a JSON text, or null when it is valid JSON. */
export function findJsonError(text: string): JsonSyntaxError | null {
  const s: Scan = { text, stack: [], i: 0, expect: 'value' };
  for (;;) {
    while (s.i < text.length && ' \t\n\r'.includes(text[s.i] ?? '')) s.i++;
    const c = text[s.i];
    if (c === undefined) {
      return s.expect === 'done'
        ? null
        : { offset: text.length, message: 'the file ends too early (something is not closed)' };
    }
    let err: JsonSyntaxError | null;
    if (s.expect === 'done')
      err = { offset: s.i, message: `unexpected ${shown(c)} after the end of the JSON value` };
    else if (s.expect === 'colon') {
      err =
        c === ':' ? null : { offset: s.i, message: `expected ':' after a property name, found ${shown(c)}` };
      s.i++;
      s.expect = 'value';
    } else if (s.expect === 'commaOrEnd') err = stepSeparator(s, c);
    else if (s.expect === 'key' || s.expect === 'keyOrEnd') err = stepKey(s, c);
    else err = stepValue(s, c);
    if (err) return err;
  }
}
