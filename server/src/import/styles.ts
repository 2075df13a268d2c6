// Paragraph styles (styles.xml): the heading level a style stands for (the UN styles HCh, H1 and
// H23, or Word's Heading 1–3) and the numbering a style gives its paragraphs, through `basedOn`.
import type { HeadingLevel } from '../document/model';
import { child, childValue, parseXmlTree } from './xml';

interface Style {
  name: string;
  basedOn?: string;
  numId?: string;
  ilvl?: number;
}

/** The UN template's heading styles (`HCh_G`, `H1_G`, `H23_G` in Geneva's; `HCh`, `H1`, `H23` in New York's). */
export function headingLevelOfStyle(idOrName: string): HeadingLevel | undefined {
  const key = idOrName.replace(/[\s_-]/g, '').toLowerCase();
  if (key.startsWith('hch')) return 'chapter';
  if (key.startsWith('h23')) return 'subsection';
  if (key.startsWith('h1')) return 'section';
  if (key === 'heading1') return 'chapter';
  if (key === 'heading2') return 'section';
  if (key === 'heading3') return 'subsection';
  return undefined;
}

export class Styles {
  private readonly styles = new Map<string, Style>();

  constructor(stylesXml: string | undefined) {
    if (!stylesXml) return;
    const root = child(parseXmlTree(stylesXml), 'w:styles');
    for (const element of root?.children ?? []) {
      if (element.name !== 'w:style' || element.attributes.get('w:type') !== 'paragraph') continue;
      const id = element.attributes.get('w:styleId') ?? '';
      const numPr = child(child(element, 'w:pPr'), 'w:numPr');
      const ilvl = childValue(numPr, 'w:ilvl');
      this.styles.set(id, {
        name: childValue(element, 'w:name') ?? id,
        basedOn: childValue(element, 'w:basedOn'),
        numId: childValue(numPr, 'w:numId'),
        ilvl: ilvl === undefined ? undefined : Number(ilvl),
      });
    }
  }

  /** The heading level of a style or of the styles it is based on. */
  headingLevel(styleId: string | undefined): HeadingLevel | undefined {
    for (let id = styleId, hops = 0; id !== undefined && hops < 10; hops++) {
      const style = this.styles.get(id);
      const level = headingLevelOfStyle(id) ?? (style ? headingLevelOfStyle(style.name) : undefined);
      if (level) return level;
      id = style?.basedOn;
    }
    return undefined;
  }

  /** The numbering a style gives its paragraphs (its own or inherited). */
  numbering(styleId: string | undefined): { numId: string; ilvl: number } | undefined {
    for (let id = styleId, hops = 0; id !== undefined && hops < 10; hops++) {
      const style = this.styles.get(id);
      if (style?.numId !== undefined) return { numId: style.numId, ilvl: style.ilvl ?? 0 };
      id = style?.basedOn;
    }
    return undefined;
  }
}
