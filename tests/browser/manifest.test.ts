/**
 * custom-elements.json (generated from the widgets' JSDoc headers, the source of dist/docs/widgets.md)
 * documents what the widgets render: every `part` a widget's shadow DOM carries, in each of its
 * views and in its error state, is in the manifest's cssParts of that tag (each state passes axe).
 * The widgets render the frozen fixture plan, given by <qd-plan>.
 */
import { expect } from '@open-wc/testing';
import '../../components/index.js';
import { fixtureProvider, waitForEvent } from './helpers/mount.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean> };
interface Decl {
  tagName?: string;
  cssParts?: { name: string }[];
  attributes?: { name: string; fieldName?: string }[];
  members?: { name: string; kind: string; privacy?: string; description?: string }[];
}

/** The public members a widget documents without an attribute: a property, two read-only getters and a setting. */
const JS_ONLY = ['observations', 'locale', 'problem', 'fetchTimeout'];
/** View models and settings of the kit: marked `@internal`, not in the manifest. */
const INTERNAL = ['view', 'data', 'series', 'rows', 'csvData', 'counts', 'shownRows', 'dataProperties'];

const CASES: Record<string, Record<string, string>[]> = {
  'qd-target-card': [{ indicator: 'port-throughput', theme: 'neon' }, { indicator: 'nope' }],
  'qd-progress-bar': [{ indicator: 'port-throughput', theme: 'neon' }, { indicator: 'nope' }],
  'qd-trend-chart': [
    { indicator: 'port-throughput' },
    { indicator: 'port-throughput', view: 'table' },
    { indicator: 'port-throughput', view: 'sources', theme: 'neon' },
    { indicator: 'nope' },
  ],
  'qd-share-chart': [
    { indicator: 'producer-services-share' },
    { indicators: 'producer-services-share,culture-share-of-gdp' },
    { indicator: 'producer-services-share', view: 'table' },
    { indicator: 'producer-services-share', view: 'sources', theme: 'neon' },
    { indicator: 'nope' },
  ],
  'qd-target-table': [{ theme: 'neon' }, { industry: 'nope' }],
  'qd-plan-dashboard': [{ theme: 'neon' }, { 'as-of': '1900' }],
};
// The plan provider renders only its content (a slot): it has no part.
const DECLARED = [...Object.keys(CASES), 'qd-plan'];

/** Every part name in `root` and the open shadow roots under it that belong to the same widget. */
function parts(root: ParentNode): Set<string> {
  const names = new Set<string>();
  for (const el of root.querySelectorAll('[part]'))
    for (const p of el.getAttribute('part')!.split(/\s+/)) if (p) names.add(p);
  return names;
}

describe('custom-elements.json', () => {
  let decls: Decl[] = [];
  let provider: HTMLElement;
  before(async () => {
    provider = fixtureProvider();
    const events: CustomEvent[] = [];
    provider.addEventListener('qd-load', (e) => events.push(e as CustomEvent));
    document.body.append(provider);
    await waitForEvent(events, 'qd-load');
    const manifest = await (await fetch('/custom-elements.json')).json();
    decls = manifest.modules
      .flatMap((m: { declarations?: Decl[] }) => m.declarations ?? [])
      .filter((d: Decl) => d.tagName);
  });
  after(() => provider.remove());

  it('declares the six widgets and the plan provider', () => {
    expect(decls.map((d) => d.tagName).sort()).to.deep.equal(DECLARED.sort());
  });

  it('lists as public members only the documented API: properties of attributes, described methods and a few documented others', () => {
    for (const d of decls) {
      const attrs = new Set((d.attributes ?? []).map((a) => a.fieldName ?? a.name));
      const members = (d.members ?? []).filter((m) => m.privacy !== 'private' && m.privacy !== 'protected');
      const fields = members.filter((m) => m.kind === 'field').map((m) => m.name);
      expect(
        fields.filter((n) => !attrs.has(n) && !JS_ONLY.includes(n)),
        `public properties of <${d.tagName}> without an attribute that are not documented API`,
      ).to.deep.equal([]);
      expect(
        members.map((m) => m.name).filter((n) => INTERNAL.includes(n) && !attrs.has(n)),
        `internal view models of <${d.tagName}>`,
      ).to.deep.equal([]);
      for (const m of members)
        expect(m.description, `<${d.tagName}>.${m.name} is described`).to.be.a('string').and.not.equal('');
    }
    // The widgets share the documented JS-only API of the base class.
    for (const d of decls.filter((x) => x.tagName !== 'qd-plan'))
      expect((d.members ?? []).map((m) => m.name)).to.include.members(JS_ONLY);
  });

  for (const [tag, cases] of Object.entries(CASES)) {
    it(`documents every part that <${tag}> renders, in each view and in its error state`, async () => {
      const documented = new Set((decls.find((d) => d.tagName === tag)?.cssParts ?? []).map((p) => p.name));
      const seen = new Set<string>();
      let loaded = 0;
      const warn = console.warn;
      console.warn = () => {};
      try {
        for (const attrs of cases) {
          const el = document.createElement(tag) as Lit;
          for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
          el.style.width = '640px';
          el.addEventListener('qd-load', () => loaded++);
          provider.append(el);
          await el.updateComplete;
          await new Promise((r) => requestAnimationFrame(r));
          await el.updateComplete;
          for (const p of parts(el.shadowRoot!)) seen.add(p);
          await expect(el).to.be.accessible();
          el.remove();
        }
      } finally {
        console.warn = warn;
      }
      expect(seen.size).to.be.greaterThan(3);
      // The healthy cases rendered the plan's data (their parts are in `seen` too).
      expect(loaded, `<${tag}> never loaded the fixture plan`).to.be.at.least(1);
      expect(
        [...seen].filter((p) => !documented.has(p)),
        `parts of <${tag}> missing from its JSDoc header`,
      ).to.deep.equal([]);
      // The error and notice states were rendered too (an unknown id or year, an unsupported theme).
      expect([...seen]).to.include.members(['error', 'error-icon', 'notice', 'notice-icon']);
    });
  }
});
