import { describe, expect, it } from 'vitest';
import { messages } from './messages';
import { parseOptions, UsageError } from './parseOptions';

const parse = (...args: string[]) => parseOptions(args, messages.en);

describe('parseOptions', () => {
  it('takes what `npm create dingkit@latest my-app -- --template with-server --yes --no-install` passes', () => {
    expect(parse('my-app', '--template', 'with-server', '--yes', '--no-install')).toEqual({
      folder: 'my-app',
      template: 'with-server',
      yes: true,
      install: false,
      help: false,
      version: false,
    });
  });

  it('leaves out what is not given, and installs by default', () => {
    expect(parse()).toEqual({
      folder: undefined,
      template: undefined,
      yes: false,
      install: true,
      help: false,
      version: false,
    });
  });

  it('takes the short options and --template=value', () => {
    expect(parse('-t', 'basic', '-y', 'app')).toMatchObject({ folder: 'app', template: 'basic', yes: true });
    expect(parse('--template=basic')).toMatchObject({ template: 'basic' });
    expect(parse('-h').help).toBe(true);
    expect(parse('-v').version).toBe(true);
  });

  it('refuses an unknown template, naming the ones there are', () => {
    expect(() => parse('app', '--template', 'vue')).toThrow(
      new UsageError('There is no template "vue"; the templates are with-server and basic.'),
    );
  });

  it('refuses an unknown option, and an option without its value', () => {
    expect(() => parse('--typescript')).toThrow(
      new UsageError('Unknown option --typescript. Run create-dingkit --help for the usage.'),
    );
    expect(() => parse('app', '--template')).toThrow(/^The option -t, --template <value> lacks its value/);
    expect(() => parse('--yes=no')).toThrow(/^The option -y, --yes lacks its value or takes none/);
  });

  it('refuses two folders', () => {
    expect(() => parse('a', 'b')).toThrow(new UsageError('Give one folder, not 2: a, b.'));
  });

  it('speaks Chinese with the Chinese messages', () => {
    expect(() => parseOptions(['--template', 'vue'], messages['zh-CN'])).toThrow(
      '没有名为「vue」的模板，可选：with-server、basic。',
    );
  });
});
