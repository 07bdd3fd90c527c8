// The hook table (see apiHooks.ts): pages and navigation.
import { bizNavigationClose } from '@dingkit/core/apis/bizNavigationClose';
import { bizNavigationGoBack } from '@dingkit/core/apis/bizNavigationGoBack';
import { bizNavigationQuit } from '@dingkit/core/apis/bizNavigationQuit';
import { bizNavigationSetLeft } from '@dingkit/core/apis/bizNavigationSetLeft';
import { bizNavigationSetMenu } from '@dingkit/core/apis/bizNavigationSetMenu';
import { bizNavigationSetRight } from '@dingkit/core/apis/bizNavigationSetRight';
import { bizNavigationSetTitle } from '@dingkit/core/apis/bizNavigationSetTitle';
import { bizUtilOpen } from '@dingkit/core/apis/bizUtilOpen';
import { bizUtilOpenLink } from '@dingkit/core/apis/bizUtilOpenLink';
import { bizUtilOpenModal } from '@dingkit/core/apis/bizUtilOpenModal';
import { bizUtilOpenSlidePanel } from '@dingkit/core/apis/bizUtilOpenSlidePanel';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * Opens a URL in the system browser.
 * 在系统浏览器中打开链接。
 */
export const useOpenLink: ApiHook<'biz.util.openLink'> = createApiHook(bizUtilOpenLink, 'useOpenLink');

/**
 * Opens a page of DingTalk itself; on PC only `name: 'profile'`, a person's profile.
 * 打开钉钉内的页面；PC 端仅支持 `name: 'profile'`（个人资料页）。
 */
export const useOpenPage: ApiHook<'biz.util.open', 'params.corpId'> = createApiHook(
  bizUtilOpen,
  'useOpenPage',
  ['params.corpId'],
);

/**
 * Opens a URL in a modal (PC); resolves with the `message` that page passed to `biz.navigation.quit`.
 * 在模态框中打开页面（PC），返回该页面关闭时传给 `biz.navigation.quit` 的 `message`。
 */
export const useOpenModal: ApiHook<'biz.util.openModal'> = createApiHook(bizUtilOpenModal, 'useOpenModal');

/**
 * Opens a URL in the slide panel (PC); resolves with the `message` that page passed to `biz.navigation.quit`.
 * 在侧边栏中打开页面（PC），返回该页面关闭时传给 `biz.navigation.quit` 的 `message`。
 */
export const useOpenSlidePanel: ApiHook<'biz.util.openSlidePanel'> = createApiHook(
  bizUtilOpenSlidePanel,
  'useOpenSlidePanel',
);

/**
 * Closes the modal or slide panel this page runs in (PC), passing `message` to its opener.
 * 关闭当前所在的模态框或侧边栏（PC），把 `message` 交给打开它的页面。
 */
export const useQuit: ApiHook<'biz.navigation.quit'> = createApiHook(bizNavigationQuit, 'useQuit');

/**
 * Sets the title of the navigation bar, or of the modal or slide panel this page runs in. See `useNavigationTitle`.
 * 设置导航栏标题（或所在模态框、侧边栏的标题）。声明式用法见 `useNavigationTitle`。
 */
export const useSetTitle: ApiHook<'biz.navigation.setTitle'> = createApiHook(
  bizNavigationSetTitle,
  'useSetTitle',
);

/**
 * Sets the left button's text; `control: true` takes over its taps (iOS). For the taps see `useBackButton`, on PC `useLeftButton`.
 * 设置导航栏左侧按钮；`control: true` 接管点击（iOS）。声明式用法见 `useLeftButton`、`useBackButton`。
 */
export const useSetLeft: ApiHook<'biz.navigation.setLeft'> = createApiHook(
  bizNavigationSetLeft,
  'useSetLeft',
);

/**
 * Shows one button on the right of the navigation bar; resolves once it is shown. For its taps see `useRightButton`.
 * 设置导航栏右侧单个按钮，显示后返回。监听点击请用 `useRightButton`。
 */
export const useSetRight: ApiHook<'biz.navigation.setRight'> = createApiHook(
  bizNavigationSetRight,
  'useSetRight',
);

/**
 * Shows several buttons on the right of the navigation bar; resolves once they are shown. For their taps see `useNavigationMenu`.
 * 设置导航栏右侧多个按钮，显示后返回。监听点击请用 `useNavigationMenu`。
 */
export const useSetMenu: ApiHook<'biz.navigation.setMenu'> = createApiHook(
  bizNavigationSetMenu,
  'useSetMenu',
);

/**
 * Goes back to the previous page in DingTalk's page stack.
 * 返回上一级页面。
 */
export const useGoBack: ApiHook<'biz.navigation.goBack'> = createApiHook(bizNavigationGoBack, 'useGoBack');

/**
 * Closes the current page (mobile).
 * 关闭当前页面（移动端）。
 */
export const useClosePage: ApiHook<'biz.navigation.close'> = createApiHook(
  bizNavigationClose,
  'useClosePage',
);
