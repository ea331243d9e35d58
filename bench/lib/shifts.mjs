// Where the layout shifts come from (Lighthouse 12.2.3's layout-shifts audit errors on this
// Chromium: "RootCauses gatherer ... frame_sequence"): the page's own layout-shift entries,
// with the elements that moved, at Lighthouse's mobile and desktop viewports.
const VIEWPORTS = {
  mobile: { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  desktop: { width: 1350, height: 940, deviceScaleFactor: 1 },
};

export async function layoutShifts(browser, pageUrl, preset) {
  const ctx = await browser.createBrowserContext();
  const page = await ctx.newPage();
  try {
    await page.setViewport(VIEWPORTS[preset]);
    await page.evaluateOnNewDocument(() => {
      window.__shifts = [];
      const describe = (n) => {
        if (!n) return '(removed node)';
        const el = n.nodeType === 1 ? n : n.parentElement;
        if (!el) return '#text';
        const host = el.getRootNode()?.host;
        const cls =
          typeof el.className === 'string' && el.className
            ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}`
            : '';
        const self = `${el.localName}${el.id ? `#${el.id}` : ''}${cls}`;
        return host ? `${host.localName} › ${self}` : self;
      };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.hadRecentInput) continue;
          window.__shifts.push({
            value: e.value,
            t: Math.round(e.startTime),
            sources: (e.sources ?? []).map((s) => ({
              node: describe(s.node),
              dy: Math.round(s.currentRect.y - s.previousRect.y),
              dh: Math.round(s.currentRect.height - s.previousRect.height),
            })),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(pageUrl, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 3000));
    const shifts = await page.evaluate(() => window.__shifts);
    return {
      total: shifts.reduce((t, s) => t + s.value, 0),
      shifts: shifts.sort((a, b) => b.value - a.value).slice(0, 5),
    };
  } finally {
    await ctx.close();
  }
}
