// Copies each hook's summary from its JSDoc into stories/api/support/hookSummaries.generated.ts,
// so that the Storybook docs show the words an editor's tooltip shows, written once. A hook's
// JSDoc starts with its summary: one line in English, then one in Chinese; what follows a blank
// line is detail and stays in the source. Reads every exported `use*` of
// packages/react/src/hooks/*.ts with TypeScript's parser.
//
// Usage: node scripts/hook-summaries.mjs [--check]   (--check: fail if the file is out of date)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const hooksDir = join(root, 'packages/react/src/hooks');
const output = join(root, 'stories/api/support/hookSummaries.generated.ts');
const chinese = /\p{Script=Han}/u;

/** The exported `use*` declarations of one module and the text of their first JSDoc comment. */
function exportedHooks(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found = new Map();
  for (const statement of source.statements) {
    const exported = ts.getCombinedModifierFlags(statement) & ts.ModifierFlags.Export;
    if (!exported) continue;
    const names = ts.isVariableStatement(statement)
      ? statement.declarationList.declarations.map((declaration) => declaration.name.getText(source))
      : ts.isFunctionDeclaration(statement) && statement.name
        ? [statement.name.text]
        : [];
    // An overloaded function carries its JSDoc on the first signature.
    const doc = ts.getJSDocCommentsAndTags(statement).find(ts.isJSDoc);
    for (const name of names) {
      if (/^use[A-Z]/.test(name) && !found.has(name)) found.set(name, ts.getTextOfJSDocComment(doc?.comment));
    }
  }
  return found;
}

const summaries = [];
const problems = [];
for (const file of readdirSync(hooksDir).sort()) {
  if (!/^\w+\.tsx?$/.test(file) || /\.test(-d)?\.tsx?$/.test(file)) continue;
  for (const [hook, text = ''] of exportedHooks(join(hooksDir, file))) {
    const [en = '', zh = ''] = text.split('\n').map((line) => line.trim());
    if (!/[a-z]/i.test(en) || !chinese.test(zh)) {
      problems.push(
        `${hook} (${file}): its JSDoc must start with a line in English, then a line in Chinese.`,
      );
    }
    summaries.push([hook, { en, zh }]);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
summaries.sort(([a], [b]) => a.localeCompare(b));

// As Biome writes string literals: single quotes unless the text holds one.
const quote = (text) =>
  text.includes("'") && !text.includes('"')
    ? JSON.stringify(text)
    : `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
const text = `// Written by scripts/hook-summaries.mjs from the hooks' JSDoc: edit the JSDoc, then run it.

/** Each hook's summary, in English and in Chinese, as its JSDoc says it. */
export const hookSummaries = {
${summaries.map(([hook, { en, zh }]) => `  ${hook}: {\n    en: ${quote(en)},\n    zh: ${quote(zh)},\n  },`).join('\n')}
} as const satisfies Record<string, { en: string; zh: string }>;
`;

let current = '';
try {
  current = readFileSync(output, 'utf8');
} catch {
  // Not written yet.
}
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error(`Out of date: ${relative(root, output)}. Run node scripts/hook-summaries.mjs`);
    process.exit(1);
  }
  console.log(`The summaries of ${summaries.length} hooks are up to date.`);
} else {
  if (current !== text) writeFileSync(output, text);
  console.log(`Wrote the summaries of ${summaries.length} hooks to ${relative(root, output)}.`);
}
