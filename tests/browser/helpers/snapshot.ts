/**
 * SVG snapshots of the charts, read through the test runner's dev server.
 *
 * `expectSnapshot(name, svgEl)` serialises the chart's SVG (normalised: lit's
 * comment markers dropped, numbers rounded to 1 decimal, ids renumbered, one
 * element per line) and compares it with `tests/browser/snapshots/<name>.svg`,
 * fetched from the dev server. A missing or different snapshot FAILS the test
 * (in CI and locally alike) and logs the normalised SVG, base64-encoded, on one
 * line starting with `[qd-snapshot] <name> `. Snapshots are written only by a
 * person, on purpose: `node tests/browser/helpers/write-snapshots.mjs` runs the
 * chart tests, collects those lines and writes the missing files (`--update`
 * also overwrites the ones that differ). Commit the files it writes.
 */

/** The directory of the committed snapshots, as the dev server serves it. */
export const SNAPSHOT_DIR = '/tests/browser/snapshots';
/** The marker of a logged snapshot line (read by write-snapshots.mjs). */
export const SNAPSHOT_MARKER = '[qd-snapshot]';

const round = (s: string): string =>
  s.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10)).replace(/(^|[^\w.])-0(?![\d.])/g, '$10');

/** The normalised text of an SVG element (see the module note). */
export function normaliseSvg(svgEl: SVGSVGElement): string {
  const clone = svgEl.cloneNode(true) as SVGSVGElement;
  const ids = new Map<string, string>();
  const walker = document.createTreeWalker(clone, NodeFilter.SHOW_ELEMENT);
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
    const el = n as Element;
    const id = el.getAttribute('id');
    if (id !== null) ids.set(id, `id${ids.size}`);
  }
  const lines: string[] = [];
  const walk = (el: Element, depth: number): void => {
    const attrs = [...el.attributes]
      .map((a) => [a.name, a.value] as const)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => {
        const value =
          k === 'id' || k.startsWith('aria-')
            ? v
                .split(' ')
                .map((w) => ids.get(w) ?? w)
                .join(' ')
            : v;
        return ` ${k}="${round(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
      })
      .join('');
    const text = [...el.childNodes]
      .filter((c) => c.nodeType === Node.TEXT_NODE)
      .map((c) => c.textContent ?? '')
      .join('')
      .trim();
    const kids = [...el.children];
    const pad = '  '.repeat(depth);
    if (!kids.length) {
      lines.push(
        `${pad}<${el.localName}${attrs}>${round(text).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</${el.localName}>`,
      );
      return;
    }
    lines.push(`${pad}<${el.localName}${attrs}>`);
    for (const k of kids) walk(k, depth + 1);
    lines.push(`${pad}</${el.localName}>`);
  };
  walk(clone, 0);
  return lines.join('\n') + '\n';
}

const b64 = (s: string): string => btoa(String.fromCharCode(...new TextEncoder().encode(s)));

/** Compares the normalised SVG with the committed snapshot; throws (and logs it) when missing or different. */
export async function expectSnapshot(name: string, svgEl: SVGSVGElement): Promise<void> {
  if (!/^[\w-]+$/.test(name)) throw new Error(`snapshot name '${name}': use letters, digits, - and _`);
  const actual = normaliseSvg(svgEl);
  const res = await fetch(`${SNAPSHOT_DIR}/${name}.svg`, { cache: 'no-store' });
  const how =
    'Run `node tests/browser/helpers/write-snapshots.mjs` (add --update to replace changed ones), review the files and commit them.';
  if (res.status === 404) {
    console.log(`${SNAPSHOT_MARKER} ${name} ${b64(actual)}`);
    throw new Error(`Missing SVG snapshot tests/browser/snapshots/${name}.svg. ${how}`);
  }
  if (!res.ok) throw new Error(`Could not read snapshot ${name}.svg: HTTP ${res.status}`);
  const expected = (await res.text()).replace(/\r\n/g, '\n');
  if (expected !== actual) {
    console.log(`${SNAPSHOT_MARKER} ${name} ${b64(actual)}`);
    const a = actual.split('\n');
    const e = expected.split('\n');
    const i = a.findIndex((line, k) => line !== e[k]);
    throw new Error(
      `SVG snapshot ${name}.svg differs at line ${i + 1}:\n  expected: ${e[i] ?? '(end)'}\n  actual:   ${a[i] ?? '(end)'}\nIf the change is intended: ${how}`,
    );
  }
}
