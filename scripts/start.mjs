// `npm start`: Storybook with the mocked DingTalk bridge on http://localhost:6006.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureAddonBuilt } from './ensure-addon.mjs';
import { ensureDependencies } from './ensure-deps.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
ensureDependencies();
ensureAddonBuilt();

const port = process.env.PORT ?? '6006';
const child = spawn(
  `${root}node_modules/.bin/storybook`,
  ['dev', '-p', port, '--no-open', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
