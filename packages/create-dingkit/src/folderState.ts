import { readdir, stat } from 'node:fs/promises';

/**
 * Whether the app can be written to `folder`: `'missing'` and `'empty'` can (a folder holding
 * only `.git`, as after `git init`, counts as empty); `'not-empty'` and `'file'` cannot, so that
 * nothing of anyone's is overwritten.
 */
export async function folderState(folder: string): Promise<'missing' | 'empty' | 'not-empty' | 'file'> {
  const info = await stat(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (info === undefined) return 'missing';
  if (!info.isDirectory()) return 'file';
  const entries = await readdir(folder);
  return entries.every((entry) => entry === '.git') ? 'empty' : 'not-empty';
}
