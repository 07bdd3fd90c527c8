import { describe, expect, it } from 'vitest';
import { detectPackageManager, installCommand, runCommand } from './detectPackageManager';

describe('detectPackageManager', () => {
  it('reads the package manager from npm_config_user_agent', () => {
    expect(detectPackageManager('npm/11.6.2 node/v20.19.0 linux x64 workspaces/false')).toBe('npm');
    expect(detectPackageManager('pnpm/9.12.0 npm/? node/v20.19.0 darwin arm64')).toBe('pnpm');
    expect(detectPackageManager('yarn/1.22.22 npm/? node/v20.19.0 win32 x64')).toBe('yarn');
    expect(detectPackageManager('bun/1.1.30 npm/? node/v22.6.0 linux x64')).toBe('bun');
  });

  it('falls back to npm when run without a package manager, or by an unknown one', () => {
    expect(detectPackageManager(undefined)).toBe('npm');
    expect(detectPackageManager('')).toBe('npm');
    expect(detectPackageManager('cnpm/9.4.0 npminstall/7.12.0 node/v20.19.0')).toBe('npm');
  });
});

describe('installCommand and runCommand', () => {
  it('say how each package manager installs', () => {
    expect(installCommand('npm')).toEqual(['npm', 'install']);
    expect(installCommand('pnpm')).toEqual(['pnpm', 'install']);
    expect(installCommand('yarn')).toEqual(['yarn']);
    expect(installCommand('bun')).toEqual(['bun', 'install']);
  });

  it('say how each runs the app’s scripts (bun test is bun’s own runner, not the script)', () => {
    expect(['npm', 'pnpm', 'yarn', 'bun'].map((pm) => runCommand(pm as 'npm', 'test'))).toEqual([
      'npm test',
      'pnpm test',
      'yarn test',
      'bun run test',
    ]);
    expect(runCommand('npm', 'storybook')).toBe('npm run storybook');
    expect(runCommand('pnpm', 'start')).toBe('pnpm start');
  });
});
