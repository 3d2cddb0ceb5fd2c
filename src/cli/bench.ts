// `npm run bench`: runs each benchmark section in turn and prints plain figures.
// Sections live beside it (bench-analysis.ts, …); add yours to SECTIONS.
import { run as ai } from './bench-ai';
import { run as analysis } from './bench-analysis';
import { run as simulator } from './bench-simulate';

/** A benchmark section: prints its own figures. */
type Section = () => Promise<void>;

const SECTIONS: readonly Section[] = [analysis, simulator, ai];

for (const section of SECTIONS) await section();
