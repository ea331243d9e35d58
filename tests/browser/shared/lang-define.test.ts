import { expect, fixture, html } from '@open-wc/testing';
import { inheritedLang, normaliseLang } from '../../../components/base/lang.js';
import { defineElement } from '../../../components/base/define.js';
import { recordWarn, restoreWarn } from '../helpers/mount.js';

describe('lang resolution', () => {
  it('normalises tags: en* to en, zh* to zh-CN, empty to zh-CN, others unsupported', () => {
    expect(normaliseLang('en-GB')).to.deep.equal({ lang: 'en', requested: 'en-GB', supported: true });
    expect(normaliseLang('ZH-tw').lang).to.equal('zh-CN');
    expect(normaliseLang('')).to.deep.equal({ lang: 'zh-CN', requested: null, supported: true });
    expect(normaliseLang('eng').supported).to.equal(false);
    expect(normaliseLang('de')).to.deep.equal({ lang: 'zh-CN', requested: 'de', supported: false });
  });

  it('finds the nearest ancestor’s lang across a shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="en"><span></span></div>`);
    const root = host.querySelector('span')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('b');
    root.append(inner);
    expect(inheritedLang(inner)).to.equal('en');
    inner.setAttribute('lang', 'zh-CN');
    expect(inheritedLang(inner)).to.equal('zh-CN');
  });
});

describe('defineElement', () => {
  afterEach(restoreWarn);
  it('registers once and warns (not throws) when a tag is defined again by another class', () => {
    const warns = recordWarn();
    class A extends HTMLElement {}
    class B extends HTMLElement {}
    expect(defineElement('qd-define-test', A)).to.equal(true);
    expect(defineElement('qd-define-test', A)).to.equal(false);
    expect(warns).to.have.length(0);
    expect(defineElement('qd-define-test', B)).to.equal(false);
    expect(warns).to.have.length(1);
    expect(String(warns[0]![0])).to.include('already defined');
    expect(customElements.get('qd-define-test')).to.equal(A);
  });
});
