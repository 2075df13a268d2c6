// The extension manifest agrees with the code: every rule code is a setting,
// the language is contributed as the client expects, .txt drafts are recognized.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_CODES, RULES } from '../../server/src/core';

const manifest = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8'));

describe('the extension manifest', () => {
  it('offers every rule code in rapporteur.rules, with its default severity', () => {
    const rules = manifest.contributes.configuration.properties['rapporteur.rules'];
    assert.deepEqual(Object.keys(rules.properties), RULE_CODES);
    for (const code of RULE_CODES) assert.equal(rules.properties[code].default, RULES[code], code);
    assert.deepEqual(rules.additionalProperties.enum, ['error', 'warning', 'information', 'hint', 'off']);
  });

  it('contributes the un-report language, its grammar and snippets, and starts from dist/extension.js', () => {
    const [language] = manifest.contributes.languages;
    assert.equal(language.id, 'un-report');
    assert.deepEqual(language.extensions, ['.unr']);
    assert.equal(manifest.contributes.grammars[0].scopeName, 'text.un-report');
    assert.equal(manifest.main, './dist/extension.js');
    assert.deepEqual(manifest.activationEvents, ['onLanguage:un-report']);
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
  });

  it('recognizes a .txt draft by a document symbol on its first line, and nothing else', () => {
    const firstLine = new RegExp(manifest.contributes.languages[0].firstLine);
    for (const line of ['CTOC/COP/WG.4/2020/4', '\ufeffA/75/123', 'S/RES/955 (1994)', 'A/C.3/78/L.60/Rev.1*', 'E/CN.15/2020/1 ']) assert.ok(firstLine.test(line), line);
    for (const line of ['and/or', 'AB/CD', 'Report of the meeting', 'A/75/123 was issued', '24/7']) assert.ok(!firstLine.test(line), line);
  });

  it('contributes the editing commands under their own ids (the server’s are registered by the language client), for drafts only', () => {
    const commands = manifest.contributes.commands.map((c: { command: string }) => c.command);
    assert.deepEqual(commands, ['rapporteur.restartServer', 'rapporteur.renumberParagraphsInEditor', 'rapporteur.insertParagraphAfterCursor', 'rapporteur.importDocument', 'rapporteur.exportToWord', 'rapporteur.openPreviewToSide']);
    assert.ok(!commands.includes('rapporteur.renumberParagraphs') && !commands.includes('rapporteur.insertParagraphAfter'));
    for (const entry of [...manifest.contributes.menus['editor/context'], ...manifest.contributes.menus.commandPalette]) assert.equal(entry.when, 'editorLangId == un-report');
    const client = ['commands.ts', 'preview.ts'].map((file) => readFileSync(join(__dirname, '../../../client/src', file), 'utf8')).join('\n');
    for (const command of commands.slice(1).filter((c: string) => c !== 'rapporteur.importDocument')) assert.ok(client.includes(`'${command}'`), command);
  });

  it('contributes "Import Word or PDF Document…" everywhere, and in the explorer for .docx, .pdf and .txt', () => {
    const command = manifest.contributes.commands.find((c: { command: string }) => c.command === 'rapporteur.importDocument');
    assert.equal(`${command.category}: ${command.title}`, 'Rapporteur: Import Word or PDF Document…');
    const [explorer] = manifest.contributes.menus['explorer/context'];
    const when = /resourceExtname =~ \/(.*)\/i$/.exec(explorer.when)!;
    for (const name of ['.docx', '.PDF', '.txt']) assert.ok(new RegExp(when[1], 'i').test(name), name);
    assert.ok(!new RegExp(when[1], 'i').test('.unr'));
    const client = readFileSync(join(__dirname, '../../../client/src/importCommand.ts'), 'utf8');
    assert.ok(client.includes("'rapporteur.importDocument'") && client.includes("'rapporteur/import'"));
    const extension = readFileSync(join(__dirname, '../../../dist/extension.js'), 'utf8');
    assert.ok(extension.includes('rapporteur/import'), 'registered at activation, in the entry bundle');
  });

  it('activates from a small entry bundle that leaves vscode-languageclient to dist/languageClient.js, and packages both', () => {
    // The built bundles (npm test builds first). The entry requires only these; the language
    // client is loaded after activation (client/src/lazyClient.ts, BENCHMARKS.md "5. activation").
    const entry = readFileSync(join(__dirname, '../../../dist/extension.js'), 'utf8');
    const required = new Set([...entry.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]));
    assert.deepEqual([...required].sort(), ['./languageClient.js', 'node:path', 'vscode']);
    assert.ok(!entry.includes('vscode-languageclient') && !entry.includes('createDefaultErrorHandler'));
    const languageClient = readFileSync(join(__dirname, '../../../dist/languageClient.js'), 'utf8');
    assert.ok(languageClient.includes('createDefaultErrorHandler'));
    const packaged = readFileSync(join(__dirname, '../../../.vscodeignore'), 'utf8').split('\n');
    for (const bundle of ['extension', 'languageClient', 'server', 'summarizer', 'pdfText', 'pdfWorker', 'docxExport']) assert.ok(packaged.includes(`!dist/${bundle}.js`), bundle);
  });
});
