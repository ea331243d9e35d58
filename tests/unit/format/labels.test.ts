import { describe, expect, it } from 'vitest';
import {
  formatTarget,
  presetDocument,
  presetDocumentUrl,
  presetLabel,
  provisionalLabel,
  qualifierLabel,
  reasonLabel,
  statusLabel,
  statusWithProvisional,
  warningLabel,
} from '../../../src/format/index.js';
import { presets, type ReasonCode, type WarningCode } from '../../../src/calc/index.js';

describe('statusLabel(status, locale, achievedEarly)', () => {
  it('uses the mid-term review wording in zh-CN', () => {
    expect(statusLabel('achieved', 'zh-CN', true)).toBe('提前实现');
    expect(statusLabel('achieved')).toBe('已实现');
    expect(statusLabel('on_track')).toBe('基本符合或快于预期');
    expect(
      ['needs_acceleration', 'insufficient_progress', 'moving_away'].map((s) => statusLabel(s as 'on_track')),
    ).toEqual(['滞后预期', '滞后预期', '滞后预期']);
    expect(statusLabel('not_achieved')).toBe('未实现');
    expect(statusLabel('not_assessable')).toBe('无法评估');
  });
  it('has English labels', () => {
    expect(statusLabel('achieved', 'en', true)).toBe('Achieved early');
    expect(statusLabel('needs_acceleration', 'en')).toBe('Needs acceleration');
    expect(statusLabel('not_assessable', 'en')).toBe('Not assessable');
  });
});

describe('qualifierLabel(comparator, locale)', () => {
  it('returns 约/以上/超过/不足/以内/达到 and about/at least/more than/less than/at most/reach', () => {
    const cs = ['approx', 'at_least', 'more_than', 'less_than', 'at_most', 'reach'] as const;
    expect(cs.map((c) => qualifierLabel(c))).toEqual(['约', '以上', '超过', '不足', '以内', '达到']);
    expect(cs.map((c) => qualifierLabel(c, 'en'))).toEqual([
      'about',
      'at least',
      'more than',
      'less than',
      'at most',
      'reach',
    ]);
    expect(qualifierLabel('exact')).toBe('');
  });
});

describe('formatTarget(target, options)', () => {
  it('words a target as the plan does, the qualifier before or after the number', () => {
    expect(formatTarget({ value: 1600, unit: '亿元', comparator: 'more_than' })).toBe('超过1,600亿元');
    expect(formatTarget({ value: 10, unit: '个', comparator: 'at_least' })).toBe('10个以上');
    expect(formatTarget({ value: 55, unit: '%', comparator: 'approx' })).toBe('约55%');
    expect(formatTarget({ value: 1600, unit: '亿元', comparator: 'more_than' }, { locale: 'en' })).toBe(
      'more than CNY 160 billion',
    );
  });

  it('words a growth target the plan states without a qualifier as growth (增长15%), not as a level to reach', () => {
    expect(formatTarget({ value: 15, unit: '%', comparator: 'reach', form: 'cumulative_growth' })).toBe('增长15%');
    expect(
      formatTarget({ value: 15, unit: '%', comparator: 'reach', form: 'cumulative_growth' }, { locale: 'en' }),
    ).toBe('growth of 15%');
    expect(formatTarget({ value: 5, unit: '%', comparator: 'at_least', form: 'avg_annual_growth' })).toBe('5%以上');
    expect(formatTarget({ value: 2580, unit: '万TEU', comparator: 'reach', form: 'level' })).toBe('达到2,580万TEU');
  });
});

describe('reasonLabel(code, locale) and warningLabel(code, locale)', () => {
  it('label every reason and warning code in both languages', () => {
    const reasons: ReasonCode[] = [
      'insufficient_data',
      'no_observation',
      'partial_year_only',
      'definition_differs',
      'no_target_year_data',
      'zero_base',
      'zero_target',
      'zero_value',
      'sign_change',
      'negative_value',
      'target_equals_base',
      'base_missing',
      'growth_rate_series',
      'qualitative_target',
    ];
    const warnings: WarningCode[] = [
      'vintage_chosen',
      'part_year_bound',
      'part_year_ignored',
      'price_basis_differs',
      'unit_converted',
      'definition_differs',
      'base_override',
      'after_target_year_ignored',
      'ratio_unavailable',
      'base_year_moved',
      'direction_flipped',
    ];
    for (const r of reasons) {
      expect(reasonLabel(r)).toMatch(/\p{Script=Han}/u);
      expect(reasonLabel(r, 'en')).toMatch(/^[A-Z]/);
    }
    for (const w of warnings) {
      expect(warningLabel(w)).toMatch(/\p{Script=Han}/u);
      expect(warningLabel(w, 'en')).toMatch(/^[A-Z]/);
    }
    expect(reasonLabel('base_missing')).toBe('缺少基期数据');
  });
});

describe('provisionalLabel(provisional, locale, targetYear) and statusWithProvisional(assessment, locale)', () => {
  const p = { status: 'on_track', year: 2024, method: 'growth', ratio: 1.1 } as const;
  it('says provisional and the year, in zh-CN with the mid-term review wording', () => {
    expect(provisionalLabel(p, 'en')).toBe('provisional: on track as of 2024');
    expect(provisionalLabel(p, 'en', 2025)).toBe(
      'provisional: on track as of 2024 (the 2025 figure is not published yet)',
    );
    expect(provisionalLabel(p)).toBe('暂判：基本符合或快于预期（据2024年数据）');
    expect(provisionalLabel({ ...p, status: 'moving_away' }, 'zh-CN', 2025)).toBe(
      '暂判：滞后预期（据2024年数据，2025年数据尚未发布）',
    );
  });
  it('shows a not-assessable status with its provisional reading, visibly not a verdict', () => {
    expect(statusWithProvisional({ status: 'not_assessable', provisional: p }, 'en')).toBe(
      'Not assessable · provisional: on track as of 2024',
    );
    expect(statusWithProvisional({ status: 'not_assessable', provisional: p })).toBe(
      '无法评估 · 暂判：基本符合或快于预期（据2024年数据）',
    );
    expect(statusWithProvisional({ status: 'achieved', achievedEarly: true, provisional: null }, 'en')).toBe(
      'Achieved early',
    );
  });
  it('throws invalid_argument for a status that is not a trajectory status or a year that is not whole', () => {
    expect(() => provisionalLabel({ ...p, status: 'achieved' as 'on_track' })).toThrow(/on_track/);
    expect(() => provisionalLabel({ ...p, year: 2024.5 })).toThrow(/whole year/);
  });
});

describe('presetLabel(preset, locale), presetDocument(preset, locale) and presetDocumentUrl(preset)', () => {
  it('names every built-in preset with its code, and the method document it follows', () => {
    expect(presetLabel('eurostat', 'en')).toBe('Eurostat growth ratio (eurostat)');
    expect(presetLabel('eurostat')).toBe('Eurostat 增长率比（eurostat）');
    expect(presetDocument('eurostat', 'en')).toMatch(/^Eurostat, Sustainable development in the EU/);
    for (const name of Object.keys(presets)) {
      expect(presetLabel(name, 'en')).toMatch(new RegExp(`^[A-Z].* \\(${name}\\)$`));
      expect(presetLabel(name)).toMatch(/\p{Script=Han}/u);
      expect(presetDocument(name, 'en')).toMatch(/^[A-Z]/);
      expect(presetDocument(name)).toMatch(/\p{Script=Han}/u);
    }
  });
  it('gives every built-in preset’s method document an https address of its publisher', () => {
    const hosts: Record<string, string> = {
      eurostat: 'ec.europa.eu',
      unsd2022: 'unstats.un.org',
      unsd2023: 'unstats.un.org',
      escap: 'data.unescap.org',
      ndrc: 'www.gov.cn',
    };
    expect(Object.keys(hosts).sort()).toEqual(Object.keys(presets).sort());
    for (const name of Object.keys(presets)) {
      const url = new URL(presetDocumentUrl(name)!);
      expect(url.protocol, name).toBe('https:');
      expect(url.host, name).toBe(hosts[name]);
    }
    expect(presetDocumentUrl('escap')).toBe('https://data.unescap.org/resource-guides/progress-assessment-methodology');
  });
  it('shows a custom preset by its name alone, without a document', () => {
    expect(presetLabel('my-office', 'en')).toBe('my-office');
    expect(presetDocument('my-office')).toBeNull();
    expect(presetDocumentUrl('my-office')).toBeNull();
  });
  it('throws invalid_argument for a preset that is not a name', () => {
    expect(() => presetLabel({ name: 'eurostat' } as unknown as string)).toThrow(/presetLabel: got preset/);
    expect(() => presetDocument(Number.NaN as unknown as string)).toThrow(/pass a preset name/);
    expect(() => presetDocumentUrl(null as unknown as string)).toThrow(/presetDocumentUrl: got preset/);
  });
});
