// Dev page: ?lang=en|zh-CN &theme=light|dark &as-of=2024 &only=card|bar
import '../../components/index.ts';

const q = new URLSearchParams(location.search);
const lang = q.get('lang') ?? 'zh-CN';
const theme = q.get('theme') ?? 'light';
const asOf = q.get('as-of');
document.documentElement.lang = lang;
if (theme === 'dark') document.body.classList.add('dark');

const ids = [
  'services-trade',
  'port-container-throughput',
  'producer-services-share-of-services',
  'new-service-innovation-centres',
  'technology-contract-turnover',
  'logistics-value-added',
];
const make = (tag, indicator, extra = {}) => {
  const el = document.createElement(tag);
  if (indicator) el.setAttribute('indicator', indicator);
  el.setAttribute('theme', theme);
  if (asOf) el.setAttribute('as-of', asOf);
  for (const [k, v] of Object.entries(extra)) el.setAttribute(k, v);
  return el;
};
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
for (const id of ids) {
  const card = make('qd-target-card', id);
  if (id === 'services-trade' && q.get('user') !== '0') card.observations = userTrade;
  document.getElementById('cards').append(card);
  document.getElementById('bars').append(make('qd-progress-bar', id));
}
document
  .getElementById('errors')
  .append(
    make('qd-target-card', 'services-trad'),
    make('qd-target-card', 'services-trade', { src: '/tests/browser/fixtures/missing.csv' }),
    make('qd-progress-bar', 'services-trade', { 'as-of': '2030' }),
  );

// qd-target-table and qd-plan-dashboard (?only=table|dashboard shows just that one; &dimension= / &industry= for the table).
import '../../components/target-table/index.ts';
import '../../components/plan-dashboard/index.ts';
{
  const only = q.get('only');
  const table = make('qd-target-table', null);
  for (const k of ['dimension', 'industry']) if (q.get(k)) table.setAttribute(k, q.get(k));
  const dashboard = make('qd-plan-dashboard', null);
  document.getElementById('tables').append(table);
  document.getElementById('dashboards').append(dashboard);
  if (only === 'table' || only === 'dashboard') document.body.replaceChildren(only === 'table' ? table : dashboard);
}
