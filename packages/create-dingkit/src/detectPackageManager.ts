/** The package managers whose commands the next steps print. */
export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'bun';

/**
 * The package manager that runs `create-dingkit`, from the `npm_config_user_agent` each of them
 * sets for the commands it starts (`pnpm/9.12.0 npm/? node/v20.19.0 linux x64`); npm otherwise.
 */
export function detectPackageManager(userAgent: string | undefined): PackageManager {
  const name = userAgent?.split(' ')[0]?.split('/')[0];
  return name === 'pnpm' || name === 'yarn' || name === 'bun' ? name : 'npm';
}

/** How `manager` installs the app's dependencies: the command and its arguments. */
export function installCommand(manager: PackageManager): [string, ...string[]] {
  // Yarn installs with a bare `yarn`; the others with `install`.
  return manager === 'yarn' ? ['yarn'] : [manager, 'install'];
}

/** How `manager` runs a script of the app's package.json, e.g. `pnpm test`. */
export function runCommand(manager: PackageManager, script: string): string {
  // `bun test` is bun's own test runner, not the script; `npm run start` reads as `npm start`.
  if (manager === 'bun') return `bun run ${script}`;
  if (script === 'start' || script === 'test') return `${manager} ${script}`;
  return `${manager} run ${script}`;
}
