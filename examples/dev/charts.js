// Dev page of the chart widgets: ?lang=en|zh-CN &theme=light|dark &only=trend|share &ids=a,b
import '../../components/trend-chart/index.ts';
import '../../components/share-chart/index.ts';

const q = new URLSearchParams(location.search);
const lang = q.get('lang') ?? 'zh-CN';
const theme = q.get('theme') ?? 'light';
const only = q.get('only');
document.documentElement.lang = lang;
if (theme === 'dark') document.body.classList.add('dark');

const trendIds = (
  q.get('ids') ??
  'port-container-throughput,services-trade,producer-services-share-of-services,new-municipal-service-clusters,tourism-revenue,finance-value-added'
).split(',');
const userTrade = [
  {
    indicator: 'services-trade',
    year: 2023,
    period: 'FY',
    measure: 'level',
    value: 1000.5,
    bound: 'exact',
    unit: '亿元',
    vintage: 'final',
    publisher: '青岛市商务局',
    published: '2024-02-01',
    url: 'https://example.org/trade-2023',
    reliability: 'official',
  },
];
const make = (tag, attrs) => {
  const el = document.createElement(tag);
  el.setAttribute('theme', theme);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
};
if (only !== 'share') {
  for (const id of trendIds) {
    const el = make('qd-trend-chart', { indicator: id });
    if (id === 'services-trade' && q.get('user') !== '0') el.observations = userTrade;
    document.getElementById('trend').append(el);
  }
}
if (only !== 'trend') {
  document.getElementById('share').append(
    make('qd-share-chart', { indicator: 'producer-services-share-of-services' }),
    make('qd-share-chart', { indicators: 'producer-services-share-of-services,transport-share-of-services' }),
    make('qd-share-chart', {
      indicators: 'services-share-of-gdp,digital-economy-core-share-of-gdp,culture-share-of-gdp',
    }),
    make('qd-share-chart', { indicator: 'services-trade' }),
  );
}
