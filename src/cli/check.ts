// `npm run scenario -- check FILE`: validate a scenario and report design warnings.
import { type Output, EXIT, readScenarioFile, stdio } from './io';

/** Usage line of this command. */
export const USAGE =
  'check FILE            validate a scenario file (YAML or JSON) and print design warnings';

/** Run the command; returns the exit code (0 valid, 1 errors, 2 usage). */
export async function run(args: string[], io: Output = stdio): Promise<number> {
  const files = args.filter((a) => !a.startsWith('-'));
  const flags = args.filter((a) => a.startsWith('-'));
  if (flags.length > 0 || files.length !== 1) {
    io.err(flags.length > 0 ? `check: unknown option ${flags[0]}` : 'check: give exactly one FILE');
    io.err(`usage: npm run scenario -- ${USAGE}`);
    return EXIT.usage;
  }
  const file = files[0] ?? '';
  const result = await readScenarioFile(file, { design: true }, io);
  if (!result.ok) {
    const n = result.errors.filter((d) => d.severity === 'error').length;
    io.err(`${file}: not valid (${n} error${n === 1 ? '' : 's'})`);
    return result.exitCode;
  }
  const n = result.warnings.length;
  io.out(`${file}: valid (${result.model.issues.length} issues, ${n} warning${n === 1 ? '' : 's'})`);
  return EXIT.ok;
}
