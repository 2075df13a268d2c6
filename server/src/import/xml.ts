// A small linear XML reader for the parts of a .docx: one pass over the text, calling back for
// each start tag (with its attributes), end tag and run of text. Enough for WordprocessingML
// (no DTDs); comments, processing instructions and CDATA are skipped or passed as text.

export interface XmlHandler {
  open(name: string, attributes: ReadonlyMap<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Replaces `&lt;`, `&#8217;`, `&#x2019;`… in a run of text or an attribute value. */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const amp = text.indexOf('&', i);
    if (amp < 0) break;
    const semi = text.indexOf(';', amp);
    out += text.slice(i, amp);
    if (semi < 0 || semi - amp > 10) {
      out += '&';
      i = amp + 1;
      continue;
    }
    const name = text.slice(amp + 1, semi);
    let decoded: string | undefined;
    if (name.startsWith('#x') || name.startsWith('#X')) decoded = codePoint(parseInt(name.slice(2), 16));
    else if (name.startsWith('#')) decoded = codePoint(parseInt(name.slice(1), 10));
    else decoded = ENTITIES[name];
    out += decoded ?? text.slice(amp, semi + 1);
    i = semi + 1;
  }
  return out + text.slice(i);
}

function codePoint(value: number): string | undefined {
  return Number.isInteger(value) && value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : undefined;
}

function isNameChar(c: number): boolean {
  return c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 47 && c !== 62 && c !== 61;
}

/** Reads the attributes of a start tag between `from` and `to` (exclusive of `>` and `/`). */
function readAttributes(xml: string, from: number, to: number): Map<string, string> {
  const attributes = new Map<string, string>();
  let i = from;
  while (i < to) {
    while (i < to && !isNameChar(xml.charCodeAt(i))) i++;
    const nameStart = i;
    while (i < to && isNameChar(xml.charCodeAt(i))) i++;
    const name = xml.slice(nameStart, i);
    while (i < to && xml[i] !== '=' && !isNameChar(xml.charCodeAt(i))) i++;
    if (xml[i] !== '=') continue;
    i++;
    while (i < to && xml[i] !== '"' && xml[i] !== "'") i++;
    const quote = xml[i];
    const valueStart = ++i;
    const end = xml.indexOf(quote, valueStart);
    if (end < 0 || end > to) break;
    if (name) attributes.set(name, decodeEntities(xml.slice(valueStart, end)));
    i = end + 1;
  }
  return attributes;
}

/** The end of the tag that starts at `start` (`<`): the index of its `>`, quotes respected; -1 if unclosed. */
function tagEnd(xml: string, start: number): number {
  let i = start + 1;
  while (i < xml.length) {
    const c = xml.charCodeAt(i);
    if (c === 62) return i;
    if (c === 34 || c === 39) {
      const close = xml.indexOf(xml[i], i + 1);
      if (close < 0) return -1;
      i = close + 1;
    } else i++;
  }
  return -1;
}

/** Walks the XML once; throws an Error for a tag that never closes. */
export function readXml(xml: string, handler: XmlHandler): void {
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > i) handler.text(decodeEntities(xml.slice(i, textEnd)));
    if (lt < 0) return;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) throw new Error('an unclosed comment');
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end < 0) throw new Error('an unclosed CDATA section');
      handler.text(xml.slice(lt + 9, end));
      i = end + 3;
      continue;
    }
    const end = tagEnd(xml, lt);
    if (end < 0) throw new Error('a tag that never closes');
    const first = xml[lt + 1];
    if (first === '?' || first === '!') {
      i = end + 1;
      continue;
    }
    if (first === '/') {
      handler.close(xml.slice(lt + 2, end).trim());
      i = end + 1;
      continue;
    }
    const selfClosing = xml[end - 1] === '/';
    const inner = selfClosing ? end - 1 : end;
    let nameEnd = lt + 1;
    while (nameEnd < inner && isNameChar(xml.charCodeAt(nameEnd))) nameEnd++;
    const name = xml.slice(lt + 1, nameEnd);
    handler.open(name, nameEnd < inner ? readAttributes(xml, nameEnd, inner) : NO_ATTRIBUTES, selfClosing);
    if (selfClosing) handler.close(name);
    i = end + 1;
  }
}

/** Elements as a tree, for the small parts (numbering, styles): name, attributes, children, text. */
export interface XmlElement {
  name: string;
  attributes: ReadonlyMap<string, string>;
  children: XmlElement[];
  text: string;
}

export function parseXmlTree(xml: string): XmlElement {
  const root: XmlElement = { name: '', attributes: NO_ATTRIBUTES, children: [], text: '' };
  const stack: XmlElement[] = [root];
  readXml(xml, {
    open(name, attributes) {
      const element: XmlElement = { name, attributes, children: [], text: '' };
      stack[stack.length - 1].children.push(element);
      stack.push(element);
    },
    close() {
      if (stack.length > 1) stack.pop();
    },
    text(text) {
      stack[stack.length - 1].text += text;
    },
  });
  return root;
}

/** The first child named `name`. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

/** Every descendant named `name`, in document order. */
export function descendants(element: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of element.children) {
    if (c.name === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
}

/** `w:val` (or another attribute) of the first child named `name`. */
export function childValue(element: XmlElement | undefined, name: string, attribute = 'w:val'): string | undefined {
  return child(element, name)?.attributes.get(attribute);
}
