// The benchmark scripts' command line: `--name value` options.

const args = process.argv.slice(2);

/** The value after `--name` on the command line, else `fallback`. */
export function opt(name, fallback) {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
}

