// In-page benchmark harness. A page bundle calls install(render, settle):
// window.__bench({ n, data }) creates n charts (render(host, data[i % data.length]))
// in one go and resolves when they are painted: settle() (Lit: no update pending,
// nested widgets included), then two animation frames; if an update was queued by
// then (e.g. a ResizeObserver re-layout), settle and two more frames again.
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));

/** Every element with a Lit update cycle in `root`, through shadow roots. */
function litElements(root, out = []) {
  for (const el of root.querySelectorAll('*')) {
    if ('updateComplete' in el) out.push(el);
    if (el.shadowRoot) litElements(el.shadowRoot, out);
  }
  return out;
}

const pending = (root) => litElements(root).some((el) => el.isUpdatePending);

/** Lit: await updateComplete of every widget (and of widgets they create) until none is pending. */
export async function settleLit(root) {
  for (let i = 0; i < 50; i++) {
    const els = litElements(root).filter((el) => el.isUpdatePending || !el.hasUpdated);
    if (!els.length) return;
    await Promise.all(els.map((el) => el.updateComplete));
  }
}

/**
 * What was drawn: counts through shadow roots (a sanity check of "painted"), and every DOM node
 * of the light DOM and of each shadow root by type (elements, text, comments such as Lit's markers).
 */
function census(
  root,
  acc = { plots: 0, svg: 0, canvas: 0, path: 0, nodes: 0, elements: 0, texts: 0, comments: 0, plotWidths: new Set() },
) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    acc.nodes++;
    if (n.nodeType === Node.ELEMENT_NODE) acc.elements++;
    else if (n.nodeType === Node.TEXT_NODE) acc.texts++;
    else if (n.nodeType === Node.COMMENT_NODE) acc.comments++;
  }
  for (const el of root.querySelectorAll('*')) {
    const tag = el.localName;
    if (tag === 'svg') {
      acc.svg++;
      // A chart's plot: the widget's SVG, or the SVG ECharts puts in its container.
      if (el.classList.contains('plot-svg') || el.closest('[_echarts_instance_]')) {
        acc.plots++;
        const vb = el.getAttribute('viewBox');
        acc.plotWidths.add(vb ? Number(vb.split(/\s+/)[2]) : Number(el.getAttribute('width')));
      }
    }
    if (tag === 'canvas') {
      acc.canvas++;
      acc.plots++;
      acc.plotWidths.add(el.width);
    }
    if (tag === 'path') acc.path++;
    if (el.shadowRoot) census(el.shadowRoot, acc);
  }
  return acc;
}

export function install(render, settle = null) {
  window.__ready = true;
  window.__bench = async ({ n, data }) => {
    const host = document.getElementById('host');
    await frame();
    const t0 = performance.now();
    for (let i = 0; i < n; i++) render(host, data[i % data.length]);
    if (settle) await settle(host);
    await frame();
    await frame();
    let extraRounds = 0;
    while (settle && pending(host) && extraRounds < 5) {
      await settle(host);
      await frame();
      await frame();
      extraRounds++;
    }
    const ms = performance.now() - t0;
    const c = census(host);
    return { ms, extraRounds, census: { ...c, plotWidths: [...c.plotWidths].sort((a, b) => a - b) } };
  };
}
