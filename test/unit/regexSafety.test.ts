// No regular expression of the language core may run from every start position to
// an end anchor: V8 tries `/[.;:,]+$/` at each position of a long run of full stops,
// which is quadratic (a 100 KB line of dots took 8.5 s before `trimEndOf`). The
// fuzz found that one; this test keeps the pattern from coming back.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const CORE = join(__dirname, '../../../server/src/core');

/** Regular expressions reviewed and bounded: file → why. */
const BOUNDED: Record<string, string> = {
  'features/common.ts': 'DANGLING and the trailing-space trim run on a truncated preview of at most `max` characters',
  'features/completion.ts': 'AGENDA and PARAGRAPH run on the last 200 characters before the cursor',
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** Regex literals of a line (good enough for this code base: no division on such lines). */
function literals(line: string): string[] {
  return [...line.matchAll(/\/((?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\n\\[])+)\/[dgimsuy]*/g)].map((match) => match[1]);
}

/** Ends in a repeated group or class and `$`, without `^` to anchor its start. */
function runsToEnd(body: string): boolean {
  return !body.startsWith('^') && /[+*]\)?\$$/.test(body);
}

describe('regular expressions of the core', () => {
  it('never run an unanchored repetition up to the end of the text', () => {
    const offenders: string[] = [];
    for (const file of sources(CORE)) {
      const name = relative(CORE, file).split('\\').join('/');
      if (BOUNDED[name]) continue;
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (line.trim().startsWith('//') || line.trim().startsWith('*')) return;
        for (const body of literals(line)) if (runsToEnd(body)) offenders.push(`${name}:${i + 1}  /${body}/`);
      });
    }
    assert.deepEqual(offenders, [], 'use trimEndOf (core/text.ts), or anchor the pattern, or bound its input and list it in BOUNDED');
  });
});
