import { MockNavigationBar } from '@dingkit/mock';
import { useDingTalk } from '@dingkit/react';

/** The mock's navigation bar over the provider's mock bridge, for the stories of mobile pages. */
export function NavigationBar() {
  const { bridge } = useDingTalk();
  return bridge ? <MockNavigationBar bridge={bridge} /> : null;
}
