// `npm run test:vscode`: downloads VS Code (desktop) with @vscode/test-electron and
// runs the suite in test/vscode/suite inside it, with this folder's extension
// loaded and test/fixtures as the workspace. Needs a network that reaches
// update.code.visualstudio.com; VS_CODE_VERSION picks a version (default: stable).
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  try {
    await runTests({
      ...(process.env.VS_CODE_VERSION ? { version: process.env.VS_CODE_VERSION } : {}),
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'suite', 'index'),
      launchArgs: [path.join(root, 'test/fixtures'), '--disable-extensions', '--disable-workspace-trust'],
    });
  } catch (error) {
    console.error(`The VS Code tests failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

void main();
