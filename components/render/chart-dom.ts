/**
 * The parts of a chart widget that hold many small nodes (the plot's SVG, the legend, the view tabs,
 * the download buttons, short texts), drawn from plain data with `draw()` instead of nested Lit
 * templates: every `${}` in child position costs Lit a comment marker (and a list one more per
 * item), which made a trend chart's DOM twice the hand-written floor's (issue 18). `draw()` binds
 * to an element (an element part: no marker) and keeps its children equal to a list of `Spec`s,
 * updating in place what is already there (attributes, text), so that an update keeps the
 * elements, and with them focus. Events are handled where the directive is bound (delegation).
 * Text is set as text and attributes with `setAttribute`: nothing is parsed as markup (Trusted
 * Types stay on).
 */
import { noChange } from 'lit';
import { directive, Directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** An attribute's value: text or a number; `null`, `undefined` or `false` leaves the attribute out. */
export type AttrValue = string | number | null | undefined | false;
/** An element: its tag, its attributes and its children. */
export type El = readonly [tag: string, attrs: Readonly<Record<string, AttrValue>>, ...children: Spec[]];
/** A node: an element or a text; `null`, `false`, `undefined` and `''` draw nothing. */
export type Spec = El | string | null | false | undefined;

const SVG_NS = 'http://www.w3.org/2000/svg';
const HTML_NS = 'http://www.w3.org/1999/xhtml';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

// The namespace of an element's children: SVG inside <svg> (but HTML inside <foreignObject>).
const childNs = (el: Element): string | null =>
  el.namespaceURI === SVG_NS && el.localName !== 'foreignObject' ? SVG_NS : null;

// Sets an element's attributes to `attrs`; `fresh`: the element was just made (nothing to remove or compare).
function setAttrs(el: Element, attrs: Readonly<Record<string, AttrValue>>, fresh: boolean): void {
  if (!fresh)
    for (const a of [...el.attributes]) {
      const v = attrs[a.name];
      if (v === undefined || v === null || v === false) el.removeAttribute(a.name);
    }
  for (const name in attrs) {
    const v = attrs[name];
    if (v === undefined || v === null || v === false) continue;
    const s = typeof v === 'string' ? v : String(v);
    if (!fresh && el.getAttribute(name) === s) continue;
    // `xmlns` is a namespace declaration, not a plain attribute (else a serialised SVG has it twice).
    if (name === 'xmlns') el.setAttributeNS(XMLNS_NS, name, s);
    else el.setAttribute(name, s);
  }
}

function create(spec: El, ns: string | null): Element {
  const own = spec[0] === 'svg' ? SVG_NS : ns;
  const el = own ? document.createElementNS(own, spec[0]) : document.createElement(spec[0]);
  setAttrs(el, spec[1], true);
  patch(el, spec, 2);
  return el;
}

/**
 * Makes `parent`'s children equal to `specs` (from index `from`): same-tag elements and texts are
 * updated in place, the rest made or removed.
 */
export function patch(parent: Element, specs: readonly Spec[] | El, from = 0): void {
  const ns = childNs(parent);
  let node = parent.firstChild;
  for (let i = from; i < specs.length; i++) {
    const s = specs[i] as Spec;
    if (s === null || s === false || s === undefined || s === '') continue;
    if (typeof s === 'string') {
      if (node?.nodeType === Node.TEXT_NODE) {
        if ((node as Text).data !== s) (node as Text).data = s;
        node = node.nextSibling;
      } else parent.insertBefore(document.createTextNode(s), node);
      continue;
    }
    const own = s[0] === 'svg' ? SVG_NS : ns;
    if (node instanceof Element && node.localName === s[0] && node.namespaceURI === (own ?? HTML_NS)) {
      setAttrs(node, s[1], false);
      patch(node, s, 2);
      node = node.nextSibling;
    } else parent.insertBefore(create(s, ns), node);
  }
  while (node) {
    const next = node.nextSibling;
    node.remove();
    node = next;
  }
}

class Draw extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('draw() binds to an element: <div ${draw(specs)}></div>');
  }

  render(specs: readonly Spec[]): typeof noChange {
    void specs;
    return noChange;
  }

  override update(part: ElementPart, [specs]: [readonly Spec[]]): typeof noChange {
    patch(part.element, specs);
    return noChange;
  }
}

/** Keeps the children of the element it is bound to equal to `specs` (see the module note). */
export const draw = directive(Draw);
