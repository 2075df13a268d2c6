// What a user must see for the real report CTOC/COP/WG.4/2020/4 (test/fixtures), shared by
// the two suites that run the extension in a real VS Code: test/e2e (code-server) and
// test/vscode (@vscode/test-electron).

export const REPORT_FILE = 'CTOC-COP-WG.4-2020-4.unr';

/** Every diagnostic, 1-based line; nothing else may be reported. */
export const REPORT_PROBLEMS = [
  { code: 'paragraph-unnumbered', line: 26, message: 'This paragraph has no number: it should be paragraph 7.' },
  { code: 'paragraph-unnumbered', line: 36, message: 'This paragraph has no number: it should be paragraph 12.' },
  { code: 'paragraph-unnumbered', line: 50, message: 'This paragraph has no number: it should be paragraph 19.' },
  { code: 'list-duplicate-entry', line: 89, message: '"Australia" is named twice in this list.' },
  { code: 'symbol-unresolved', line: 99, message: 'CTOC/COP/WG.4/2020/INF/1/Rev.1 is not a draft being checked, nor in a documentation list or the document catalogue.' },
];

/** Numbered paragraphs of the report (the status bar shows `¶ 37`). */
export const REPORT_PARAGRAPHS = 37;

/** Words of the report's body (masthead and page furniture not counted): `rapporteur/status` and `check --stats`. */
export const REPORT_WORDS = 3216;

/** The title of agenda item 3, which the documentation list also gives CTOC/COP/WG.4/2020/3. */
export const AGENDA_ITEM_3_TITLE = 'Best practices in joint investigations and specialized prosecutions';

/** "agenda item 3" in paragraph 17 (1-based line, column) and the line of item 3 in the adopted agenda. */
export const AGENDA_ITEM_3_REFERENCE = { line: 46, column: 96 };
export const AGENDA_ITEM_3_LINE = 83;

/** Inside CTOC/COP/WG.4/2020/3 in the documentation list (1-based). */
export const SYMBOL_WG4_2020_3 = { line: 106, column: 140 };

export const REPORT_CHAPTERS = [
  'I. Introduction',
  'II. Recommendations',
  "III. Chair's summary of deliberations",
  'IV. Organization of the meeting',
  'V. Adoption of the report',
];
