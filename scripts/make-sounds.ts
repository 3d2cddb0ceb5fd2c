// Makes the game's sounds: synthesises the effects sprite and the two music stems from a seeded
// generator, encodes each as OGG Vorbis and MP3 (pure-WASM encoders, no native tools) and writes
// them with the sprite map to assets/sound/. The output is the same byte for byte on every run.
// Usage: npx tsx scripts/make-sounds.ts [--wav <dir>] [--check]
//   --wav <dir>  also write the rendered WAV files there (to listen to or measure them)
//   --check      write nothing; exit 1 if the committed files differ from a fresh render
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMp3Encoder, createOggEncoder } from 'wasm-media-encoders';
import { LOOP_SECONDS, renderMusic } from './sound/music';
import { renderSprite } from './sound/recipes';
import { peak, wavBytes } from './sound/synth';

const OUT = join(import.meta.dirname, '..', 'assets', 'sound');
const SEED = 20251030;
const FX_RATE = 44100;
const MUSIC_RATE = 22050;

type Encoded = { ogg: Uint8Array; mp3: Uint8Array };

async function encode(
  data: Float32Array,
  rate: number,
  quality: { ogg: number; mp3: number },
): Promise<Encoded> {
  const ogg = await createOggEncoder();
  ogg.configure({ channels: 1, sampleRate: rate, vbrQuality: quality.ogg, oggSerialNo: 1 });
  const mp3 = await createMp3Encoder();
  mp3.configure({ channels: 1, sampleRate: rate, vbrQuality: quality.mp3 });
  return { ogg: run(ogg, data), mp3: run(mp3, data) };
}

interface Encoder {
  encode(samples: readonly Float32Array[]): Uint8Array;
  finalize(): Uint8Array;
}

function run(enc: Encoder, data: Float32Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < data.length; i += 8192) chunks.push(enc.encode([data.subarray(i, i + 8192)]).slice());
  chunks.push(enc.finalize().slice());
  const out = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const dbfs = (x: number) => (20 * Math.log10(x)).toFixed(1);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const wavDir = args.includes('--wav') ? args[args.indexOf('--wav') + 1] : undefined;
  const check = args.includes('--check');
  const fx = renderSprite(FX_RATE, SEED);
  const music = renderMusic(MUSIC_RATE, SEED);
  const pcm = {
    fx: [fx.data, FX_RATE],
    'music-calm': [music.calm, MUSIC_RATE],
    'music-tense': [music.tense, MUSIC_RATE],
  } as const;
  const files = new Map<string, Uint8Array>();
  for (const [name, [data, rate]] of Object.entries(pcm)) {
    const quality = name === 'fx' ? { ogg: 1, mp3: 6 } : { ogg: 0, mp3: 9 };
    const enc = await encode(data, rate, quality);
    files.set(`${name}.ogg`, enc.ogg);
    files.set(`${name}.mp3`, enc.mp3);
    console.log(
      `${name}: ${(data.length / rate).toFixed(2)} s, peak ${dbfs(peak(data))} dBFS, ogg ${enc.ogg.length} B, mp3 ${enc.mp3.length} B`,
    );
    if (wavDir) {
      mkdirSync(wavDir, { recursive: true });
      writeFileSync(join(wavDir, `${name}.wav`), wavBytes(data, rate));
    }
  }
  const map = { sprite: fx.sprite, musicSeconds: LOOP_SECONDS };
  files.set('sprite.json', new TextEncoder().encode(`${JSON.stringify(map, null, 2)}\n`));
  const total = [...files.values()].reduce((s, b) => s + b.length, 0);
  console.log(`total ${(total / 1024).toFixed(1)} kB`);
  if (check) {
    const stale = [...files]
      .filter(([name, bytes]) => !sameBytes(readOr(join(OUT, name)), bytes))
      .map(([n]) => n);
    if (stale.length > 0) {
      console.error(`assets/sound differs from a fresh render: ${stale.join(', ')}`);
      process.exit(1);
    }
    console.log('assets/sound matches a fresh render');
    return;
  }
  mkdirSync(OUT, { recursive: true });
  for (const [name, bytes] of files) writeFileSync(join(OUT, name), bytes);
}

function readOr(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch {
    return new Uint8Array();
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

await main();
