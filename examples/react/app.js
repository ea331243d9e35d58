// React 19 example, without JSX: the widgets as plain elements. React 19 sets
// properties on custom elements (`observations`, `asOf`) and listens to their
// events with `on` + the event name (`onqd-select`, `onqd-error`).
// Bundled by scripts/build-examples.mjs into examples/generated/react.js.
import { createElement as h, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { observations } from 'qingdao-services-plan';
import 'qingdao-services-plan/components';

/** The site's own copy of a published figure (origin is set by the widget: marked as the site's). */
const siteObservations = observations
  .filter((o) => o.indicator === 'port-container-throughput')
  .map(({ origin: _origin, ...o }) => o);

const TEXT = {
  'zh-CN': {
    title: 'React 19 示例',
    lang: '语言',
    asOf: '评估年份',
    broken: '显示一个出错的组件（触发 qd-error）',
    last: '最近的事件',
    none: '尚无事件：点击表格或总览中的目标名称，或图表中的数据点。',
  },
  en: {
    title: 'React 19 example',
    lang: 'Language',
    asOf: 'As of',
    broken: 'Show a broken widget (fires qd-error)',
    last: 'Last event',
    none: 'No event yet: pick a target’s name in the table or the dashboard, or a point of the chart.',
  },
};

function App() {
  const [lang, setLang] = useState('en');
  const [asOf, setAsOf] = useState(2025);
  const [broken, setBroken] = useState(false);
  const [last, setLast] = useState(null);
  const onEvent = useCallback((e) => setLast({ type: e.type, tag: e.target.localName, detail: e.detail }), []);
  const t = TEXT[lang];
  const events = { 'onqd-select': onEvent, 'onqd-error': onEvent };
  const widget = (tag, props = {}) => h(tag, { lang, asOf, ...events, ...props });
  const section = (tag, ...children) =>
    h(
      'section',
      { className: 'example', 'aria-labelledby': `${tag}-title` },
      h('h2', { id: `${tag}-title` }, h('code', null, `<${tag}>`)),
      ...children,
    );

  return h(
    'main',
    { lang },
    h('h1', null, t.title),
    h(
      'div',
      { className: 'row' },
      h(
        'label',
        null,
        `${t.lang} `,
        h(
          'select',
          { value: lang, onChange: (e) => setLang(e.target.value), id: 'lang' },
          h('option', { value: 'zh-CN' }, '中文'),
          h('option', { value: 'en' }, 'English'),
        ),
      ),
      ' ',
      h(
        'label',
        null,
        `${t.asOf} `,
        h(
          'select',
          { value: String(asOf), onChange: (e) => setAsOf(Number(e.target.value)), id: 'as-of' },
          [2021, 2022, 2023, 2024, 2025].map((y) => h('option', { key: y, value: String(y) }, String(y))),
        ),
      ),
      ' ',
      h(
        'label',
        null,
        h('input', { type: 'checkbox', id: 'broken', checked: broken, onChange: (e) => setBroken(e.target.checked) }),
        ` ${t.broken}`,
      ),
    ),
    h(
      'section',
      { 'aria-labelledby': 'last-title', className: 'event-log' },
      h('h2', { id: 'last-title' }, t.last),
      h('p', { role: 'status', id: 'last-event' }, last ? `${last.type} ← <${last.tag}>` : t.none),
      last
        ? h(
            'pre',
            { className: 'code', id: 'last-detail', tabIndex: 0, 'aria-label': t.last },
            JSON.stringify(last.detail, null, 2),
          )
        : null,
    ),
    broken ? widget('qd-target-card', { indicator: 'not-an-indicator', id: 'broken-card' }) : null,
    h(
      'div',
      { className: 'grid-2' },
      section(
        'qd-target-card',
        widget('qd-target-card', { indicator: 'port-container-throughput', observations: siteObservations }),
      ),
      section('qd-share-chart', widget('qd-share-chart', { indicator: 'producer-services-share-of-services' })),
    ),
    section('qd-progress-bar', widget('qd-progress-bar', { indicator: 'services-trade' })),
    section(
      'qd-trend-chart',
      widget('qd-trend-chart', { indicator: 'port-container-throughput', observations: siteObservations }),
    ),
    section('qd-target-table', widget('qd-target-table', { industry: 'modern-logistics' })),
    section('qd-plan-dashboard', widget('qd-plan-dashboard', { 'heading-level': '3' })),
  );
}

createRoot(document.getElementById('app')).render(h(App));
