// dingtalk-jsapi's declarations as scripts/extract-types.mjs translates them, kept in step with the
// installed package, and dingkit's types, which must be at least as precise: the TypeScript
// compiler reads both maps and walks every API's params and result side by side.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const catalogDir = fileURLToPath(new URL('.', import.meta.url));
const fixtureFile = `${catalogDir}precision.fixture.ts`;

// Each test compiles a TypeScript program: seconds on a busy machine, so a generous bound.
describe('the generated JS-API types', { timeout: 60_000 }, () => {
  it('match genericApis.ts and the installed dingtalk-jsapi', () => {
    const script = fileURLToPath(new URL('../../../../scripts/extract-types.mjs', import.meta.url));
    const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

/** A program over the catalog's types plus an in-memory fixture module beside them. */
function load(fixture: string) {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => file === fixtureFile || fileExists(file);
  host.readFile = (file) => (file === fixtureFile ? fixture : readFile(file));
  host.getSourceFile = (file, language, ...rest) =>
    file === fixtureFile
      ? ts.createSourceFile(file, fixture, language)
      : getSourceFile.call(host, file, language, ...rest);
  const program = ts.createProgram([fixtureFile], options, host);
  const errors = ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  if (errors.length) throw new Error(`the fixture does not compile:\n${errors.join('\n')}`);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(fixtureFile)!;
  const exported = (name: string): ts.Type => {
    const symbol = checker
      .getExportsOfModule(checker.getSymbolAtLocation(source)!)
      .find((s) => s.name === name);
    if (!symbol) throw new Error(`the fixture exports no ${name}`);
    return checker.getDeclaredTypeOfSymbol(symbol);
  };
  return { checker, exported };
}

/**
 * Where `ours` is less precise than `theirs`, one line each: an open record where they declare
 * fields, a field they declare that ours lacks, `unknown` where they have a type, a type wider
 * than or outside theirs (e.g. `string` for their `'wifi' | 'gps'`), a list where they declare one
 * object, recursively through fields and arrays. Fields ours adds, narrower types and which
 * fields are optional are not less precise.
 */
function lessPrecise(checker: ts.TypeChecker, ours: ts.Type, theirs: ts.Type, path: string): string[] {
  const show = (type: ts.Type) => checker.typeToString(type);
  const unknownish = (type: ts.Type) => (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0;
  const isObject = (type: ts.Type) =>
    (type.flags & ts.TypeFlags.Object) !== 0 &&
    !checker.isArrayType(type) &&
    !type.getCallSignatures().length;
  const element = (type: ts.Type) => checker.getTypeArguments(type as ts.TypeReference)[0]!;
  if (unknownish(theirs) || theirs.flags & ts.TypeFlags.Void) return [];
  if (unknownish(ours)) return [`${path}: unknown where dingtalk-jsapi has ${show(theirs)}`];
  const [a, b] = [checker.getNonNullableType(ours), checker.getNonNullableType(theirs)];
  // A union of shapes (e.g. biz.ding.post by `type`): each shape must be as precise.
  if (a.isUnion() && a.types.every(isObject)) {
    return a.types.flatMap((shape) => lessPrecise(checker, shape, b, path));
  }
  // Their union of shapes: ours must be as precise as the one it comes closest to (the fewest
  // findings, then the most fields in common).
  if (b.isUnion() && b.types.every(isObject)) {
    const shared = (shape: ts.Type) =>
      checker.getPropertiesOfType(shape).filter((f) => checker.getPropertyOfType(a, f.name)).length;
    const tries = b.types.map((shape) => ({
      found: lessPrecise(checker, a, shape, path),
      shared: shared(shape),
    }));
    const best = (x: (typeof tries)[0], y: (typeof tries)[0]) =>
      y.found.length < x.found.length || (y.found.length === x.found.length && y.shared > x.shared) ? y : x;
    return tries.reduce(best).found;
  }
  if (checker.isArrayType(b)) {
    if (!checker.isArrayType(a)) return [`${path}: ${show(a)} where dingtalk-jsapi has an array`];
    return lessPrecise(checker, element(a), element(b), `${path}[]`);
  }
  if (isObject(b)) {
    const fields = checker.getPropertiesOfType(b);
    if (!fields.length) return [];
    if (checker.isArrayType(a)) {
      return [
        `${path}: a list where dingtalk-jsapi declares one object`,
        ...lessPrecise(checker, element(a), b, `${path}[]`),
      ];
    }
    if (!isObject(a)) return [`${path}: ${show(a)} where dingtalk-jsapi declares fields`];
    if (!checker.getPropertiesOfType(a).length) {
      return [
        `${path}: an open record where dingtalk-jsapi declares ${fields.map((f) => f.name).join(', ')}`,
      ];
    }
    return fields.flatMap((field) => {
      const mine = checker.getPropertyOfType(a, field.name);
      if (!mine) return [`${path}.${field.name}: missing (dingtalk-jsapi declares it)`];
      return lessPrecise(
        checker,
        checker.getTypeOfSymbol(mine),
        checker.getTypeOfSymbol(field),
        `${path}.${field.name}`,
      );
    });
  }
  return checker.isTypeAssignableTo(a, b) ? [] : [`${path}: ${show(a)} where dingtalk-jsapi has ${show(b)}`];
}

/** Every API of `ours` compared with the same API of `theirs` (two `{ [api]: { params, result } }` maps). */
function compareMaps(fixture: string) {
  const { checker, exported } = load(fixture);
  const [ours, theirs] = [exported('Ours'), exported('Theirs')];
  const part = (map: ts.Type, api: string, role: string) =>
    checker.getTypeOfSymbol(
      checker.getPropertyOfType(checker.getTypeOfSymbol(checker.getPropertyOfType(map, api)!), role)!,
    );
  const apis = checker.getPropertiesOfType(theirs).map((p) => p.name);
  const findings = apis.flatMap((api) =>
    ['params', 'result'].flatMap((role) =>
      lessPrecise(checker, part(ours, api, role), part(theirs, api, role), `${api} ${role}`),
    ),
  );
  return { apis, findings };
}

const catalogFixture = (ours: string) => `
import type { ApiMap } from './ApiMap';
import type { JsapiApiMap } from './jsapiTypes.generated';
export type Ours = ${ours};
export type Theirs = JsapiApiMap;
`;

/**
 * Where dingkit's type departs from dingtalk-jsapi's declaration on purpose, and why: the DingTalk
 * reference (the PC doc) or the package itself says otherwise. Each must still be found, so the
 * list cannot outlive the difference.
 */
const upstreamErrors: Record<string, string> = {
  'biz.contact.choose result: a list where dingtalk-jsapi declares one object':
    'The PC reference answers a list of people; `chooseStaffForPC` declares one person.',
  'biz.customContact.choose result: a list where dingtalk-jsapi declares one object':
    'The PC reference answers a list of people; `chooseUserFromList` declares one person.',
  'biz.customContact.choose result[].userId: missing (dingtalk-jsapi declares it)':
    'The PC reference names the field `emplId`; `chooseUserFromList` calls it `userId`.',
  'biz.contact.externalComplexPicker result: a list where dingtalk-jsapi declares one object':
    'A picker with `multiple` and `maxUsers` answers everyone chosen; `chooseExternalUsers` declares one.',
  'biz.contact.complexPicker result.departments[].number: string | number where dingtalk-jsapi has string':
    'complexPicker.d.ts says string, `complexChoose` (the same API) says number: dingkit takes both.',
  'biz.contact.departmentsPicker result.departments[].number: string | number where dingtalk-jsapi has number':
    'The same department count as complexPicker, which complexPicker.d.ts declares a string.',
  'biz.util.isLocalFileExist params.url: missing (dingtalk-jsapi declares it)':
    'The PC reference takes `params: [{ url }]`; `isLocalFileExist` (union) declares a single `url`.',
  'biz.util.scan result.code: missing (dingtalk-jsapi declares it)':
    "`scan` (union) declares the mini-program's `{ code }`; biz.util.scan answers `{ text }`, passed on unchanged.",
  'device.notification.toast params.type: ToastType where dingtalk-jsapi has "alert" | "success" | "error" | "warning" | "information"':
    "The PC reference lists `confirm` too, and so does the declaration's own comment.",
};

describe('the catalog types against dingtalk-jsapi', { timeout: 60_000 }, () => {
  it('has no API whose params or result is less precise than upstream', () => {
    const { apis, findings } = compareMaps(catalogFixture('ApiMap'));
    expect(apis).toHaveLength(113);
    const unexplained = findings.filter((line) => !(line in upstreamErrors));
    expect(unexplained).toEqual([]);
    const lessPreciseApis = new Set(unexplained.map((line) => line.split(' ')[0]));
    expect(lessPreciseApis.size).toBe(0);
    expect(Object.keys(upstreamErrors).filter((line) => !findings.includes(line))).toEqual([]);
  });

  it('counts an API weakened to open records', () => {
    const weakened = `Omit<ApiMap, 'device.geolocation.get' | 'device.notification.confirm'> & {
      'device.geolocation.get': { params: Record<string, unknown>; result: Record<string, unknown> };
      'device.notification.confirm': { params: ApiMap['device.notification.confirm']['params']; result: { buttonIndex: unknown } };
    }`;
    const { findings } = compareMaps(catalogFixture(weakened));
    const apis = new Set(
      findings.filter((line) => !(line in upstreamErrors)).map((line) => line.split(' ')[0]),
    );
    expect([...apis].sort()).toEqual(['device.geolocation.get', 'device.notification.confirm']);
    expect(findings).toContain(
      'device.geolocation.get params: an open record where dingtalk-jsapi declares targetAccuracy, coordinate, withReGeocode, useCache',
    );
    expect(findings).toContain(
      'device.notification.confirm result.buttonIndex: unknown where dingtalk-jsapi has number',
    );
  });

  it('finds each kind of lost precision, however deep', () => {
    const { findings } = compareMaps(`
      interface Item { id: string; kind: 'a' | 'b'; tags: string[] }
      export interface Theirs {
        x: { params: { name: string; item: Item; items: Item[]; count: number }; result: { ok: boolean } };
        y: { params: { [key: string]: unknown }; result: void };
        z: { params: { a: string } | { b: number; c: string }; result: Item };
      }
      export interface Ours {
        x: {
          params: { item: { id: string; kind: string; tags: unknown }; items: { id: string; kind: 'a'; tags: number[] }[]; count: number | string };
          result: Record<string, unknown>;
        };
        y: { params: Record<string, unknown>; result: { anything: true } };
        z: { params: { b: 1 | 2 }; result: { id: string; kind: 'b'; tags: string[] }[] };
      }
    `);
    expect(findings).toEqual([
      'x params.name: missing (dingtalk-jsapi declares it)',
      'x params.item.kind: string where dingtalk-jsapi has "a" | "b"',
      'x params.item.tags: unknown where dingtalk-jsapi has string[]',
      'x params.items[].tags[]: number where dingtalk-jsapi has string',
      'x params.count: string | number where dingtalk-jsapi has number',
      'x result: an open record where dingtalk-jsapi declares ok',
      'z params.c: missing (dingtalk-jsapi declares it)',
      'z result: a list where dingtalk-jsapi declares one object',
    ]);
  });
});
