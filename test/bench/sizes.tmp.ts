import { measureSize } from './measureSize';

const cases: Record<string, string> = {
  'provider+useConfirm': `import { DingTalkProvider, useConfirm } from '@dingkit/react'; export { DingTalkProvider, useConfirm };`,
  createBridge: `export { createBridge } from '@dingkit/core';`,
  detectBridge: `export { detectBridge } from '@dingkit/core';`,
  createJsapiBridge: `export { createJsapiBridge } from '@dingkit/core';`,
  DingTalkClient: `export { DingTalkClient } from '@dingkit/core';`,
  'all react': `export * from '@dingkit/react';`,
  'all core': `export * from '@dingkit/core';`,
};
for (const [name, src] of Object.entries(cases)) {
  const s = await measureSize(src, { withoutJsapi: true });
  console.log(name.padEnd(22), 'min', s.minified, 'gzip', s.gzip, 'initial', s.initialGzip);
}
