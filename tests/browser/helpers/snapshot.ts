/**
 * SVG snapshots of the charts, kept by the test runner's snapshot plugin
 * (`@web/test-runner-commands`: `tests/browser/__snapshots__/<test file>.snap.js`).
 *
 * `expectSnapshot(name, svgEl)` serialises the chart's SVG (normalised: lit's
 * comment markers dropped, numbers rounded to 1 decimal, ids renumbered, one
 * element per line) and compares it with the stored snapshot `name`. A missing
 * or different snapshot FAILS the test (in CI and locally alike): the plugin's
 * own `compareSnapshot` would write a missing one silently. Snapshots are
 * written only when a person asks for it:
 *
 *   UPDATE_SNAPSHOTS=1 npm run test:browser        (or: npx wtr --config web-test-runner.config.mjs --update-snapshots)
 *
 * writes the missing and changed ones; review the diff and commit them. The
 * charts render the frozen fixture plan (tests/fixtures/frozen-plan.json), so a
 * review of the shipped data never changes a snapshot.
 */
import { executeServerCommand, getSnapshot, saveSnapshot } from '@web/test-runner-commands';

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

/** Whether this run may write snapshots (`UPDATE_SNAPSHOTS=1` or `--update-snapshots`; see web-test-runner.config.mjs). */
async function updating(): Promise<boolean> {
  const mode = await executeServerCommand<{ update: boolean } | undefined, undefined>('qd-snapshot-mode');
  if (!mode) throw new Error('The qd-snapshot-mode command is missing: run the tests with web-test-runner.config.mjs.');
  return mode.update;
}

const HOW =
  'Run `UPDATE_SNAPSHOTS=1 npm run test:browser`, review the changes in tests/browser/__snapshots__/ and commit them.';

/** Compares the normalised SVG with the stored snapshot; throws when it is missing or different, unless updating. */
export async function expectSnapshot(name: string, svgEl: SVGSVGElement): Promise<void> {
  if (!/^[\w-]+$/.test(name)) throw new Error(`snapshot name '${name}': use letters, digits, - and _`);
  const actual = normaliseSvg(svgEl);
  const stored = await getSnapshot({ name });
  if (stored === actual) return;
  if (await updating()) {
    await saveSnapshot({ name, content: actual });
    return;
  }
  if (stored === undefined) throw new Error(`Missing SVG snapshot '${name}'. ${HOW}`);
  const a = actual.split('\n');
  const e = stored.split('\n');
  const i = a.findIndex((line, k) => line !== e[k]);
  throw new Error(
    `SVG snapshot '${name}' differs at line ${i + 1}:\n  expected: ${e[i] ?? '(end)'}\n  actual:   ${a[i] ?? '(end)'}\nIf the change is intended: ${HOW}`,
  );
}
