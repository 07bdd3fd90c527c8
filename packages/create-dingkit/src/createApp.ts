import { cp, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Template } from './templates';

/** Options of {@link createApp}. */
export interface CreateAppOptions {
  /** The folder to write the app to; missing or empty (see `folderState`). */
  folder: string;
  /** The template. */
  template: Template;
  /** The app's package name. */
  name: string;
  /** The version of the dingkit packages the app depends on (`^version`). */
  dingkitVersion: string;
}

type Manifest = Record<string, unknown>;

/** Where the templates are: beside `src/` and `dist/` alike. */
export const templatesFolder: string = fileURLToPath(new URL('../templates/', import.meta.url));

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The template's package.json over the base's: maps (scripts, dependencies) are merged, the rest replaced. */
function mergeManifests(base: Manifest, overlay: Manifest): Manifest {
  const merged: Manifest = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    const under = merged[key];
    merged[key] = isRecord(under) && isRecord(value) ? { ...under, ...value } : value;
  }
  return merged;
}

/**
 * The README for `template`: the parts marked `<!-- name -->…<!-- /name -->` are kept for the
 * template of that name (without the marks) and dropped for the others.
 */
export function readmeFor(text: string, template: Template, name: string): string {
  return text
    .replace(/<!-- ([\w-]+) -->([\s\S]*?)<!-- \/\1 -->\n?/g, (_, part: string, body: string) =>
      part === template ? body.replace(/^\n/, '') : '',
    )
    .replaceAll('{{name}}', name);
}

const sortKeys = (map: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b)));

/**
 * Writes the app: the files of `templates/base`, then the template's own over them, with one
 * package.json made of both. The dingkit packages are released together with this command, so
 * the app depends on `^` its version of each.
 */
export async function createApp({ folder, template, name, dingkitVersion }: CreateAppOptions): Promise<void> {
  const layers = [join(templatesFolder, 'base'), join(templatesFolder, template)];
  await mkdir(folder, { recursive: true });
  for (const layer of layers) {
    await cp(layer, folder, {
      recursive: true,
      filter: (source) => source !== join(layer, 'package.json'),
    });
  }

  const manifests = await Promise.all(
    layers.map(
      async (layer) =>
        JSON.parse(await readFile(join(layer, 'package.json'), 'utf8').catch(() => '{}')) as Manifest,
    ),
  );
  const manifest: Manifest = { name, ...manifests.reduce(mergeManifests) };
  manifest.name = name;
  for (const field of ['dependencies', 'devDependencies'] as const) {
    const map = manifest[field];
    if (!isRecord(map)) continue;
    for (const dependency of Object.keys(map)) {
      if (dependency.startsWith('@dingkit/')) map[dependency] = `^${dingkitVersion}`;
    }
    manifest[field] = sortKeys(map);
  }
  await writeFile(join(folder, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  // npm leaves files named .gitignore out of a package, so the templates carry it as _gitignore.
  await rename(join(folder, '_gitignore'), join(folder, '.gitignore'));
  const readme = join(folder, 'README.md');
  await writeFile(readme, readmeFor(await readFile(readme, 'utf8'), template, name));
}
