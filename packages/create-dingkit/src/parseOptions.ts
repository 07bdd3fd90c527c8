import { parseArgs } from 'node:util';
import type { CliMessages } from './messages';
import { isTemplate, type Template } from './templates';

/** What the command line asks for. */
export interface CliOptions {
  /** The folder to create the app in, as given. @default undefined (asked, or `dingtalk-app`) */
  folder: string | undefined;
  /** The template. @default undefined (asked, or `'with-server'`) */
  template: Template | undefined;
  /** Ask nothing: what is not given takes its default. @default false */
  yes: boolean;
  /** Install the dependencies after writing the files. @default true */
  install: boolean;
  /** Print the usage and stop. @default false */
  help: boolean;
  /** Print the version and stop. @default false */
  version: boolean;
}

/** A mistake on the command line; its message says what to type instead. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Reads the arguments of `npm create dingkit@latest my-app -- --template basic --yes --no-install`
 * (what follows `create-dingkit`). Throws {@link UsageError} for an unknown option or template.
 */
export function parseOptions(args: readonly string[], text: CliMessages): CliOptions {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const option = /'([^']+)'/.exec(message)?.[1] ?? message;
    const code = (error as { code?: unknown }).code;
    throw new UsageError(
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? text.unknownOption(option) : text.badOption(option),
    );
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(text.tooManyFolders(positionals));
  const template = values.template;
  if (template !== undefined && !isTemplate(template)) throw new UsageError(text.unknownTemplate(template));
  return {
    folder: positionals[0],
    template,
    yes: values.yes ?? false,
    install: values.install ?? true,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    // `--no-install`.
    allowNegative: true,
    options: {
      template: { type: 'string', short: 't' },
      yes: { type: 'boolean', short: 'y' },
      install: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}
