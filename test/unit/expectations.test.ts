// The expectations the real-VS-Code suites share (test/expectations) must be what the core
// finds, so that a failure there means the editor, not a stale expectation.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workspace } from '../../server/src/core';
import { AGENDA_ITEM_3_LINE, AGENDA_ITEM_3_TITLE, REPORT_CHAPTERS, REPORT_FILE, REPORT_PARAGRAPHS, REPORT_PROBLEMS } from '../expectations/realReport';

const fixtures = join(__dirname, '../../../test/fixtures');

describe('the shared expectations of the real report', () => {
  const workspace = new Workspace();
  const agendaDocument = 'CTOC-COP-WG.4-2020-1.unr';
  workspace.set(`file:///ws/${agendaDocument}`, readFileSync(join(fixtures, 'workspace', agendaDocument), 'utf8'));
  const uri = `file:///ws/${REPORT_FILE}`;
  const draft = workspace.set(uri, readFileSync(join(fixtures, REPORT_FILE), 'utf8'));

  it('lists exactly the diagnostics the core reports', () => {
    const got = workspace.check(uri).map((d) => ({ code: d.code, line: draft.lineMap.position(d.span.start).line + 1, message: d.message }));
    assert.deepEqual(got, REPORT_PROBLEMS);
  });

  it('counts the paragraphs, chapters and agenda item 3 as the core reads them', () => {
    assert.equal(draft.paragraphs.length, REPORT_PARAGRAPHS);
    assert.deepEqual(draft.headings.filter((h) => h.kind === 'chapter').map((h) => `${h.label}. ${h.title}`), REPORT_CHAPTERS);
    const item3 = draft.agenda?.items.find((item) => item.number === 3);
    assert.equal(item3?.title.replace(/\.$/, ''), AGENDA_ITEM_3_TITLE);
    assert.equal(draft.lineMap.position(item3!.span.start).line + 1, AGENDA_ITEM_3_LINE);
  });
});
