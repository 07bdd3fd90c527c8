import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
  /** gzip of the chunks loaded up front: the entry and what it imports statically, not lazy chunks. */
  initialGzip: number;
  /** Paths of the input files with code in the bundle (after tree shaking). */
  inputs: string[];
  /** Paths of the input files with code in the chunks loaded up front. */
  initialInputs: string[];
}

export interface MeasureOptions {
  /** Leave dingtalk-jsapi out, to measure dingkit's own code. @default false */
  withoutJsapi?: boolean;
}

const gzip = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length;

/**
 * Bundles `source` (an app's entry module) the way an app's bundler would — minified ESM, React
 * external, lazy imports split into chunks — and reports its size.
 */
export async function measureSize(source: string, options: MeasureOptions = {}): Promise<BundleSize> {
  const entryName = 'app-entry.tsx';
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
    define: { 'process.env.NODE_ENV': '"production"' },
    external: [
      'react',
      'react-dom',
      'react/jsx-runtime',
      'react-dom/client',
      ...(options.withoutJsapi ? ['dingtalk-jsapi', 'dingtalk-jsapi/*'] : []),
    ],
  });
  const js = result.outputFiles.filter((file) => file.path.endsWith('.js'));
  const { outputs } = result.metafile;
  // The entry chunk and every chunk it imports statically load up front; dynamically imported
  // chunks (and what only they import) load later.
  const initial = new Set<string>();
  const visit = (path: string) => {
    if (initial.has(path) || !outputs[path]) return;
    initial.add(path);
    for (const dependency of outputs[path].imports) {
      if (dependency.kind === 'import-statement') visit(dependency.path);
    }
  };
  visit(Object.keys(outputs).find((path) => outputs[path]!.entryPoint === entryName) ?? '');
  const isInitial = (file: { path: string }) =>
    [...initial].some((path) => file.path.endsWith(path.replace(/^out/, '')));
  const codeIn = (paths: string[]) =>
    paths.flatMap((path) =>
      Object.entries(outputs[path]?.inputs ?? {})
        .filter(([, input]) => input.bytesInOutput > 0)
        .map(([input]) => input),
    );
  return {
    minified: js.reduce((sum, file) => sum + file.contents.length, 0),
    gzip: js.reduce((sum, file) => sum + gzip(file.contents), 0),
    initialGzip: js.filter(isInitial).reduce((sum, file) => sum + gzip(file.contents), 0),
    inputs: codeIn(Object.keys(outputs)),
    initialInputs: codeIn([...initial]),
  };
}

/** gzip -9 size of a file in the repository. */
export function gzipFileSize(path: string): { raw: number; gzip: number } {
  const text = readFileSync(`${root}${path}`);
  return { raw: text.length, gzip: gzip(text) };
}
