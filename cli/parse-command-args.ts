/**
 * The CLI's one way to read a command line: strict (an unknown option is an error), positionals allowed.
 * Returns null when node's parser refuses it, so each command prints its own Vietnamese usage line.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<const O extends Options>(argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch {
    return null;
  }
}
