import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A port of 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A long-running command of the app (a dev server, the API server) started by a test. */
export interface RunningProcess {
  /** What it printed so far. */
  output(): string;
  /** Ends it and waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * Starts `command` and resolves once `url` answers (any status), within `timeoutMs`; rejects with
 * what it printed when it exits or does not answer in time.
 */
export async function startProcess(
  command: string,
  args: readonly string[],
  {
    cwd,
    env,
    url,
    timeoutMs = 60_000,
  }: { cwd: string; env: NodeJS.ProcessEnv; url: string; timeoutMs?: number },
): Promise<RunningProcess> {
  const child: ChildProcess = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  child.stdout?.on('data', (chunk) => (printed += chunk));
  child.stderr?.on('data', (chunk) => (printed += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const running: RunningProcess = {
    output: () => printed,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${command} exited (${child.exitCode}):\n${printed}`);
    const answered = await fetch(url).then(
      () => true,
      () => false,
    );
    if (answered) return running;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await running.stop();
  throw new Error(`${command} did not answer ${url} within ${timeoutMs} ms:\n${printed}`);
}
