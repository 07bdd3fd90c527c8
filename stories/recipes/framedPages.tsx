import { framedQueryParameter } from '@dingkit/storybook';
import type { ComponentType } from 'react';
import { ApprovalDetailPage } from './pages/ApprovalDetailPage';
import { ApprovalFormPage } from './pages/ApprovalFormPage';

/** The pages stories open in a mock modal or slide panel, by id. */
export const framedPages = {
  'approval-form': ApprovalFormPage,
  'approval-detail': ApprovalDetailPage,
} satisfies Record<string, ComponentType>;

/** The id of a page in {@link framedPages}. */
export type FramedPageId = keyof typeof framedPages;

/**
 * The absolute URL of a framed page, for openModal/openSlidePanel. Storybook serves each story on
 * its own at `iframe.html?id=…` (the page's story in `Recipes/Framed pages`, with its own mock
 * bridge, marked as framed so no surface is drawn around it); the Vitest runner does not, so there `framed.html` renders the same page with its own
 * mock bridge. Either way the page calls `biz.navigation.quit` through its own bridge.
 */
export function framedPageUrl(page: FramedPageId): string {
  const { origin, pathname } = window.location;
  if (pathname.endsWith('/iframe.html')) {
    return `${origin}${pathname}?id=recipes-framed-pages--${page}&viewMode=story&${framedQueryParameter}`;
  }
  return `${origin}/stories/recipes/framed.html?page=${page}`;
}
