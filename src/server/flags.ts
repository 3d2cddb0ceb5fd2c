// Reading a server command's flags: a wrong flag prints what was wrong and the usage (exit 2),
// --help prints the usage (exit 0); shared by `server`, `bot` and `loadtest`.
import { type ParseArgsConfig, parseArgs } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The flags' values, or the exit code when the command should stop here. */
export function readFlags<O extends Options>(
  options: O,
  usage: string,
): ReturnType<typeof parseArgs<{ options: O }>>['values'] | number {
  try {
    const { values } = parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h' } } });
    if ((values as { help?: boolean }).help) {
      console.log(usage);
      return 0;
    }
    return values as ReturnType<typeof parseArgs<{ options: O }>>['values'];
  } catch (e) {
    console.error(`${(e as Error).message}\n${usage}`);
    return 2;
  }
}
