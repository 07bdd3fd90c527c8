import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { PanelPayload } from './constants';
import { testSnippet } from './testSnippet';

const story = {
  title: 'Recipes/Choose then DING',
  name: 'Default',
  exportName: 'ChooseThenDing',
  importPath: './src/recipes/ChooseThenDing.stories.tsx',
};

const payload: PanelPayload = {
  storyId: 'recipes-choose-then-ding--default',
  mockId: 'm1',
  setup: { platform: 'pc', handshake: 'ready' },
  handshake: { status: 'ready', authorizedAPIList: [], unauthorizedAPIList: [] },
  calls: [
    { id: 1, api: 'config', params: { signature: 'fresh' }, status: 'resolved', result: {}, startMs: 0 },
    {
      id: 2,
      api: 'biz.contact.choose',
      params: { multiple: true, max: 3 },
      status: 'resolved',
      result: [{ emplId: '0122', name: '王芳' }],
      startMs: 12,
      durationMs: 800,
    },
    {
      id: 3,
      api: 'device.notification.confirm',
      params: { message: '发送?' },
      status: 'rejected',
      error: { code: 'CANCELLED', message: 'The person cancelled.' },
      startMs: 900,
      durationMs: 300,
    },
    {
      id: 4,
      api: 'biz.ding.post',
      params: { users: ['0122'] },
      status: 'rejected',
      error: { code: 'API_FAILED', message: '企业未开通此功能', errorCode: 40001 },
      startMs: 1300,
      durationMs: 5,
    },
    {
      id: 5,
      api: 'biz.util.openSlidePanel',
      params: { url: 'x' },
      status: 'rejected',
      error: { code: 'INVALID_PARAMS', message: 'url must be absolute' },
      startMs: 1400,
      durationMs: 0,
    },
    // A second call of the same API: the first answer scripts it.
    {
      id: 6,
      api: 'biz.contact.choose',
      params: { multiple: true, max: 3 },
      status: 'resolved',
      result: [],
      startMs: 1500,
      durationMs: 10,
    },
  ],
};

const syntaxErrors = (code: string) =>
  (
    ts.transpileModule(code, {
      fileName: 'ChooseThenDing.test.tsx',
      reportDiagnostics: true,
      compilerOptions: { jsx: ts.JsxEmit.ReactJSX, module: ts.ModuleKind.ESNext },
    }).diagnostics ?? []
  ).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));

describe('testSnippet', () => {
  const snippet = testSnippet(story, payload);

  it('is a test file that parses as TSX', () => {
    expect(syntaxErrors(snippet)).toEqual([]);
  });

  it('renders the story next to its file with the same platform and handshake', () => {
    expect(snippet).toContain("import { renderWithDingTalk } from '@dingkit/mock/testing';");
    expect(snippet).toContain("import { ChooseThenDing } from './ChooseThenDing.stories';");
    expect(snippet).toContain('renderWithDingTalk(<ChooseThenDing />, {');
    expect(snippet).toContain('platform: "pc",');
    expect(snippet).toContain('handshake: "ready",');
  });

  it('answers each API as it was first answered; failures from the situation are not scripted', () => {
    const respond = snippet.slice(snippet.indexOf('respond: {'), snippet.indexOf('  });'));
    expect(respond).toContain('"biz.contact.choose": [');
    expect(respond).toContain('"name": "王芳"');
    expect(respond).toContain('throw "CANCELLED";');
    expect(respond).toContain('"errorCode": 40001');
    expect(respond).not.toContain('config');
    expect(respond).not.toContain('openSlidePanel');
    expect(respond.match(/biz\.contact\.choose/g)).toHaveLength(1);
  });

  it('expects every call with its params and outcome, the handshake without its signature', () => {
    const expected = snippet.slice(snippet.indexOf('toMatchObject('));
    expect(expected).toContain('"api": "config"');
    expect(expected).not.toContain('fresh');
    expect(expected).toContain('"code": "INVALID_PARAMS"');
    expect(expected).toContain('"max": 3');
    expect(expected.match(/"api": /g)).toHaveLength(6);
  });

  it('lists the taps on buttons the page took over, to place among the actions', () => {
    const tapped = testSnippet(story, {
      ...payload,
      calls: [
        ...payload.calls,
        {
          id: 9,
          api: 'biz.navigation.setMenu',
          params: { items: [{ id: 'help', text: '帮助' }] },
          status: 'resolved',
          result: {},
          startMs: 1000,
          repeats: [{ id: 'help' }],
        },
      ],
    });
    expect(tapped).toContain('  // controller.answerAgain("biz.navigation.setMenu", {"id":"help"});');
    expect(snippet).not.toContain('answerAgain');
    expect(syntaxErrors(tapped)).toEqual([]);
  });

  it('leaves out `respond` when nothing was answered', () => {
    const quiet = testSnippet(story, { ...payload, calls: payload.calls.slice(0, 1) });
    expect(quiet).not.toContain('respond');
    expect(syntaxErrors(quiet)).toEqual([]);
  });
});
