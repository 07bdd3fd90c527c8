import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every public export of every package carries a doc comment: the API reference and editor
// hovers are generated from them.
const root = fileURLToPath(new URL('../..', import.meta.url));
const entries = {
  '@dingkit/core': 'packages/core/src/index.ts',
  '@dingkit/react': 'packages/react/src/index.ts',
  '@dingkit/mock': 'packages/mock/src/index.ts',
  '@dingkit/mock/emulator': 'packages/mock/src/emulator/index.ts',
  '@dingkit/mock/testing': 'packages/mock/src/testing/index.ts',
  '@dingkit/server': 'packages/server/src/index.ts',
  '@dingkit/server/redis': 'packages/server/src/redis.ts',
  '@dingkit/server/node': 'packages/server/src/node.ts',
};

const config = ts.getParsedCommandLineOfConfigFile(
  `${root}tsconfig.json`,
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: () => {},
  },
);
const program = ts.createProgram(
  Object.values(entries).map((entry) => `${root}${entry}`),
  config?.options ?? {},
);
const checker = program.getTypeChecker();

function undocumented(entry: string): string[] {
  const file = program.getSourceFile(`${root}${entry}`);
  if (!file) return [`(missing ${entry})`];
  const module = checker.getSymbolAtLocation(file);
  if (!module) return [];
  return checker
    .getExportsOfModule(module)
    .filter((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const declarations = target.getDeclarations() ?? [];
      return !declarations.some((declaration) => ts.getJSDocCommentsAndTags(declaration).length > 0);
    })
    .map((symbol) => symbol.getName());
}

describe('public exports', () => {
  for (const [name, entry] of Object.entries(entries)) {
    it(`${name}: every export has a doc comment`, () => {
      expect(undocumented(entry)).toEqual([]);
    });
  }
});
