// Reads the params and result types dingtalk-jsapi declares for its APIs (api/**/*.d.ts) and writes
// them as dingkit types, with the TypeScript compiler reading both the declarations and the code:
//
// - packages/core/src/catalog/jsapiTypes.generated.ts: a params and a result type for every API of
//   our catalog (GenericApiName) and `JsapiApiMap`, which ApiMap falls back to. Each part comes from
//   the per-API module (api/<ns>/.../<name>.d.ts) when it declares fields, else from an `api/union/`
//   module that calls the same API unchanged, else it stays an open record.
// - packages/core/src/catalog/jsapiUnionTypes.generated.ts: the types of every `api/union/` module
//   (the newer names such as `chooseImage`), as `JsapiUnionApiMap` (calls) and `JsapiUnionEventMap`
//   (the listeners of `bizEvent.*` events).
//
// What changes on the way: `any` becomes `unknown` (so `[key: string]: any` becomes an open record
// of `unknown`), callbacks (`onSuccess`, `extends ICommonAPIParams`, …) are dropped because dingkit
// returns promises, an empty params interface becomes `Record<string, never>` and an empty result
// `void`. Upstream's JSDoc stays on every field.
//
// A union module is not used for a catalog API when its registration rewrites the params
// (`paramsDeal` beyond filling in defaults) or the result (`resultDeal`): its declaration then
// describes the union name's shape, not what the catalog API takes or answers.
//
// Usage: node scripts/extract-types.mjs [--check]   (--check: fail if either file is out of date)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
const pkgDir = join(require.resolve('dingtalk-jsapi/package.json'), '..');
const pkgVersion = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
const apiDir = join(pkgDir, 'api');
const catalogDir = join(root, 'packages/core/src/catalog');
const catalogOutput = join(catalogDir, 'jsapiTypes.generated.ts');
const unionOutput = join(catalogDir, 'jsapiUnionTypes.generated.ts');

// paramsDeal helpers of lib/apiHelper.js that only fill in or force values, keeping the names.
const defaultsOnly = new Set([
  'genDefaultParamsDealFn',
  'forceChangeParamsDealFn',
  'addDefaultCorpIdParamsDeal',
  'addWatchParamsDeal',
]);

const parse = (file, kind = ts.ScriptKind.TS) =>
  ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, kind);

const fail = (message) => {
  throw new Error(`extract-types: ${message}`);
};

/** Our catalog's names: the string literals of the GenericApiName union in genericApis.ts. */
function catalogNames() {
  const source = parse(join(catalogDir, 'genericApis.ts'));
  const alias = source.statements.find(
    (s) => ts.isTypeAliasDeclaration(s) && s.name.text === 'GenericApiName',
  );
  if (!alias || !ts.isUnionTypeNode(alias.type)) fail('GenericApiName is not a union in genericApis.ts');
  return alias.type.types.map((node) => {
    if (!ts.isLiteralTypeNode(node) || !ts.isStringLiteral(node.literal))
      fail(`not a name: ${node.getText()}`);
    return node.literal.text;
  });
}

function* declarationFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* declarationFiles(path);
    else if (entry.name.endsWith('.d.ts')) yield path;
  }
}

/** The name a property access or call goes to (`a.b.setAPI(…)` → `setAPI`). */
const calleeName = (call) => {
  const callee = call.expression;
  return ts.isPropertyAccessExpression(callee)
    ? callee.name.text
    : ts.isIdentifier(callee)
      ? callee.text
      : '';
};

/**
 * What a module's code registers and calls: `ddSdk.setAPI(name, config)`, `ddSdk.invokeAPI(name, …)`
 * or `getExportSdk().on('bizEvent.' + name, …)`, and whether the config rewrites params or results.
 */
function readCode(file) {
  const source = parse(file, ts.ScriptKind.JS);
  const initializers = new Map();
  const calls = [];
  const collect = (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      initializers.set(node.name.text, node.initializer);
    }
    if (ts.isCallExpression(node)) calls.push(node);
    ts.forEachChild(node, collect);
  };
  collect(source);
  const resolve = (node) =>
    node && ts.isIdentifier(node) && initializers.has(node.text)
      ? resolve(initializers.get(node.text))
      : node;
  const text = (node) => {
    const value = resolve(node);
    if (!value) return undefined;
    if (ts.isStringLiteralLike(value)) return value.text;
    if (ts.isBinaryExpression(value) && value.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const [left, right] = [text(value.left), text(value.right)];
      return left !== undefined && right !== undefined ? left + right : undefined;
    }
    return undefined;
  };

  const registered = calls.filter((c) => calleeName(c) === 'setAPI');
  if (registered.length !== 1) fail(`${file} registers ${registered.length} APIs`);
  const [setApi] = registered;
  // The helper a paramsDeal/resultDeal entry of the registration resolves to ('' for inline code).
  const deals = { paramsDeal: [], resultDeal: [] };
  const findDeals = (node) => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text in deals) {
      const value = resolve(node.initializer);
      const helper = ts.isCallExpression(value)
        ? calleeName(value)
        : ts.isPropertyAccessExpression(value)
          ? value.name.text
          : '';
      deals[node.name.text].push(helper);
    }
    ts.forEachChild(node, findDeals);
  };
  findDeals(setApi.arguments[1]);

  const invoke = calls.find((c) => calleeName(c) === 'invokeAPI');
  const listen = calls.find(
    (c) => ['on', 'off'].includes(calleeName(c)) && text(c.arguments[0])?.startsWith('bizEvent.'),
  );
  let action;
  if (invoke?.arguments[1]) {
    const findAction = (node) => {
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === '_action') {
        action = text(node.initializer);
      }
      ts.forEachChild(node, findAction);
    };
    findAction(invoke.arguments[1]);
  }
  return {
    registers: text(setApi.arguments[0]),
    calls: invoke ? text(invoke.arguments[0]) : undefined,
    action,
    event: listen ? { name: text(listen.arguments[0]), subscribe: calleeName(listen) === 'on' } : undefined,
    rewritesParams: deals.paramsDeal.some((helper) => !defaultsOnly.has(helper)),
    rewritesResult: deals.resultDeal.length > 0,
  };
}

/** The text of a node's JSDoc without its tags, as lines. */
function docLines(node) {
  const lines = [];
  for (const doc of ts.getJSDocCommentsAndTags(node)) {
    if (!ts.isJSDoc(doc)) continue;
    const comment = ts.getTextOfJSDocComment(doc.comment);
    if (comment)
      lines.push(
        ...comment
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      );
  }
  return lines;
}

/**
 * One module of api/: the declarations of its params and result (or listener payload), its
 * description, and what its code does.
 */
function readModule(file) {
  const path = relative(apiDir, file)
    .replace(/\.d\.ts$/, '')
    .split(sep)
    .join('/');
  const source = parse(file);
  const declarations = new Map();
  let fn;
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) {
      declarations.set(statement.name.text, statement);
    } else if (ts.isFunctionDeclaration(statement)) fn = statement;
  }
  if (!fn) fail(`${path}.d.ts declares no function`);
  const refName = (node) =>
    node && ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) ? node.typeName.text : undefined;
  const paramsName = refName(fn.parameters[0]?.type);
  const returned = fn.type;
  const promised = refName(returned) === 'Promise' ? refName(returned.typeArguments?.[0]) : undefined;
  // A listener (`onX(callback)`, `offX(callback)`) returns nothing; its payload is the other declaration.
  const resultName = promised ?? [...declarations.keys()].find((name) => name !== paramsName);
  const params = declarations.get(paramsName);
  const result = declarations.get(resultName);
  if (!params || !result) fail(`${path}.d.ts: cannot find its params or result declaration`);
  return {
    path,
    union: path.startsWith('union/'),
    name: path.split('/').pop(),
    params,
    result,
    renames: new Map([
      [paramsName, 'Params'],
      [resultName, 'Result'],
    ]),
    description: docLines(fn)[0] ?? '',
    code: readCode(join(apiDir, `${path}.js`)),
  };
}

/** Whether a declaration is upstream's untyped `{ [key: string]: any }`. */
function isUntyped(declaration) {
  if (!ts.isInterfaceDeclaration(declaration) || declaration.heritageClauses) return false;
  return (
    declaration.members.length === 1 &&
    ts.isIndexSignatureDeclaration(declaration.members[0]) &&
    declaration.members[0].type.kind === ts.SyntaxKind.AnyKeyword
  );
}

const isCallback = (type) =>
  !!type &&
  (ts.isFunctionTypeNode(type) || (ts.isTypeReferenceNode(type) && type.typeName.getText() === 'Function'));

const printer = ts.createPrinter({ removeComments: false, newLine: ts.NewLineKind.LineFeed });
// The printer indents by 4; we indent by 2 (JSDoc continuation lines keep their extra space).
const reindent = (text) =>
  text.replace(/^( +)/gm, (spaces) => ' '.repeat(Math.floor(spaces.length / 4) * 2 + (spaces.length % 4)));

// Upstream's descriptions end in either script's punctuation, or in none.
const sentence = (text) => (/[.。!！?？]$/.test(text) ? text : `${text}.`);

const jsdoc = (lines) =>
  lines.length === 1 ? `/** ${lines[0]} */` : `/**\n${lines.map((line) => ` * ${line}`).join('\n')}\n */`;

/**
 * Prints one upstream declaration as `name`: `any` → `unknown`, callbacks and `ICommonAPIParams`
 * dropped, references to the module's other declaration renamed through `rename`.
 */
function printDeclaration(declaration, name, { doc, rename, role }) {
  const source = declaration.getSourceFile();
  const { factory } = ts;
  const transformed = ts.transform(declaration, [
    (context) => (node) => {
      const visit = (child) => {
        if (child.kind === ts.SyntaxKind.AnyKeyword)
          return factory.createKeywordTypeNode(ts.SyntaxKind.UnknownKeyword);
        if (ts.isPropertySignature(child) && isCallback(child.type)) return undefined;
        if (ts.isTypeReferenceNode(child)) {
          const target = child.typeName.getText();
          if (rename.has(target)) return factory.createTypeReferenceNode(rename.get(target));
          if (target !== 'Array') fail(`${source.fileName}: unexpected type ${target}`);
        }
        // ICommonAPIParams holds nothing but the callbacks (success, onFail, …).
        if (ts.isHeritageClause(child)) {
          if (child.getText() !== 'extends ICommonAPIParams') fail(`${source.fileName}: ${child.getText()}`);
          return undefined;
        }
        if (ts.isFunctionTypeNode(child)) fail(`${source.fileName}: a function type outside a callback`);
        return ts.visitEachChild(child, visit, context);
      };
      return ts.visitEachChild(node, visit, context);
    },
  ]).transformed[0];
  const exported = [factory.createModifier(ts.SyntaxKind.ExportKeyword)];
  let body;
  if (ts.isInterfaceDeclaration(transformed) && transformed.members.length === 0) {
    // Nothing declared: a params object with no keys, a result with nothing to read.
    body = `export type ${name} = ${role === 'params' ? 'Record<string, never>' : 'void'};`;
  } else {
    const renamed = ts.isInterfaceDeclaration(transformed)
      ? factory.updateInterfaceDeclaration(
          transformed,
          exported,
          factory.createIdentifier(name),
          undefined,
          undefined,
          transformed.members,
        )
      : factory.updateTypeAliasDeclaration(
          transformed,
          exported,
          factory.createIdentifier(name),
          undefined,
          transformed.type,
        );
    ts.setEmitFlags(renamed, ts.EmitFlags.NoLeadingComments);
    body = reindent(printer.printNode(ts.EmitHint.Unspecified, renamed, source));
  }
  const upstream = docLines(declaration).filter((line) => !/请求参数定义$|返回结果定义$/.test(line));
  return `${jsdoc([...doc, ...upstream])}\n${body}`;
}

// `device.geolocation.get` → `DeviceGeolocationGet`, `chooseImage` → `UnionChooseImage`.
const pascal = (name) =>
  name
    .split('.')
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');

const names = catalogNames();
if (names.length < 100) fail(`read only ${names.length} API names from genericApis.ts`);

const legacy = new Map();
const unions = [];
for (const file of declarationFiles(apiDir)) {
  if (!relative(apiDir, file).includes(sep)) continue; // api/index.d.ts, api/apiObj.d.ts
  const module = readModule(file);
  if (module.union) unions.push(module);
  else legacy.set(module.code.registers, module);
}
for (const [name, module] of legacy) {
  if (module.path.split('/').join('.') !== name) fail(`${module.path} registers ${name}`);
}

// ----- api/union/ -----
const unionLines = [];
const unionCalls = [];
const events = new Map();
for (const module of unions) {
  const base = `Union${pascal(module.name)}`;
  const rename = new Map([...module.renames].map(([from, to]) => [from, base + to]));
  const source = `api/${module.path}.d.ts`;
  const { code } = module;
  if (code.event) {
    // Listener modules take a callback; the payload type is declared once, by the subscribing one.
    const event = events.get(code.event.name) ?? { on: '', off: '', payload: '' };
    event[code.event.subscribe ? 'on' : 'off'] = module.name;
    if (code.event.subscribe) {
      event.payload = `${base}Payload`;
      const doc = [`What \`${module.name}\` hands its listener: ${module.description} (${source}).`];
      unionLines.push(printDeclaration(module.result, event.payload, { doc, rename, role: 'result' }));
    }
    events.set(code.event.name, event);
    continue;
  }
  if (!code.calls) fail(`${source}: neither calls an API nor listens to an event`);
  for (const role of ['params', 'result']) {
    const doc = [`\`${module.name}\` ${role}: ${module.description} (${source}).`];
    unionLines.push(
      printDeclaration(module[role], base + (role === 'params' ? 'Params' : 'Result'), { doc, rename, role }),
    );
  }
  unionCalls.push({ module, base });
}

const unionMapEntries = unionCalls.map(({ module, base }) => {
  const { code } = module;
  const notes = [
    `${sentence(module.description)} Calls \`${code.calls}\`${code.action ? ` with \`_action: '${code.action}'\`` : ''}.`,
  ];
  if (code.rewritesParams)
    notes.push(`dingtalk-jsapi rewrites these params before calling \`${code.calls}\`.`);
  if (code.rewritesResult)
    notes.push(`dingtalk-jsapi rewrites the result of \`${code.calls}\` into this one.`);
  const action = code.action ? `; action: '${code.action}'` : '';
  return `  ${jsdoc(notes).replace(/\n/g, '\n  ')}\n  ${module.name}: { params: ${base}Params; result: ${base}Result; calls: '${code.calls}'${action} };`;
});
const eventEntries = [...events]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([name, { on, off, payload }]) => {
    if (!payload) fail(`${name}: no listener module subscribes to it`);
    const how = `\`${on}(listener)\` subscribes${off ? `, \`${off}(listener)\` unsubscribes` : ''}.`;
    return `  /** ${how} */\n  '${name}': ${payload};`;
  });

const header = (
  what,
) => `// Generated by scripts/extract-types.mjs from dingtalk-jsapi ${pkgVersion}. Do not edit: run
// \`node scripts/extract-types.mjs\` after changing genericApis.ts or upgrading dingtalk-jsapi.
// ${what}
`;

const unionText = `${header('The types of every api/union/ module (the newer API names), not yet in the catalog.')}
${unionLines.join('\n\n')}

/**
 * The calls of dingtalk-jsapi's newer API names (\`api/union/*\`) with their params and results,
 * and the catalog API each one calls (\`calls\`; \`action\` for the ones that go through
 * \`runtime.h5nuvabridge.exec\`).
 */
export interface JsapiUnionApiMap {
${unionMapEntries.join('\n')}
}

/** The \`bizEvent.*\` events of dingtalk-jsapi's newer API names, with what their listeners get. */
export interface JsapiUnionEventMap {
${eventEntries.join('\n')}
}
`;

// ----- the catalog -----
const usable = (module, role) =>
  !isUntyped(module[role]) && !(role === 'params' ? module.code.rewritesParams : module.code.rewritesResult);

const catalogLines = [];
const imports = new Set();
const catalogEntries = [];
const sources = { legacy: 0, union: 0, open: 0 };
for (const name of [...names].sort()) {
  const base = pascal(name);
  const own = legacy.get(name);
  const viaUnion = unions.filter((module) => module.code.calls === name);
  const entry = [];
  for (const role of ['params', 'result']) {
    const typeName = base + (role === 'params' ? 'Params' : 'Result');
    entry.push(`${role}: ${typeName}`);
    const union = viaUnion.find((module) => usable(module, role));
    if (own && !isUntyped(own[role])) {
      const doc = [`\`${name}\` ${role}: ${own.description} (api/${own.path}.d.ts).`];
      const rename = new Map([...own.renames].map(([from, to]) => [from, base + to]));
      catalogLines.push(printDeclaration(own[role], typeName, { doc, rename, role }));
      sources.legacy++;
    } else if (union) {
      const unionType = `Union${pascal(union.name)}${role === 'params' ? 'Params' : 'Result'}`;
      imports.add(unionType);
      const untyped = own ? ` (api/${own.path}.d.ts is untyped)` : '';
      catalogLines.push(
        `${jsdoc([`\`${name}\` ${role}, as \`${union.name}\` declares them${untyped}.`])}\nexport type ${typeName} = ${unionType};`,
      );
      sources.union++;
    } else {
      const why = own
        ? `api/${own.path}.d.ts types it \`{ [key: string]: any }\` and no union module that passes them on unchanged declares them`
        : 'dingtalk-jsapi has no module for it';
      catalogLines.push(
        `${jsdoc([`\`${name}\` ${role}: ${why}.`])}\nexport interface ${typeName} {\n  [key: string]: unknown;\n}`,
      );
      sources.open++;
    }
  }
  catalogEntries.push(`  '${name}': { ${entry.join('; ')} };`);
}

const catalogText = `${header("The params and results of the catalog's APIs as dingtalk-jsapi declares them.")}${
  imports.size
    ? `import type {\n${[...imports]
        .sort()
        .map((type) => `  ${type},`)
        .join('\n')}\n} from './jsapiUnionTypes.generated';\n`
    : ''
}
${catalogLines.join('\n\n')}

/**
 * Every API of the catalog with its params and result as dingtalk-jsapi declares them: what
 * ApiMap falls back to where dingkit has no hand-written type.
 */
export interface JsapiApiMap {
${catalogEntries.join('\n')}
}
`;

const outputs = [
  [catalogOutput, catalogText],
  [unionOutput, unionText],
];
if (process.argv.includes('--check')) {
  const stale = outputs.filter(([file, text]) => {
    try {
      return readFileSync(file, 'utf8') !== text;
    } catch {
      return true;
    }
  });
  for (const [file] of stale)
    console.error(`${relative(root, file)} is out of date: run node scripts/extract-types.mjs`);
  if (stale.length) process.exit(1);
  console.log('The generated JS-API types are up to date.');
} else {
  for (const [file, text] of outputs) writeFileSync(file, text);
  console.log(
    `Read dingtalk-jsapi ${pkgVersion}: ${names.length} catalog APIs (parts from per-API modules: ${sources.legacy}, from union modules: ${sources.union}, open records: ${sources.open}); ${unionCalls.length} union calls and ${events.size} events.`,
  );
}
