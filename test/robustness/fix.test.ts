// Properties of the fixes over generated drafts with planted numbering defects:
// only numbers and markers change, a second fix-all changes nothing, every
// paragraph reference still names the same paragraph, and no numbering
// diagnostic remains.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { applyEdits, checkDraft, EMPTY_CONTEXT, findDefects, fixAll, hasTag, parseDraft, quickFixes, type Draft } from '../../server/src/core';
import { ParagraphIndex } from '../../server/src/core/paragraphIndex';
import { toLetter, toRoman } from '../../server/src/core/parse/numerals';
import { checkCutDraft, checkRealDraftWithFurniture, cutDraft, realDraftWithFurniture } from './furnitureCuts';

const MASTHEAD = 'CTOC/COP/WG.4/2020/4\nDistr.: General\n28 September 2020\nOriginal: English\n\nReport of the meeting';

type NumberMode = 'ok' | 'skip' | 'dup' | 'none' | 'glued' | 'wild';
interface ParagraphPlan { mode: NumberMode; wild: number; refs: { kind: 'one' | 'range' | 'pair'; a: number; b: number; word: string }[]; list: number[] }
interface ChapterPlan { wrongLabel: boolean; paragraphs: ParagraphPlan[] }

const paragraphPlan: fc.Arbitrary<ParagraphPlan> = fc.record({
  mode: fc.constantFrom<NumberMode>('ok', 'ok', 'ok', 'skip', 'dup', 'none', 'glued', 'wild'),
  wild: fc.integer({ min: 1, max: 30 }),
  refs: fc.array(fc.record({ kind: fc.constantFrom<'one' | 'range' | 'pair'>('one', 'range', 'pair'), a: fc.integer({ min: 1, max: 14 }), b: fc.integer({ min: 1, max: 4 }), word: fc.constantFrom('', ' above', ' below') }), { maxLength: 2 }),
  list: fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 4 }),
});
const chapters = fc.array(fc.record({ wrongLabel: fc.boolean(), paragraphs: fc.array(paragraphPlan, { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 3 });
const draftPlan = fc.record({ chapters, annex: fc.array(paragraphPlan, { maxLength: 3 }) });

/** A word that names paragraph `k` without a digit: Idb, Idc… */
const idOf = (k: number) => `Id${toLetter(k + 1)}`;

function paragraphText(plan: ParagraphPlan, written: number, k: number): string {
  const refs = plan.refs.map((r) => {
    if (r.kind === 'one') return ` See paragraph ${r.a}${r.word}.`;
    if (r.kind === 'range') return ` See paragraphs ${r.a}–${r.a + r.b}${r.word}.`;
    return ` See paragraphs ${r.a} and ${r.a + r.b}${r.word}.`;
  }).join('');
  const body = `Speakers ${idOf(k)} noted progress.${refs}${plan.list.length > 0 ? ' They recommended that States:' : ''}`;
  const items = plan.list.map((skip, i) => `    (${toLetter(i + 1 + skip)}) Consider measure ${idOf(k)}${i};`);
  const head = plan.mode === 'none' ? '' : plan.mode === 'glued' ? `${written}.` : `${written}. `;
  return [head + body, ...items].join('\n');
}

function render(plan: { chapters: ChapterPlan[]; annex: ParagraphPlan[] }): string {
  const blocks = [MASTHEAD];
  let k = 0;
  const numbered = (paragraphs: ParagraphPlan[]) => {
    let n = 0;
    return paragraphs.map((p) => {
      n = p.mode === 'skip' ? n + 2 : p.mode === 'dup' ? Math.max(n, 1) : p.mode === 'wild' ? p.wild : n + 1;
      return paragraphText(p, n, k++);
    });
  };
  let body: ParagraphPlan[] = [];
  plan.chapters.forEach((chapter) => (body = body.concat(chapter.paragraphs)));
  const texts = numbered(body);
  let at = 0;
  plan.chapters.forEach((chapter, c) => {
    blocks.push(`${toRoman(chapter.wrongLabel ? c + 2 : c + 1).toUpperCase()}. Chapter ${idOf(100 + c)}`);
    for (let i = 0; i < chapter.paragraphs.length; i++) blocks.push(texts[at++]);
  });
  if (plan.annex.length > 0) blocks.push('Annex', 'The Conference of the Parties,', ...numbered(plan.annex));
  return `${blocks.join('\n\n')}\n`;
}

/** The text with numbers and markers taken out: what a fix must keep, in order. */
function skeleton(text: string): string[] {
  return text.split('\n').map((line) => line.replace(/^(\s*)(?:\([a-z]+\)|[0-9]+\.|[IVXLC]+\.)\s*/, '$1').replace(/[0-9]/g, ''));
}

/**
 * For each target of each paragraph reference, in order, the id words of the paragraphs its
 * numbers name, or "-" when a number names none (such a target is left as written).
 */
function referenceTargets(draft: Draft): string[] {
  const index = new ParagraphIndex(draft);
  const out: string[] = [];
  for (const reference of draft.references) {
    if (reference.kind !== 'paragraph') continue;
    const segment = index.segmentFor(reference);
    for (const target of reference.targets) {
      const ids = (target.last ? [target.first, target.last] : [target.first]).map((part) => {
        const paragraph = index.paragraph(segment, part.value);
        return paragraph ? /Id[a-z]+/.exec(draft.text.slice(paragraph.textSpan.start, paragraph.textSpan.end))?.[0] ?? '?' : '-';
      });
      out.push(ids.includes('-') ? '-' : ids.join('–'));
    }
  }
  return out;
}

const runs = { numRuns: Number(process.env.FC_RUNS ?? 200) };

describe('robustness: fixes over generated drafts', () => {
  it('fix-all changes only numbers and markers, is idempotent, keeps references and leaves no numbering defect', () => {
    fc.assert(fc.property(draftPlan, (plan) => {
      const text = render(plan);
      const result = fixAll(text);
      assert.deepEqual(skeleton(result.text), skeleton(text));
      assert.equal(fixAll(result.text).changed, false, 'a second fix-all changed the text');
      const before = referenceTargets(parseDraft(text));
      const after = referenceTargets(parseDraft(result.text));
      assert.equal(after.length, before.length);
      before.forEach((id, i) => {
        if (id !== '-') assert.equal(after[i], id, `reference ${i} moved from ${id} to ${after[i]}\n${text}\n---\n${result.text}`);
      });
      const left = checkDraft(parseDraft(result.text), EMPTY_CONTEXT).filter((d) => hasTag(d.code, 'numbering'));
      assert.deepEqual(left.map((d) => d.message), [], `${text}\n---\n${result.text}`);
    }), runs);
  });

  it('each quick fix changes only numbers and markers, and keeps references', () => {
    fc.assert(fc.property(draftPlan, (plan) => {
      const text = render(plan);
      const draft = parseDraft(text);
      const before = referenceTargets(draft);
      for (const finding of findDefects(draft, EMPTY_CONTEXT)) {
        if (!hasTag(finding.code, 'numbering')) continue;
        for (const fix of quickFixes(draft, finding)) {
          const after = applyEdits(text, fix.edits);
          assert.deepEqual(skeleton(after), skeleton(text), fix.title);
          const targets = referenceTargets(parseDraft(after));
          before.forEach((id, i) => {
            if (id !== '-') assert.equal(targets[i], id, fix.title);
          });
        }
      }
    }), { numRuns: 100 });
  });

  it('fix-all on paragraphs cut by page furniture: removes it and joins the parts, numbers nothing', () => {
    fc.assert(fc.property(cutDraft, checkCutDraft), runs);
  });

  it('fix-all on real drafts with page furniture between any lines: every other word kept, a fixed point', () => {
    fc.assert(fc.property(realDraftWithFurniture, checkRealDraftWithFurniture), { numRuns: 100 });
  });
});
