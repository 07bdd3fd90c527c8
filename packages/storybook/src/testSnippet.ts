import type { PanelCall, PanelPayload } from './constants';

/** The story a snippet is made from, as the Storybook manager knows it. */
export interface SnippetStory {
  title: string;
  name: string;
  /** The story's export, e.g. `Default`. */
  exportName: string;
  /** The story file, e.g. `./src/Approve.stories.tsx`. */
  importPath: string;
}

// Failures that come from the situation (platform, params, handshake, the app's own abort), not
// from DingTalk's answer: the same setup reproduces them, so they are not scripted.
const situational = new Set([
  'NOT_IN_DINGTALK',
  'UNSUPPORTED',
  'UNAUTHORIZED',
  'INVALID_PARAMS',
  'ABORTED',
  'TIMEOUT',
  'CONFIG_FAILED',
  'SIGNATURE_FAILED',
]);

const json = (value: unknown, indent: string) =>
  JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`);

/** How the call was answered, as a `respond` entry; `undefined` when it is not scripted. */
function answer(call: PanelCall, indent: string): string | undefined {
  if (call.status === 'resolved') return json(call.result ?? null, indent);
  if (call.status !== 'rejected' || !call.error || situational.has(call.error.code)) return undefined;
  const failure =
    call.error.code === 'API_FAILED' && call.error.errorCode !== undefined
      ? json({ errorCode: call.error.errorCode, errorMessage: call.error.message }, `${indent}  `)
      : JSON.stringify(call.error.code);
  return `() => {\n${indent}  throw ${failure};\n${indent}}`;
}

/** What a call is expected to be in the test: its API, params and outcome. */
function expectation(call: PanelCall): Record<string, unknown> {
  return {
    api: call.api,
    // The handshake's params carry a fresh signature each time.
    ...(call.api === 'config' || call.params === undefined ? {} : { params: call.params }),
    status: call.status,
    ...(call.status === 'resolved' && call.result !== undefined ? { result: call.result } : {}),
    ...(call.error ? { error: { code: call.error.code } } : {}),
  };
}

const moduleName = (importPath: string) =>
  `./${
    importPath
      .split('/')
      .at(-1)
      ?.replace(/\.[cm]?[jt]sx?$/, '') ?? importPath
  }`;

/**
 * A Vitest + Testing Library test that renders the story with `renderWithDingTalk` from
 * `@dingkit/mock/testing`, answers DingTalk as it was answered in Storybook, and expects the
 * same calls. Only the settled calls are scripted; the first answer of an API answers all of its
 * calls.
 */
export function testSnippet(story: SnippetStory, payload: PanelPayload): string {
  const scripted = new Map<string, string>();
  for (const call of payload.calls) {
    if (call.api === 'config' || scripted.has(call.api)) continue;
    const answered = answer(call, '      ');
    if (answered !== undefined) scripted.set(call.api, answered);
  }
  const respond = [...scripted].map(([api, answered]) => `      ${JSON.stringify(api)}: ${answered},`);
  // Taps on the buttons the page took over: where they go among the person's other actions is
  // not recorded, so they are listed for the author to place.
  const taps = payload.calls.flatMap(({ api, repeats = [] }) =>
    repeats.map((tap) => `  // controller.answerAgain(${JSON.stringify(api)}, ${JSON.stringify(tap)});`),
  );
  const { exportName } = story;
  return [
    `// "${story.title} › ${story.name}": the DingTalk calls of the story in Storybook, as a test.`,
    "import { renderWithDingTalk } from '@dingkit/mock/testing';",
    "import { waitFor } from '@testing-library/react';",
    "import { expect, it } from 'vitest';",
    `import { ${exportName} } from '${moduleName(story.importPath)}';`,
    '',
    `it('${exportName} makes the same DingTalk calls', async () => {`,
    `  const { controller } = renderWithDingTalk(<${exportName} />, {`,
    `    platform: ${JSON.stringify(payload.setup.platform)},`,
    `    handshake: ${JSON.stringify(payload.setup.handshake)},`,
    ...(respond.length > 0 ? ['    respond: {', ...respond, '    },'] : []),
    '  });',
    '  // Do here what the story’s play function (or you) did in Storybook: click, type, choose.',
    ...(taps.length > 0
      ? ['  // The taps on the navigation bar’s buttons the page took over, in their order:', ...taps]
      : []),
    '  await waitFor(() =>',
    `    expect(controller.calls).toMatchObject(${json(payload.calls.map(expectation), '    ')}),`,
    '  );',
    '});',
    '',
  ].join('\n');
}
