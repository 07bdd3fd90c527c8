import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

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
  /** Paths (from the app's folder) of the input files with code in the bundle, after tree shaking. */
  inputs: string[];
  /** Paths of the input files with code in the chunks loaded up front. */
  initialInputs: string[];
  /**
   * Every chunk: its gzip size, whether it loads up front, the chunks it imports statically, and
   * its inputs.
   */
  chunks: { name: string; gzip: number; initial: boolean; imports: string[]; inputs: string[] }[];
}

/**
 * - `vite`: `vite build` of a page whose script is the entry, with Vite's defaults (Rolldown,
 *   minified, the module-preload polyfill and the preload helper for lazy chunks): what a React
 *   app made with Vite ships. A module that the entry and a lazy chunk share stays in the entry chunk.
 * - `esbuild`: what size-limit uses by default. It moves such modules into a chunk of their own,
 *   one more file loaded up front and compressed on its own.
 */
export type Bundler = 'vite' | 'esbuild';

export interface MeasureOptions {
  /** The app's folder: where the packed packages are installed (see test/consumer/prepareConsumer.ts). */
  dir: string;
  /** Leave dingtalk-jsapi out, to measure dingkit's own code. @default false */
  withoutJsapi?: boolean;
  /** The app's bundler. @default 'vite' */
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
// React is left out: every app has it, whatever it uses.
const reactExternals = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'];
const isExternal = (id: string, withoutJsapi: boolean) =>
  reactExternals.includes(id) || (withoutJsapi && /^dingtalk-jsapi(\/|$)/.test(id));

async function bundleWithEsbuild(work: string, withoutJsapi: boolean): Promise<Chunk[]> {
  const result = await esbuild({
    entryPoints: [join(work, 'entry.ts')],
    absWorkingDir: work,
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    outdir: 'out',
    write: false,
    metafile: true,
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    external: [...reactExternals, ...(withoutJsapi ? ['dingtalk-jsapi', 'dingtalk-jsapi/*'] : [])],
  });
  return Object.entries(result.metafile.outputs)
    .filter(([name]) => name.endsWith('.js'))
    .map(([name, output]) => ({
      name,
      code: result.outputFiles.find((file) => file.path.endsWith(name.replace(/^out/, '')))!.contents,
      isEntry: output.entryPoint === 'entry.ts',
      imports: output.imports.filter((i) => i.kind === 'import-statement').map((i) => i.path),
      inputs: Object.entries(output.inputs)
        .filter(([, input]) => input.bytesInOutput > 0)
        .map(([input]) => input),
    }));
}

async function bundleWithVite(work: string, withoutJsapi: boolean): Promise<Chunk[]> {
  const result = await viteBuild({
    root: work,
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    build: {
      write: false,
      rolldownOptions: { external: (id) => isExternal(id, withoutJsapi) },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((out) =>
    'output' in out ? out.output : [],
  );
  return outputs.flatMap((chunk) =>
    chunk.type === 'chunk'
      ? [
          {
            name: chunk.fileName,
            code: new TextEncoder().encode(chunk.code),
            isEntry: chunk.isEntry,
            imports: chunk.imports,
            inputs: Object.entries(chunk.modules)
              .filter(([, module]) => module.renderedLength > 0)
              .map(([id]) => relative(work, id)),
          },
        ]
      : [],
  );
}

/** A chunk and every chunk it imports statically, directly or not: the chunks that load with it. */
export function withStaticImports<C extends { name: string; imports: string[] }>(
  first: C,
  chunks: readonly C[],
): C[] {
  const found = new Set([first]);
  for (const chunk of found) {
    for (const name of chunk.imports) {
      const next = chunks.find((other) => other.name === name);
      if (next) found.add(next);
    }
  }
  return [...found];
}

/**
 * Bundles `source` (an app's entry module, importing the packages installed in `dir`) the way
 * an app's bundler would — minified ESM, React external, lazy imports split into chunks — and
 * reports its size.
 */
export async function measureSize(source: string, options: MeasureOptions): Promise<BundleSize> {
  const work = await mkdtemp(join(options.dir, '.size-'));
  try {
    await writeFile(join(work, 'entry.ts'), source);
    await writeFile(
      join(work, 'index.html'),
      '<!doctype html><html><body><script type="module" src="./entry.ts"></script></body></html>',
    );
    const bundle = options.bundler === 'esbuild' ? bundleWithEsbuild : bundleWithVite;
    const chunks = await bundle(work, options.withoutJsapi ?? false);
    // The entry chunk and every chunk it imports statically load up front; dynamically imported
    // chunks (and what only they import) load later.
    const entry = chunks.find((chunk) => chunk.isEntry);
    const initial = new Set(entry ? withStaticImports(entry, chunks) : []);
    const sum = (of: Iterable<Chunk>, size: (code: Uint8Array) => number) =>
      [...of].reduce((total, chunk) => total + size(chunk.code), 0);
    return {
      minified: sum(chunks, (code) => code.length),
      gzip: sum(chunks, gzip),
      initialMinified: sum(initial, (code) => code.length),
      initialGzip: sum(initial, gzip),
      inputs: chunks.flatMap((chunk) => chunk.inputs),
      initialInputs: [...initial].flatMap((chunk) => chunk.inputs),
      chunks: chunks.map((chunk) => ({
        name: chunk.name,
        gzip: gzip(chunk.code),
        initial: initial.has(chunk),
        imports: chunk.imports,
        inputs: chunk.inputs,
      })),
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** gzip -9 size of a file. */
export async function gzipFileSize(path: string): Promise<{ raw: number; gzip: number }> {
  const text = await readFile(path);
  return { raw: text.length, gzip: gzip(text) };
}
