import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The repository root, for resolving workspace packages from an in-memory entry. */
export const root: string = fileURLToPath(new URL('../..', import.meta.url));

/** What an app ships for one entry, in bytes. */
export interface BundleSize {
  /** Minified bytes, every chunk (lazy ones included). */
  minified: number;
  /** gzip -9 of every chunk, summed. */
  gzip: number;
  /** Minified bytes of the chunks loaded up front. */
  initialMinified: number;
  /** gzip of the chunks loaded up front: the entry and what it imports statically, not lazy chunks. */
  initialGzip: number;
  /** Paths (from the repository root) of the input files with code in the bundle, after tree shaking. */
  inputs: string[];
  /** Paths of the input files with code in the chunks loaded up front. */
  initialInputs: string[];
}

/**
 * - `rolldown`: Vite's bundler (`vite build`), the usual one for a React app. A module that the
 *   entry and a lazy chunk share stays in the entry chunk.
 * - `esbuild`: what size-limit uses by default. It moves such modules into a chunk of their own,
 *   one more file loaded up front and compressed on its own.
 */
export type Bundler = 'rolldown' | 'esbuild';

export interface MeasureOptions {
  /** Leave dingtalk-jsapi out, to measure dingkit's own code. @default false */
  withoutJsapi?: boolean;
  /** The app's bundler. @default 'rolldown' */
  bundler?: Bundler;
}

/** One output chunk: its code, the chunks it imports statically, and the inputs with code in it. */
interface Chunk {
  name: string;
  code: Uint8Array;
  isEntry: boolean;
  imports: string[];
  inputs: string[];
}

const gzip = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length;
const reactExternals = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'];
const entryName = 'app-entry.tsx';
const production = { 'process.env.NODE_ENV': '"production"' };

async function bundleWithEsbuild(source: string, withoutJsapi: boolean): Promise<Chunk[]> {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'tsx', sourcefile: entryName },
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    outdir: 'out',
    write: false,
    metafile: true,
    platform: 'browser',
    target: 'es2022',
    conditions: ['source'],
    jsx: 'automatic',
    logLevel: 'silent',
    define: production,
    external: [...reactExternals, ...(withoutJsapi ? ['dingtalk-jsapi', 'dingtalk-jsapi/*'] : [])],
  });
  return Object.entries(result.metafile.outputs)
    .filter(([name]) => name.endsWith('.js'))
    .map(([name, output]) => ({
      name,
      code: result.outputFiles.find((file) => file.path.endsWith(name.replace(/^out/, '')))!.contents,
      isEntry: output.entryPoint === entryName,
      imports: output.imports.filter((i) => i.kind === 'import-statement').map((i) => i.path),
      inputs: Object.entries(output.inputs)
        .filter(([, input]) => input.bytesInOutput > 0)
        .map(([input]) => input),
    }));
}

// Vite's own copy of Rolldown, so that the figures are what `vite build` makes of the app.
const fromVite = createRequire(createRequire(import.meta.url).resolve('vite'));
export const loadRolldown = (): Promise<typeof import('rolldown')> =>
  import(pathToFileURL(fromVite.resolve('rolldown')).href);

async function bundleWithRolldown(source: string, withoutJsapi: boolean): Promise<Chunk[]> {
  const { rolldown } = await loadRolldown();
  const entry = `${root}${entryName}`;
  const external = (id: string) =>
    reactExternals.includes(id) || (withoutJsapi && /^dingtalk-jsapi(\/|$)/.test(id));
  const bundle = await rolldown({
    input: entry,
    cwd: root,
    platform: 'browser',
    logLevel: 'silent',
    external,
    resolve: { conditionNames: ['source', 'import', 'module', 'browser', 'default'] },
    transform: { define: production, jsx: 'react-jsx' },
    plugins: [
      {
        name: 'app-entry',
        resolveId: (id) => (id === entry ? id : null),
        load: (id) => (id === entry ? { code: source, moduleType: 'tsx' } : null),
      },
    ],
  });
  try {
    const { output } = await bundle.generate({ format: 'esm', minify: true });
    return output.flatMap((chunk) =>
      chunk.type === 'chunk'
        ? [
            {
              name: chunk.fileName,
              code: new TextEncoder().encode(chunk.code),
              isEntry: chunk.isEntry,
              imports: chunk.imports,
              inputs: Object.entries(chunk.modules)
                .filter(([, module]) => module.renderedLength > 0)
                .map(([id]) => relative(root, id)),
            },
          ]
        : [],
    );
  } finally {
    await bundle.close();
  }
}

/**
 * Bundles `source` (an app's entry module) the way an app's bundler would — minified ESM, React
 * external, lazy imports split into chunks — and reports its size.
 */
export async function measureSize(source: string, options: MeasureOptions = {}): Promise<BundleSize> {
  const bundle = options.bundler === 'esbuild' ? bundleWithEsbuild : bundleWithRolldown;
  const chunks = await bundle(source, options.withoutJsapi ?? false);
  // The entry chunk and every chunk it imports statically load up front; dynamically imported
  // chunks (and what only they import) load later.
  const initial = new Set<Chunk>();
  const visit = (chunk: Chunk | undefined) => {
    if (!chunk || initial.has(chunk)) return;
    initial.add(chunk);
    for (const name of chunk.imports) visit(chunks.find((other) => other.name === name));
  };
  visit(chunks.find((chunk) => chunk.isEntry));
  const sum = (of: Iterable<Chunk>, size: (code: Uint8Array) => number) =>
    [...of].reduce((total, chunk) => total + size(chunk.code), 0);
  return {
    minified: sum(chunks, (code) => code.length),
    gzip: sum(chunks, gzip),
    initialMinified: sum(initial, (code) => code.length),
    initialGzip: sum(initial, gzip),
    inputs: chunks.flatMap((chunk) => chunk.inputs),
    initialInputs: [...initial].flatMap((chunk) => chunk.inputs),
  };
}

/** gzip -9 size of a file in the repository. */
export function gzipFileSize(path: string): { raw: number; gzip: number } {
  const text = readFileSync(`${root}${path}`);
  return { raw: text.length, gzip: gzip(text) };
}
