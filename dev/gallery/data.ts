// Made-up data for the widget gallery (dev only): a seeded cloud of deals, its frontier and the
// solution points, plus sample meters, offers and news. Nothing here is used by the game.
import { seeded } from '../../src/game/widgets';

interface P {
  x: number;
  y: number;
}

/** A seeded cloud of `n` deals in utility space with its Pareto frontier and markers. */
export function demoChart(n: number, seed = 5) {
  const rnd = seeded(seed);
  const xs = new Float32Array(n);
  const ys = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const a = rnd();
    const b = rnd();
    const c = rnd();
    const shape = 1 - (a * a * 0.55 + a * 0.25);
    xs[i] = Math.min(1, Math.max(0, 0.02 + 0.96 * a * (1 - 0.2 * c * b)));
    ys[i] = Math.min(1, Math.max(0, shape * (0.55 + 0.45 * Math.sqrt(b)) - (1 - c) * 0.08));
  }
  const frontier = paretoFrontier(xs, ys);
  const walkAway = { x: 0.32, y: 0.28 };
  const gain = (p: P) => (p.x - walkAway.x) * (p.y - walkAway.y);
  const inZone = frontier.filter((p) => p.x > walkAway.x && p.y > walkAway.y);
  const nash = inZone.reduce((best, p) => (gain(p) > gain(best) ? p : best), inZone[0] ?? walkAway);
  const ideal = { x: Math.max(...inZone.map((p) => p.x)), y: Math.max(...inZone.map((p) => p.y)) };
  const kalai = inZone.reduce((best, p) => {
    const k = (q: P) =>
      Math.abs((q.x - walkAway.x) / (ideal.x - walkAway.x) - (q.y - walkAway.y) / (ideal.y - walkAway.y));
    return k(p) < k(best) ? p : best;
  }, inZone[0] ?? walkAway);
  return {
    all: { xs, ys },
    frontier,
    walkAway,
    nash,
    kalai,
    historical: { x: 0.61, y: 0.5 },
    yours: { x: 0.5, y: 0.62 },
  };
}

/** Points no other point beats on both axes, by x ascending. */
export function paretoFrontier(xs: ArrayLike<number>, ys: ArrayLike<number>): P[] {
  const idx = Array.from({ length: xs.length }, (_, i) => i).sort(
    (a, b) => xs[b]! - xs[a]! || ys[b]! - ys[a]!,
  );
  const out: P[] = [];
  let best = -Infinity;
  for (const i of idx) {
    if (ys[i]! > best) {
      best = ys[i]!;
      out.push({ x: xs[i]!, y: ys[i]! });
    }
  }
  return out.reverse();
}

/** Sample constituencies of one side, at a few states (index = state). */
export const DEMO_METERS = [
  [
    { id: 'farm', label: 'Soybean farmers', value: 44, delta: 0, veto: 20 },
    { id: 'auto', label: 'Car makers', value: 52, delta: 0 },
    { id: 'chips', label: 'Chip industry', value: 61, delta: 0, veto: 30 },
    { id: 'hawks', label: 'Security hawks in Congress', value: 38, delta: 0, veto: 25 },
    { id: 'approval', label: 'Domestic approval', value: 49, delta: 0, threshold: 55 },
  ],
  [
    { id: 'farm', label: 'Soybean farmers', value: 71, delta: 27, veto: 20 },
    { id: 'auto', label: 'Car makers', value: 63, delta: 11 },
    { id: 'chips', label: 'Chip industry', value: 48, delta: -13, veto: 30 },
    { id: 'hawks', label: 'Security hawks in Congress', value: 22, delta: -16, veto: 25, alarm: true },
    { id: 'approval', label: 'Domestic approval', value: 58, delta: 9, threshold: 55 },
  ],
] as const;

/** Sample security indicators. */
export const DEMO_SECURITY = [
  [
    { id: 'tech', label: 'Technology lead', value: 66, delta: 0 },
    { id: 'supply', label: 'Rare-earth supply', value: 31, delta: 0 },
    { id: 'opioids', label: 'Precursor flows', value: 40, delta: 0 },
  ],
  [
    { id: 'tech', label: 'Technology lead', value: 58, delta: -8 },
    { id: 'supply', label: 'Rare-earth supply', value: 64, delta: 33 },
    { id: 'opioids', label: 'Precursor flows', value: 55, delta: 15 },
  ],
] as const;

/** A sample offer of twelve issues. */
export const DEMO_OFFER = [
  'Tariffs on Chinese goods: cut 10 points',
  'Fentanyl tariff: halved to 10%',
  'Soybean purchases: 25 Mt a year for three years',
  'Rare-earth export controls: paused for one year',
  'Entity List affiliates rule: suspended',
  'Port fees on ships: both sides suspend',
  'Chip export controls: unchanged',
  'Precursor enforcement: joint task force',
  'Section 301 probes: closed',
  'TikTok: joint venture approved',
  'Investment screening: unchanged',
  'Review: in twelve months, with a very long explanatory clause that needs to be cut short',
] as const;
