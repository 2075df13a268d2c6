/**
 * The hooks every e2e suite shares: start a real VS Code on a workspace with the packaged
 * extension before the tests, keep a screenshot and the logs of every failed test, and close
 * VS Code and remove the scratch workspace afterwards.
 *
 * Environment: RAPPORTEUR_E2E_VSIX (the suite is skipped without it).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { codeServerBin, startVSCode, type StartOptions, type VSCodeSession } from './harness';

export interface E2EWorkspace {
  /** Folder VS Code opens. */
  folder: string;
  /** Removes what the setup made (a temporary copy of fixtures, say). */
  cleanup?: () => void;
}

/** Repo root: the folder holding test/e2e/setup.sh, walking up from this file (source or compiled). */
export function repoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'test', 'e2e', 'setup.sh'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

/**
 * Registers before/afterEach/after hooks in the calling `describe` and returns an accessor
 * for the running session.
 */
export function useVSCode(makeWorkspace: () => E2EWorkspace, options: Omit<StartOptions, 'workspace' | 'vsix'> = {}): () => VSCodeSession {
  let session: VSCodeSession | undefined;
  let workspace: E2EWorkspace | undefined;

  before(async function () {
    const vsix = process.env.RAPPORTEUR_E2E_VSIX;
    if (!vsix) {
      console.log('    (skipped: set RAPPORTEUR_E2E_VSIX to a .vsix to run the end-to-end tests)');
      this.skip();
    }
    if (!fs.existsSync(codeServerBin())) throw new Error(`code-server missing (${codeServerBin()}): run test/e2e/setup.sh`);
    workspace = makeWorkspace();
    session = await startVSCode({ ...options, workspace: workspace.folder, vsix: path.resolve(vsix!) });
  });

  afterEach(async function () {
    if (session && this.currentTest?.state === 'failed') {
      const dir = await session.saveFailureArtifacts(this.currentTest.fullTitle());
      console.log(`    failure artifacts (screenshot, code-server and extension logs): ${dir}`);
    }
  });

  after(async function () {
    await session?.close();
    workspace?.cleanup?.();
  });

  return () => {
    if (!session) throw new Error('VS Code is not running (the before hook failed)');
    return session;
  };
}
