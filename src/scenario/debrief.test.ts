import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './diagnostic';
import { del, lineText, MINI_YAML, miniWith, set } from './fixtures/mini';
import { type LoadResult, loadScenario } from './load';

function errorsOf(r: LoadResult) {
  if (r.ok) throw new Error('expected errors, the file loaded');
  return r.errors;
}
const entry = (i: number, field: string) => ['debrief', 'whatHappenedNext', i, field];

describe('the debrief pack', () => {
  it('compiles into the model: a dated, sourced timeline, questions and readings', () => {
    const r = loadScenario(MINI_YAML, 'mini.yaml');
    if (!r.ok) throw new Error(r.errors.map(formatDiagnostic).join('\n'));
    expect(r.model.debrief).toEqual({
      sources: [{ id: 'src-later', title: 'A later report', date: '2026-02' }],
      whatHappenedNext: [
        { date: '2025-11-10', text: 'The tariff cut took effect.', sources: ['src-a'] },
        {
          date: '2026-02',
          text: { en: 'The first cargoes arrived.', 'zh-Hans': '首批货物抵达。' },
          sources: ['src-later'],
        },
      ],
      questions: ['Who gained more?'],
      readings: [
        {
          author: 'Putnam, Robert D.',
          title: 'Diplomacy and Domestic Politics: The Logic of Two-Level Games',
          year: 1988,
          publisher: 'International Organization 42 (3), 427–460',
          note: 'Why the deal had to pass at home.',
        },
      ],
    });
  });

  it('is optional, and so is each of its parts', () => {
    const none = loadScenario(miniWith(del(['debrief'])), 'm.yaml');
    expect(none.ok && none.model.debrief).toBeNull();
    const onlyQuestions = loadScenario(
      miniWith((d) => {
        del(['debrief', 'whatHappenedNext'])(d);
        del(['debrief', 'readings'])(d);
      }),
      'm.yaml',
    );
    expect(onlyQuestions.ok && onlyQuestions.model.debrief).toEqual({
      sources: [{ id: 'src-later', title: 'A later report', date: '2026-02' }],
      whatHappenedNext: [],
      questions: ['Who gained more?'],
      readings: [],
    });
  });

  it('reports form errors at their line: a badly written date, a missing source list, a misspelt field', () => {
    const text = miniWith((d) => {
      set(entry(0, 'date'), '10 Nov 2025')(d);
      del(entry(1, 'sources'))(d);
      set(['debrief', 'readings', 0, 'auther'], 'Putnam')(d);
    });
    const errs = errorsOf(loadScenario(text, 'm.yaml'));
    expect(errs.map((e) => [e.code, e.path])).toEqual([
      ['bad-format', 'debrief.whatHappenedNext[0].date'],
      ['missing-field', 'debrief.whatHappenedNext[1].sources'],
      ['unknown-field', 'debrief.readings[0].auther'],
    ]);
    expect(lineText(text, errs[0]!.line)).toContain('10 Nov 2025');
    expect(errs[0]!.expected).toBe('a date written YYYY-MM-DD or YYYY-MM');
    expect(errs[2]!.message).toBe('unknown field "auther" (did you mean "author"?)');
  });

  it('needs at least one source per entry', () => {
    const errs = errorsOf(loadScenario(miniWith(set(entry(0, 'sources'), [])), 'm.yaml'));
    expect(errs.map((e) => [e.code, e.path])).toEqual([['too-small', 'debrief.whatHappenedNext[0].sources']]);
  });

  it('reports an unknown source id where it is cited, with the closest known id', () => {
    const text = miniWith(set(entry(1, 'sources'), ['src-b']));
    const errs = errorsOf(loadScenario(text, 'm.yaml'));
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatchObject({
      code: 'unknown-id',
      path: 'debrief.whatHappenedNext[1].sources[0]',
      message: 'unknown source "src-b" (did you mean "src-a"?)',
    });
    expect(errs[0]!.expected).toBeUndefined();
    expect(lineText(text, errs[0]!.line)).toContain('src-b');
  });

  it('cites its own sources, kept apart from the scenario’s: a debrief source cited elsewhere is unknown', () => {
    const text = miniWith(set(['historical', 'source'], 'src-later'));
    const errs = errorsOf(loadScenario(text, 'm.yaml'));
    expect(errs.map((e) => [e.code, e.path])).toEqual([['unknown-id', 'historical.source']]);
  });

  it('reports a debrief source id that repeats a top-level one, or another debrief source', () => {
    const text = miniWith((d) => {
      set(['debrief', 'sources', 1], { id: 'src-later', title: 'Again' })(d);
      set(['debrief', 'sources', 2], { id: 'src-a', title: 'A clash' })(d);
    });
    const errs = errorsOf(loadScenario(text, 'm.yaml'));
    expect(errs.map((e) => [e.code, e.path])).toEqual([
      ['duplicate-id', 'debrief.sources[1].id'],
      ['duplicate-id', 'debrief.sources[2].id'],
    ]);
    expect(errs[1]!.message).toBe('the source id "src-a" is already used in the top-level sources');
    expect(lineText(text, errs[1]!.line)).toContain('src-a');
  });

  it('sorts a month-only date with any day of that month', () => {
    const text = miniWith((d) => {
      set(entry(0, 'date'), '2026-02-14')(d);
      d.setIn(['debrief', 'whatHappenedNext', 2], { date: '2026-02-03', text: 'Later.', sources: ['src-a'] });
    });
    const r = loadScenario(text, 'm.yaml');
    expect(r.ok ? [] : r.errors.map((e) => [e.path, e.found])).toEqual([
      ['debrief.whatHappenedNext[2].date', '2026-02-03'],
    ]);
  });

  it('reports entries before the scenario’s year and entries out of date order', () => {
    const text = miniWith((d) => {
      set(entry(0, 'date'), '2026-03-01')(d);
      d.setIn(['debrief', 'whatHappenedNext', 2], {
        date: '2019-05-15',
        text: 'Old news.',
        sources: ['src-a'],
      });
    });
    const errs = errorsOf(loadScenario(text, 'm.yaml'));
    expect(errs.map((e) => [e.code, e.path, e.found])).toEqual([
      ['debrief-date', 'debrief.whatHappenedNext[1].date', '2026-02'],
      ['debrief-date', 'debrief.whatHappenedNext[2].date', '2019-05-15'],
      ['debrief-date', 'debrief.whatHappenedNext[2].date', '2019-05-15'],
    ]);
    expect(errs[0]!.message).toBe(
      "2026-02 comes before an earlier entry's 2026-03-01: list the entries oldest first",
    );
    expect(errs[1]!.message).toMatch(/^2019-05-15 is before the scenario's year \(2025\)/);
    expect(lineText(text, errs[0]!.line)).toContain('2026-02');
    expect(formatDiagnostic(errs[0]!)).toMatch(
      /^m\.yaml:\d+:\d+ error debrief\.whatHappenedNext\[1\]\.date: /,
    );
  });
});
