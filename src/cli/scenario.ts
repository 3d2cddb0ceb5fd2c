// `npm run scenario -- <command> ...`: the instructors' command line. Each command is a module
// exporting `run(args): Promise<number>` (the exit code). Never prints a stack trace.
import { pathToFileURL } from 'node:url';
import * as analyze from './analyze';
import * as check from './check';
import * as evaluate from './evaluate';
import { EXIT } from './io';
import * as simulate from './simulate';

/** What each command module exports. */
interface Command {
  /** One line: the command, its arguments, what it does. */
  readonly USAGE: string;
  run(args: string[]): Promise<number>;
}

/**
 * The commands by name. Other commands are added here by their authors: `analyze` (./analyze.ts),
 * `evaluate` (./evaluate.ts), `simulate` (./simulate.ts); each exports USAGE and run(args).
 */
const COMMANDS: Readonly<Record<string, Command>> = {
  check,
  analyze,
  evaluate,
  simulate,
};

function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  npm run scenario -- ${c.USAGE}`);
  return ['usage:', ...lines].join('\n');
}

/** Dispatch to a command; unknown commands and missing arguments are usage errors (exit 2). */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stderr.write(`${usage()}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`unknown command "${name}"\n${usage()}\n`);
    return EXIT.usage;
  }
  return command.run(rest);
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  // Output piped into a reader that stops early (`| head`) ends the command quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT.ok);
    throw e;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`scenario: unexpected failure: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = EXIT.invalid;
    },
  );
}
