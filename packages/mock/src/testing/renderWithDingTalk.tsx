import { type RenderResult, render as renderWithTestingLibrary } from '@testing-library/react';
import { type UserEvent, userEvent } from '@testing-library/user-event';
import { type ReactElement, type ReactNode, StrictMode } from 'react';
import {
  createDingTalkWrapper,
  type DingTalkMock,
  type DingTalkWrapperOptions,
} from './createDingTalkWrapper';

/** A render function: Testing Library's, `vitest-browser-react`'s, yours. */
export type RenderFunction<R> = (ui: ReactElement) => R;

/** Options of {@link renderWithDingTalk}: how the mocked DingTalk behaves. */
export interface RenderWithDingTalkOptions extends DingTalkWrapperOptions {}

/** What {@link renderWithDingTalk} returns with Testing Library: its result, the mock, and `user`. */
export interface RenderWithDingTalkResult extends RenderResult, DingTalkMock {
  /** A `userEvent.setup()` instance, to click and type as a person. */
  user: UserEvent;
}

/**
 * What {@link renderWithDingTalk} returns with another render function: its (awaited) result plus
 * the mock; its `rerender`, if any, keeps the mocked DingTalk around the new UI.
 */
export type RenderedWith<R> = R extends PromiseLike<infer T> ? Promise<T & DingTalkMock> : R & DingTalkMock;

/**
 * Renders `ui` as inside DingTalk: in StrictMode, under `DingTalkProvider` over a new mock bridge
 * (platform, handshake, scripted answers and latency as the options say), next to
 * `MockDingTalkHost` showing the dialogs. Returns Testing Library's result, the mock's
 * `controller` and `bridge`, and a `user` (user-event). It uses no test-runner globals: Vitest
 * and Jest alike.
 *
 * In Vitest browser mode pass `render` from `vitest-browser-react`: the result is then a promise
 * of its result plus the mock.
 *
 * @example
 * const { user } = renderWithDingTalk(<AssigneePicker />);
 * await user.click(screen.getByRole('button', { name: '选择负责人' }));
 * await chooseContacts(['王芳']);
 * expect(screen.getByRole('listitem').textContent).toBe('王芳');
 */
export function renderWithDingTalk(
  ui: ReactNode,
  options?: RenderWithDingTalkOptions,
): RenderWithDingTalkResult;
export function renderWithDingTalk<R>(
  ui: ReactNode,
  options: RenderWithDingTalkOptions & {
    /** Renders instead of Testing Library, e.g. `render` of `vitest-browser-react`. */
    render: RenderFunction<R>;
  },
): RenderedWith<R>;
export function renderWithDingTalk(
  ui: ReactNode,
  { render, ...options }: RenderWithDingTalkOptions & { render?: RenderFunction<unknown> } = {},
): unknown {
  const { wrapper: Wrapper, bridge, controller } = createDingTalkWrapper(options);
  // StrictMode at the root: React double-invokes effects only there.
  const wrap = (node: ReactNode) => (
    <StrictMode>
      <Wrapper>{node}</Wrapper>
    </StrictMode>
  );
  const withMock = (result: unknown) => {
    const { rerender } = result as { rerender?: unknown };
    return {
      ...(result as object),
      ...(typeof rerender === 'function' ? { rerender: (next: ReactNode) => rerender(wrap(next)) } : {}),
      bridge,
      controller,
    };
  };
  if (render) {
    const rendered = render(wrap(ui));
    return isPromiseLike(rendered) ? Promise.resolve(rendered).then(withMock) : withMock(rendered);
  }
  const user = userEvent.setup();
  return { ...withMock(renderWithTestingLibrary(wrap(ui))), user };
}

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as { then?: unknown } | null)?.then === 'function';
