// Before the 30-chart rounds: the floor must draw what the widget draws. Both pages render every
// target once; per chart the tick labels, the number of points, the target label and the legend
// entries are compared. Differences are listed in the report (and logged); none is expected.
export async function floorFairness(browser, url, targets) {
  const grab = async (c) => {
    const ctx = await browser.createBrowserContext();
    try {
      const p = await ctx.newPage();
      await p.goto(`${url}/bench/${c}.html`, { waitUntil: 'load' });
      await p.waitForFunction(() => window.__ready === true, { timeout: 30_000 });
      await p.evaluate((data) => window.__bench({ n: data.length, data }), targets);
      return await p.evaluate(() =>
        [...document.querySelectorAll('#host > div')].map((box) => {
          const root = box.firstElementChild.shadowRoot;
          const t = (s) => [...root.querySelectorAll(s)].map((x) => x.textContent.trim());
          return {
            ticks: t('.axes text').join(' | '),
            points: String(root.querySelectorAll('.pt').length),
            label: t('.target-label').join(),
            legend: t('.legend li').join(' | '),
          };
        }),
      );
    } finally {
      await ctx.close();
    }
  };
  const ours = await grab('qd-trend');
  const floor = await grab('floor');
  const differences = [];
  ours.forEach((o, i) => {
    for (const k of Object.keys(o))
      if (o[k] !== floor[i]?.[k])
        differences.push({ indicator: targets[i].indicator, what: k, ours: o[k], floor: floor[i]?.[k] ?? '(none)' });
  });
  return { charts: ours.length, differences };
}
