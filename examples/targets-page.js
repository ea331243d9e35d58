// Lists the plan's targets from the built data (dist/), as text only.
import { baseFigureOf, targets } from '../dist/src/index.js';

const QUALIFIER = { approx: '左右 about', at_least: '以上 at least', more_than: '超过 more than', less_than: '不足 less than', at_most: '以内 at most', exact: '' };
const cell = (text, cls) => {
  const td = document.createElement('td');
  td.textContent = text;
  if (cls) td.className = cls;
  return td;
};

const body = document.querySelector('#targets tbody');
for (const t of targets) {
  const tr = document.createElement('tr');
  const name = document.createElement('th');
  name.scope = 'row';
  name.textContent = `${t.name.zh} / ${t.name.en}`;
  const base = baseFigureOf(t);
  const source = document.createElement('td');
  const quote = document.createElement('blockquote');
  quote.textContent = `「${t.source.quote}」`;
  source.append(`${t.source.section} `, quote);
  tr.append(
    name,
    cell(`${t.value}${t.unit} ${QUALIFIER[t.qualifier]}`.trim(), 'num'),
    cell(t.form),
    cell(base ? `${base.value}${base.unit}` : '—', 'num'),
    source,
  );
  body.append(tr);
}
document.getElementById('targets').hidden = false;
document.getElementById('status').textContent = `${targets.length} 项量化目标 / ${targets.length} quantified targets`;
