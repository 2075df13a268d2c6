// No array of unbounded length may be spread into a call: every element becomes an
// argument on the stack, and a list of 130,000 items or a reference to 150,000
// paragraphs once threw "Maximum call stack size exceeded" from `push(...items)` and
// `Math.max(...ends)`. Append in a loop, or use `concat`. `Function.prototype.apply`
// with an array is the same call in another spelling.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

const ROOT = join(__dirname, '../../..');
const SOURCES = ['server/src', 'client/src'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** `(...args) => handler(...args)`: forwarding a function's own rest parameter is bounded by its call. */
function isRestParameter(node: ts.SpreadElement): boolean {
  if (!ts.isIdentifier(node.expression)) return false;
  const name = node.expression.text;
  for (let scope: ts.Node | undefined = node.parent; scope; scope = scope.parent) {
    if (ts.isFunctionLike(scope)) {
      const parameter = scope.parameters.find((p) => ts.isIdentifier(p.name) && p.name.text === name);
      if (parameter) return parameter.dotDotDotToken !== undefined;
    }
  }
  return false;
}

function isSpreadArgument(node: ts.Node): boolean {
  return ts.isSpreadElement(node) && (ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent)) && !isRestParameter(node);
}

/** `f.apply(self, array)`. */
function isApplyWithArray(node: ts.Node): boolean {
  return ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'apply' && node.arguments.length === 2;
}

/** `LINE  code` of every spread argument and `apply` of a source text. */
function spreadsIn(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (isSpreadArgument(node) || isApplyWithArray(node)) found.push(`${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}  ${node.getText(source)}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('calls of the server and the client', () => {
  it('never spread an array into arguments', () => {
    const found = SOURCES.flatMap((dir) => sources(join(ROOT, dir))).flatMap((file) =>
      spreadsIn(file, readFileSync(file, 'utf8')).map((spread) => `${relative(ROOT, file).split('\\').join('/')}:${spread}`),
    );
    assert.deepEqual(found, [], 'append in a loop (for … of … push) or use concat');
  });

  it('finds spreads into calls, not into array literals or of a rest parameter', () => {
    const text = ['a.push(...b);', 'Math.max(...c);', 'new Set(...d);', 'f.apply(null, e);', 'const g = (...h: number[]) => k(...h);', 'const m = [...n];', 'this.apply(o);'].join('\n');
    assert.deepEqual(spreadsIn('probe.ts', text), ['1  ...b', '2  ...c', '3  ...d', '4  f.apply(null, e)']);
  });
});
