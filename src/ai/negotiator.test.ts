import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Cache, Model, Move, PlayerView, Side } from '../engine';
import { applyMove, createCache, newGame, nextInt, playerView, seedRng } from '../engine';
import { buildModel, randomModel } from '../engine/testing';
import { atDifficulty, findPersona, negotiatorFor, personaNegotiator } from './personas';
import { withPersonas } from './testing';
import type { DecideOptions, Negotiator } from './types';

/** The cache these tests' negotiators share, as a simulator or store would own one. */
const cache = createCache();

const named = (model: Model, names: Record<string, string>): Model => ({
  ...model,
  issues: model.issues.map((i) => ({
    ...i,
    name: names[i.id] ?? i.name,
    options: i.options.map((o) => ({ ...o, label: names[o.id] ?? o.label })),
  })),
});

/** Plays `ai` as side 0 against a scripted side 1 that proposes the given packages in turn; returns side 0's moves. */
function againstScript(
  model: Model,
  ai: Negotiator,
  script: readonly (readonly number[])[],
  seed = 1,
): Move[] {
  let state = newGame(model, seed);
  const moves: Move[] = [];
  for (let k = 0; !state.outcome; k++) {
    const side = state.turn;
    const move: Move | null =
      side === 0
        ? ai.decide(playerView(model, state, 0, cache), cache)
        : { type: 'propose', side: 1, package: script[k % script.length]! };
    if (!move) throw new Error('no move');
    if (side === 0) moves.push(move);
    const r = applyMove(model, state, move);
    if (!r.ok) throw new Error(r.rejection.code);
    state = r.state;
  }
  return moves;
}

describe('it sees only its player view', () => {
  it('takes a PlayerView (and the cache its caller owns, and whether to explain) and nothing else', () => {
    expectTypeOf<Parameters<Negotiator['decide']>>().toEqualTypeOf<
      [PlayerView, Cache, (DecideOptions | undefined)?]
    >();
  });

  it('decides the same when only the other side’s payoffs, walk-away and personas differ', () => {
    const a = withPersonas(randomModel(11, { issues: [4, 5], options: [3, 4], factors: [2, 3], range: 40 }));
    const p1 = a.parties[1];
    const flipped = p1.constituencies.map((f) => ({
      ...f,
      baseline: 100 - f.baseline,
      effects: f.effects.map((row) => row.map((x) => -x)),
      veto: null,
    }));
    const b: Model = {
      ...a,
      parties: [
        a.parties[0],
        {
          ...p1,
          constituencies: flipped,
          threshold: 5,
          noDeal: { ...p1.noDeal, constituencies: flipped.map(() => -20) },
        },
      ],
      personas: a.personas.map((p) => (p.side === 1 ? { ...p, floor: 0.99, concession: 9 } : p)),
    };
    let rng = seedRng(5);
    const script = Array.from({ length: 8 }, () =>
      a.issues.map((i) => {
        const [o, s] = nextInt(rng, i.options.length);
        rng = s;
        return o;
      }),
    );
    for (const name of ['hardliner', 'pragmatist', 'dealmaker']) {
      const persona = findPersona(a, 0, name)!;
      const movesA = againstScript(a, personaNegotiator(persona), script);
      const movesB = againstScript(b, personaNegotiator(persona), script);
      expect(movesB).toEqual(movesA);
      expect(movesA.length).toBeGreaterThan(0);
    }
  });
});

describe('decisions and reasons', () => {
  // Security hawks (side 0) hate lifting the affiliates rule unless rare-earth controls are suspended too.
  const base = buildModel({
    issues: [
      { id: 'affiliates', options: ['keep', 'lift'], concededBy: 0 },
      { id: 'rare-earths', options: ['enforce', 'suspend'], concededBy: 1 },
    ],
    sides: [
      {
        constituencies: [
          {
            id: 'hawks',
            baseline: 50,
            effects: [
              [0, -30],
              [0, 10],
            ],
            interactions: [{ a: [0, 1], b: [1, 1], change: 35 }],
          },
        ],
      },
      {
        constituencies: [
          {
            id: 'exporters',
            baseline: 50,
            effects: [
              [0, 30],
              [0, -10],
            ],
          },
        ],
      },
    ],
    rounds: 4,
  });
  const model = withPersonas(
    named(base, {
      affiliates: 'the affiliates rule',
      'rare-earths': 'rare-earth controls',
      keep: 'keeping',
      lift: 'lifting',
      enforce: 'enforcing',
      suspend: 'suspending',
    }),
  );
  const hawksNamed: Model = {
    ...model,
    parties: [
      {
        ...model.parties[0],
        constituencies: [{ ...model.parties[0].constituencies[0]!, name: 'security hawks' }],
      },
      model.parties[1],
    ],
  };
  const ai = personaNegotiator(findPersona(model, 0, 'pragmatist')!);

  const plain = { tone: 'plain' };
  const link = { factor: 'hawks', link: 0, ...plain };

  it('links the trade its constituency needs, naming it', () => {
    const [first, second] = againstScript(hawksNamed, ai, [[0, 1]]);
    expect(first?.reason).toEqual({ code: 'open', params: link });
    if (!second) throw new Error('no second move');
    expect(second.type === 'propose' && second.package).toEqual([1, 1]);
    expect(second.reason).toEqual({ code: 'linkNeeded', params: link });
  });

  it('says when an offer is worse than no deal, and what costs most', () => {
    expect(againstScript(hawksNamed, ai, [[1, 0]])[1]?.reason).toEqual({
      code: 'worseThanNoDeal',
      params: { factor: 'hawks', issue: 'affiliates', option: 'lift', ...plain },
    });
  });

  it('names the constituency that would veto an offer', () => {
    const vetoing: Model = {
      ...hawksNamed,
      parties: [
        {
          ...hawksNamed.parties[0],
          constituencies: [{ ...hawksNamed.parties[0].constituencies[0]!, veto: 25 }],
        },
        hawksNamed.parties[1],
      ],
    };
    expect(againstScript(vetoing, ai, [[1, 0]])[1]?.reason).toEqual({
      code: 'veto',
      params: { factor: 'hawks', issue: 'affiliates', option: 'lift', ...plain },
    });
  });

  it('accepts an offer as good as its best package', () => {
    const moves = againstScript(hawksNamed, ai, [[1, 1]]);
    expect(moves[1]?.type).toBe('accept');
    expect(moves[1]?.reason).toEqual({ code: 'accept', params: link });
  });

  it('walks away when nothing its side could ratify beats walking away', () => {
    const hopeless = buildModel({
      issues: [{ options: 3 }],
      sides: [
        { constituencies: [{ effects: [[0, -5, -9]] }], noDeal: { constituencies: [10] } },
        { constituencies: [{}] },
      ],
    });
    const move = personaNegotiator({ ...findPersona(model, 0, 'pragmatist')!, side: 0 }).decide(
      playerView(hopeless, newGame(hopeless, 1), 0, cache),
      cache,
    );
    expect(move).toEqual({ type: 'walkAway', side: 0, reason: { code: 'walkAwayNothing', params: plain } });
  });

  it('speaks in its persona’s tone: a hardliner curt, a pragmatist plain, a dealmaker warm', () => {
    const tone = (name: string) =>
      againstScript(hawksNamed, personaNegotiator(findPersona(model, 0, name)!), [[0, 1]])[0]?.reason?.params
        .tone;
    expect(['hardliner', 'pragmatist', 'dealmaker'].map(tone)).toEqual(['curt', 'plain', 'warm']);
  });

  it('makes no move when it is not its turn', () => {
    expect(ai.decide(playerView(model, newGame(model, 1), 1 as Side, cache), cache)).toBeNull();
  });

  it('ties its hands in public only where it will not move anyway', () => {
    const withStatement: Model = {
      ...hawksNamed,
      statements: [
        {
          id: 'never-lift-alone',
          side: 0,
          text: 'We will not lift the rule for nothing.',
          breaks: [{ issue: 1, options: [0] }],
          costs: [{ kind: 'constituency', factor: 0, change: -10 }],
        },
        {
          id: 'never-lift',
          side: 0,
          text: 'We will never lift the rule.',
          breaks: [{ issue: 0, options: [1] }],
          costs: [{ kind: 'constituency', factor: 0, change: -10 }],
        },
      ],
    };
    const hard = personaNegotiator(findPersona(withStatement, 0, 'hardliner')!);
    const first = againstScript(withStatement, hard, [[1, 0]])[0]!;
    expect(first.type === 'propose' && first.statement).toBe('never-lift-alone');
  });
});

describe('difficulty', () => {
  const model = withPersonas(randomModel(3));
  const p = findPersona(model, 0, 'pragmatist')!;
  it('a harder level concedes later and less, an easier one sooner and more', () => {
    const hard = atDifficulty(p, 'hard');
    const easy = atDifficulty(p, 'easy');
    expect(hard.concession).toBeLessThan(p.concession);
    expect(hard.floor).toBeGreaterThan(p.floor);
    expect(easy.concession).toBeGreaterThan(p.concession);
    expect(easy.floor).toBeLessThan(p.floor);
    expect(atDifficulty(p, 'normal')).toEqual(p);
  });

  it('finds personas by id or short name, and baselines by name', () => {
    expect(negotiatorFor(model, 1, 'b-dealmaker').ok).toBe(true);
    expect(negotiatorFor(model, 1, 'dealmaker').ok && negotiatorFor(model, 1, 'dealmaker')).toMatchObject({
      negotiator: { id: 'b-dealmaker@easy' },
    });
    expect(negotiatorFor(model, 0, 'linear').ok).toBe(true);
    const missing = negotiatorFor(model, 0, 'ghost');
    expect(!missing.ok && missing.message).toContain('a-hardliner');
  });
});
