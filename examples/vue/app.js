// Vue 3 example, without SFC or templates: the widgets as plain elements made
// with h(). Vue sets properties on custom elements when the element has them
// (`observations`, `asOf`) and `onQdSelect` / `onQdError` listen to `qd-select`
// and `qd-error`. Bundled by scripts/build-examples.mjs into examples/generated/vue.js.
import { createApp, h, ref } from 'vue';
import { observations } from 'qingdao-services-plan';
import 'qingdao-services-plan/components';

/** The site's own copy of a published figure (the widget marks it as the site's). */
const siteObservations = observations
  .filter((o) => o.indicator === 'port-container-throughput')
  .map(({ origin: _origin, ...o }) => o);

const TEXT = {
  'zh-CN': {
    title: 'Vue 3 示例',
    lang: '语言',
    asOf: '评估年份',
    broken: '显示一个出错的组件（触发 qd-error）',
    last: '最近的事件',
    none: '尚无事件：点击表格或总览中的目标名称，或图表中的数据点。',
  },
  en: {
    title: 'Vue 3 example',
    lang: 'Language',
    asOf: 'As of',
    broken: 'Show a broken widget (fires qd-error)',
    last: 'Last event',
    none: 'No event yet: pick a target’s name in the table or the dashboard, or a point of the chart.',
  },
};

createApp({
  setup() {
    const lang = ref('en');
    const asOf = ref(2025);
    const broken = ref(false);
    const last = ref(null);
    const onEvent = (e) => (last.value = { type: e.type, tag: e.target.localName, detail: e.detail });
    const widget = (tag, props = {}) =>
      h(tag, { lang: lang.value, asOf: asOf.value, onQdSelect: onEvent, onQdError: onEvent, ...props });
    const section = (tag, el) =>
      h('section', { class: 'example', 'aria-labelledby': `${tag}-title` }, [
        h('h2', { id: `${tag}-title` }, [h('code', `<${tag}>`)]),
        el,
      ]);

    return () => {
      const t = TEXT[lang.value];
      return h('main', { lang: lang.value }, [
        h('h1', t.title),
        h('div', { class: 'row' }, [
          h('label', [
            `${t.lang} `,
            h('select', { id: 'lang', value: lang.value, onChange: (e) => (lang.value = e.target.value) }, [
              h('option', { value: 'zh-CN' }, '中文'),
              h('option', { value: 'en' }, 'English'),
            ]),
          ]),
          ' ',
          h('label', [
            `${t.asOf} `,
            h(
              'select',
              { id: 'as-of', value: String(asOf.value), onChange: (e) => (asOf.value = Number(e.target.value)) },
              [2021, 2022, 2023, 2024, 2025].map((y) => h('option', { key: y, value: String(y) }, String(y))),
            ),
          ]),
          ' ',
          h('label', [
            h('input', {
              type: 'checkbox',
              id: 'broken',
              checked: broken.value,
              onChange: (e) => (broken.value = e.target.checked),
            }),
            ` ${t.broken}`,
          ]),
        ]),
        h('section', { 'aria-labelledby': 'last-title', class: 'event-log' }, [
          h('h2', { id: 'last-title' }, t.last),
          h(
            'p',
            { role: 'status', id: 'last-event' },
            last.value ? `${last.value.type} ← <${last.value.tag}>` : t.none,
          ),
          last.value
            ? h(
                'pre',
                { class: 'code', id: 'last-detail', tabindex: 0, 'aria-label': t.last },
                JSON.stringify(last.value.detail, null, 2),
              )
            : null,
        ]),
        broken.value ? widget('qd-target-card', { indicator: 'not-an-indicator', id: 'broken-card' }) : null,
        h('div', { class: 'grid-2' }, [
          section(
            'qd-target-card',
            widget('qd-target-card', { indicator: 'port-container-throughput', observations: siteObservations }),
          ),
          section('qd-share-chart', widget('qd-share-chart', { indicator: 'producer-services-share-of-services' })),
        ]),
        section('qd-progress-bar', widget('qd-progress-bar', { indicator: 'services-trade' })),
        section(
          'qd-trend-chart',
          widget('qd-trend-chart', { indicator: 'port-container-throughput', observations: siteObservations }),
        ),
        section('qd-target-table', widget('qd-target-table', { industry: 'modern-logistics' })),
        section('qd-plan-dashboard', widget('qd-plan-dashboard', { 'heading-level': '3' })),
      ]);
    };
  },
}).mount('#app');
