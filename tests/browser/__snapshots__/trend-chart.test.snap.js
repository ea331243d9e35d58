/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["trend-port-zh"] = 
`<svg aria-activedescendant="id4" aria-label="港口集装箱吞吐量：数据点，用方向键浏览，回车键选择" class="plot-svg" height="300" part="svg" preserveAspectRatio="xMinYMin meet" role="group" tabindex="0" viewBox="0 0 606 300" width="100%" xmlns="http://www.w3.org/2000/svg">
  <g aria-hidden="true" class="axes">
    <path class="grid" d="M84 272H577M84 212.5H577M84 153H577M84 93.5H577M84 34H577"></path>
    <path class="axis" d="M84 272H577M110.4 272v5M198.4 272v5M286.5 272v5M374.5 272v5M462.6 272v5M550.6 272v5"></path>
    <text class="tick" dy="0.3em" text-anchor="end" x="76" y="272">2,000万TEU</text>
    <text class="tick" dy="0.3em" text-anchor="end" x="76" y="212.5">2,200万TEU</text>
    <text class="tick" dy="0.3em" text-anchor="end" x="76" y="153">2,400万TEU</text>
    <text class="tick" dy="0.3em" text-anchor="end" x="76" y="93.5">2,600万TEU</text>
    <text class="tick" dy="0.3em" text-anchor="end" x="76" y="34">2,800万TEU</text>
    <text class="tick" text-anchor="middle" x="110.4" y="292">2020年</text>
    <text class="tick" text-anchor="middle" x="198.4" y="292">2021年</text>
    <text class="tick" text-anchor="middle" x="286.5" y="292">2022年</text>
    <text class="tick" text-anchor="middle" x="374.5" y="292">2023年</text>
    <text class="tick" text-anchor="middle" x="462.6" y="292">2024年</text>
    <text class="tick" text-anchor="middle" x="550.6" y="292">2025年</text>
  </g>
  <g aria-hidden="true" class="lines">
    <path class="ln ln-required" d="M110.4,272L198.4,244.8L286.5,216.5L374.5,186.8L462.6,155.7L550.6,123.3"></path>
    <path class="ln ln-projection" d="M462.6,93.5L550.6,41.1"></path>
    <path class="ln ln-observed" d="M110.4,272L198.4,227.4L286.5,182.8L374.5,138.1L462.6,93.5"></path>
    <circle class="mk mk-target-ring" cx="550.6" cy="123.3" r="7"></circle>
    <circle class="mk mk-target-dot" cx="550.6" cy="123.3" r="2.5"></circle>
    <text class="target-label" text-anchor="end" x="540.6" y="145.3">目标 超过2,500万TEU</text>
  </g>
  <g class="points">
    <g aria-label="2020年（基期）：2,000万TEU（规划原文 一）" class="pt pt-base" id="id0" role="img">
      <rect class="mk mk-base" height="10" width="10" x="105.4" y="267"></rect>
    </g>
    <g aria-label="2021年：2,150万TEU（样例市统计局，2022年3月1日发布 (本站数据)）" class="pt pt-observed" id="id1" role="img">
      <circle class="mk mk-observed" cx="198.4" cy="227.4" r="5"></circle>
    </g>
    <g aria-label="2022年：2,300万TEU（样例市统计局，2023年3月1日发布 (本站数据)）" class="pt pt-observed" id="id2" role="img">
      <circle class="mk mk-observed" cx="286.5" cy="182.8" r="5"></circle>
    </g>
    <g aria-label="2023年：2,450万TEU（样例市统计局，2024年3月1日发布 (本站数据)）" class="pt pt-observed" id="id3" role="img">
      <circle class="mk mk-observed" cx="374.5" cy="138.1" r="5"></circle>
    </g>
    <g aria-label="2024年：2,600万TEU（样例市统计局，2025年3月1日发布 (本站数据)）" class="pt pt-observed active" id="id4" role="img">
      <circle class="focus-ring" cx="462.6" cy="93.5" r="10"></circle>
      <circle class="mk mk-observed" cx="462.6" cy="93.5" r="5"></circle>
    </g>
  </g>
</svg>
`;
/* end snapshot trend-port-zh */

snapshots["trend-services-trade-en"] = 
`<svg aria-activedescendant="id1" aria-label="Services trade: data points; arrow keys to move, Enter to select" class="plot-svg" height="300" part="svg" preserveAspectRatio="xMinYMin meet" role="group" tabindex="0" viewBox="0 0 446 300" width="100%" xmlns="http://www.w3.org/2000/svg">
  <g aria-hidden="true" class="axes">
    <path class="grid" d="M123 272H423M123 212.5H423M123 153H423M123 93.5H423M123 34H423"></path>
    <path class="axis" d="M123 272H423M139.1 272v5M192.6 272v5M246.2 272v5M299.8 272v5M353.4 272v5M406.9 272v5"></path>
    <text class="tick" dy="0.3em" text-anchor="end" x="115" y="272">CNY 80 billion</text>
    <text class="tick" dy="0.3em" text-anchor="end" x="115" y="212.5">CNY 90 billion</text>
    <text class="tick" dy="0.3em" text-anchor="end" x="115" y="153">CNY 100 billion</text>
    <text class="tick" dy="0.3em" text-anchor="end" x="115" y="93.5">CNY 110 billion</text>
    <text class="tick" dy="0.3em" text-anchor="end" x="115" y="34">CNY 120 billion</text>
    <text class="tick" text-anchor="middle" x="139.1" y="292">2020</text>
    <text class="tick" text-anchor="middle" x="192.6" y="292">2021</text>
    <text class="tick" text-anchor="middle" x="246.2" y="292">2022</text>
    <text class="tick" text-anchor="middle" x="299.8" y="292">2023</text>
    <text class="tick" text-anchor="middle" x="353.4" y="292">2024</text>
    <text class="tick" text-anchor="middle" x="406.9" y="292">2025</text>
  </g>
  <g aria-hidden="true" class="lines">
    <path class="ln ln-required" d="M139.1,272L192.6,240.7L246.2,207.3L299.8,171.8L353.4,133.9L406.9,93.5"></path>
    <path class="ln ln-projection" d="M299.8,152.7L353.4,106.6L406.9,57"></path>
    <path class="ln ln-observed" d="M139.1,272L299.8,152.7"></path>
    <circle class="mk mk-target-ring" cx="406.9" cy="93.5" r="7"></circle>
    <circle class="mk mk-target-dot" cx="406.9" cy="93.5" r="2.5"></circle>
    <text class="target-label" text-anchor="end" x="396.9" y="81.5">Target: reach CNY 110 billion</text>
  </g>
  <g class="points">
    <g aria-label="2020 (base): CNY 80 billion (Plan, section 一)" class="pt pt-base" id="id0" role="img">
      <rect class="mk mk-base" height="10" width="10" x="134.1" y="267"></rect>
    </g>
    <g aria-label="2023: CNY 100.1 billion (Test publisher, published Feb 1, 2024 (this site’s data))" class="pt pt-observed active" id="id1" role="img">
      <circle class="focus-ring" cx="299.8" cy="152.7" r="10"></circle>
      <circle class="mk mk-observed" cx="299.8" cy="152.7" r="5"></circle>
    </g>
  </g>
</svg>
`;
/* end snapshot trend-services-trade-en */

snapshots["trend-producer-share-zh"] = 
`<svg aria-activedescendant="id0" aria-label="生产性服务业增加值占服务业增加值比重：数据点，用方向键浏览，回车键选择" class="plot-svg" height="300" part="svg" preserveAspectRatio="xMinYMin meet" role="group" tabindex="0" viewBox="0 0 606 300" width="100%" xmlns="http://www.w3.org/2000/svg">
  <g aria-hidden="true" class="axes">
    <path class="grid" d="M36 272H577M36 224.4H577M36 176.8H577M36 129.2H577M36 81.6H577M36 34H577"></path>
    <path class="axis" d="M36 272H577M65 272v5M161.6 272v5M258.2 272v5M354.8 272v5M451.4 272v5M548 272v5"></path>
    <text class="tick" dy="0.3em" text-anchor="end" x="28" y="272">50%</text>
    <text class="tick" dy="0.3em" text-anchor="end" x="28" y="224.4">51%</text>
    <text class="tick" dy="0.3em" text-anchor="end" x="28" y="176.8">52%</text>
    <text class="tick" dy="0.3em" text-anchor="end" x="28" y="129.2">53%</text>
    <text class="tick" dy="0.3em" text-anchor="end" x="28" y="81.6">54%</text>
    <text class="tick" dy="0.3em" text-anchor="end" x="28" y="34">55%</text>
    <text class="tick" text-anchor="middle" x="65" y="292">2020年</text>
    <text class="tick" text-anchor="middle" x="161.6" y="292">2021年</text>
    <text class="tick" text-anchor="middle" x="258.2" y="292">2022年</text>
    <text class="tick" text-anchor="middle" x="354.8" y="292">2023年</text>
    <text class="tick" text-anchor="middle" x="451.4" y="292">2024年</text>
    <text class="tick" text-anchor="middle" x="548" y="292">2025年</text>
  </g>
  <g aria-hidden="true" class="lines">
    <path class="ln ln-required" d="M65,272L548,34"></path>
    <circle class="mk mk-target-ring" cx="548" cy="34" r="7"></circle>
    <circle class="mk mk-target-dot" cx="548" cy="34" r="2.5"></circle>
    <text class="target-label" text-anchor="end" x="538" y="22">目标 约55%</text>
  </g>
  <g class="points">
    <g aria-label="2020年（基期）：50%（规划原文 一）" class="pt pt-base active" id="id0" role="img">
      <circle class="focus-ring" cx="65" cy="272" r="10"></circle>
      <rect class="mk mk-base" height="10" width="10" x="60" y="267"></rect>
    </g>
  </g>
</svg>
`;
/* end snapshot trend-producer-share-zh */

snapshots["trend-visitor-spending-rate-zh"] = 
`<svg aria-activedescendant="id0" aria-label="游客消费总额年均增长：数据点，用方向键浏览，回车键选择" class="plot-svg" height="300" part="svg" preserveAspectRatio="xMinYMin meet" role="group" tabindex="0" viewBox="0 0 342 300" width="100%" xmlns="http://www.w3.org/2000/svg">
  <g aria-hidden="true" class="axes">
    <path class="grid" d="M36 272H313M36 224.4H313M36 176.8H313M36 129.2H313M36 81.6H313M36 34H313"></path>
    <path class="axis" d="M36 272H313M100.3 272v5M199.2 272v5M298.2 272v5"></path>
    <text class="tick" dy="0.3em" text-anchor="end" x="28" y="272">0%</text>
    <text class="tick" dy="0.3em" text-anchor="end" x="28" y="224.4">2%</text>
    <text class="tick" dy="0.3em" text-anchor="end" x="28" y="176.8">4%</text>
    <text class="tick" dy="0.3em" text-anchor="end" x="28" y="129.2">6%</text>
    <text class="tick" dy="0.3em" text-anchor="end" x="28" y="81.6">8%</text>
    <text class="tick" dy="0.3em" text-anchor="end" x="28" y="34">10%</text>
    <text class="tick" text-anchor="middle" x="100.3" y="292">2021年</text>
    <text class="tick" text-anchor="middle" x="199.2" y="292">2023年</text>
    <text class="tick" text-anchor="middle" x="298.2" y="292">2025年</text>
  </g>
  <g aria-hidden="true" class="lines">
    <path class="ln ln-required" d="M50.8,81.6L298.2,81.6"></path>
    <circle class="mk mk-target-ring" cx="298.2" cy="81.6" r="7"></circle>
    <circle class="mk mk-target-dot" cx="298.2" cy="81.6" r="2.5"></circle>
    <text class="target-label" text-anchor="start" x="52.8" y="71.6">目标 8%以上</text>
  </g>
  <g class="points">
    <g aria-label="2025年同比增长：9%以上（样例日报，2026年1月20日发布 (本站数据)）" class="pt pt-yoy active" id="id0" role="img">
      <circle class="focus-ring" cx="298.2" cy="57.8" r="10"></circle>
      <rect class="mk mk-hollow" height="10" width="10" x="293.2" y="52.8"></rect>
      <path class="mk-caret" d="M293.2 48.8l5-6 5 6"></path>
    </g>
  </g>
</svg>
`;
/* end snapshot trend-visitor-spending-rate-zh */

