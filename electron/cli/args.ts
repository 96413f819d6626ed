// A small argv parser: each command declares its options; anything else is a
// usage error (exit 64) rather than being silently ignored.
//   --flag            boolean option
//   --name value      option with a value (also --name=value)
//   -o value          short alias (also -ovalue)
//   --                everything after it is positional, even "-x"
//   -                 a lone dash is a positional argument (e.g. "-o -" means stdout)

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface OptionSpec {
  /** Long name without dashes: `format` for `--format`. */
  name: string;
  /** One letter: `o` for `-o`. */
  short?: string;
  /** True when the option takes a value. */
  value?: boolean;
}

export interface ParsedArgs {
  positionals: string[];
  /** Flags as `true`, value options as their (last) value. */
  options: Map<string, string | true>;
}

export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  const byLong = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short as string, s]));

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    let spec: OptionSpec | undefined;
    let shown: string;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq === -1 ? undefined : arg.slice(eq + 1);
      shown = `--${name}`;
      spec = byLong.get(name);
    } else if (arg.startsWith('-') && arg.length > 1) {
      shown = arg.slice(0, 2);
      spec = byShort.get(arg[1]);
      if (arg.length > 2) inline = arg.slice(2);
    } else {
      positionals.push(arg);
      continue;
    }
    if (!spec) throw new UsageError(`unknown option ${shown}`);
    if (!spec.value) {
      if (inline !== undefined) throw new UsageError(`${shown} takes no value`);
      options.set(spec.name, true);
      continue;
    }
    if (inline === undefined) {
      if (i + 1 >= argv.length) throw new UsageError(`${shown} needs a value`);
      inline = argv[++i];
    }
    options.set(spec.name, inline);
  }
  return { positionals, options };
}

/** The value of a value option, or undefined. */
export function optionValue(args: ParsedArgs, name: string): string | undefined {
  const value = args.options.get(name);
  return typeof value === 'string' ? value : undefined;
}

export function hasFlag(args: ParsedArgs, name: string): boolean {
  return args.options.get(name) === true;
}
