import { describe, expect, it } from 'vitest';
import { BOM, toCsv } from '../../../src/csv.js';
import { parseCsv } from '../../../src/io/index.js';
import { PlanError, figures } from '../../../src/index.js';
import { PLAN_CSV_COLUMNS, planCsv, planJson } from '../../../src/publish.js';

describe('plan.csv', () => {
  const csv = planCsv();
  const { header, records } = parseCsv(csv);

  it('starts with a UTF-8 BOM and has one row a figure, in the documented columns', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(header).toEqual([...PLAN_CSV_COLUMNS]);
    expect(records).toHaveLength(figures.length);
  });

  it('round-trips values, Chinese text and quotes with commas exactly', () => {
    const row = records.find((r) => r.fields.id === 'transport-share-2015')!;
    expect(row.fields.value).toBe('12.68');
    expect(row.fields.quote).toBe('交通运输、仓储和邮政业占服务业比重由2015年的12.68%下降至2020年的10.48%');
    const trade = records.find((r) => r.fields.id === 'services-trade-share-of-province-2020')!;
    expect(trade.fields.quote).toBe('我市服务进出口848.9亿元，占全省36.3%，稳居首位');
    expect(records.find((r) => r.fields.id === 'services-trade-2025')!.fields).toMatchObject({
      comparator: 'reach',
      target_year: '2025',
      base_figure: 'services-trade-2020',
    });
  });

  it('parseCsv reports the line of a row with the wrong number of fields, and of an unclosed quote', () => {
    const bad = toCsv(['a', 'b'], [['1', '2']]) + '3,4,5\r\n';
    expect(() => parseCsv(bad)).toThrow(PlanError);
    expect(() => parseCsv(bad)).toThrow(/line 3/);
    expect(() => parseCsv('a,b\n"x,1\n')).toThrow(/line 2.*never closed/);
  });

  it('toCsv quotes fields with commas, quotes and line breaks', () => {
    expect(toCsv(['x'], [['a,"b"\nc']], { bom: false })).toBe('x\r\n"a,""b""\nc"\r\n');
    expect(parseCsv(toCsv(['x', 'y'], [['a,"b"\nc', null]])).records[0]!.fields).toEqual({ x: 'a,"b"\nc', y: '' });
  });
});

describe('plan.json', () => {
  it('holds the metadata, structure, indicators and every figure', () => {
    const json = planJson();
    expect(json.meta.period).toEqual({ from: 2021, to: 2025 });
    expect(json.meta.titleStated).toBe(false);
    expect(json.figures).toHaveLength(figures.length);
    expect(JSON.parse(JSON.stringify(json)).figures[0].source.quote).toBe(figures[0]?.source.quote);
  });
});
