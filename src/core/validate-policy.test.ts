import { describe, expect, test } from 'vitest';
import { testConfig } from './testing/config-fixture';
import type { ConfigIssue } from './types';
import { validateConfig } from './validate';

function issuesOf(edit: (config: Record<string, any>) => void): ConfigIssue[] {
  const config = testConfig() as unknown as Record<string, any>;
  edit(config);
  const result = validateConfig(config);
  expect(result.ok).toBe(false);
  return result.issues;
}

function paths(issues: ConfigIssue[]): string[] {
  return issues.map((i) => i.path).sort();
}

function issueAt(issues: ConfigIssue[], path: string): ConfigIssue {
  const found = issues.find((i) => i.path === path);
  if (!found) throw new Error(`no issue at ${path}; got ${issues.map((i) => i.path).join(', ')}`);
  return found;
}

/** A policy under India's DPDP Act with everything it requires. */
function dpdp(c: Record<string, any>): void {
  c.policy.laws = ['dpdp'];
  c.policy.complaint = { authority: 'Data Protection Board of India', url: 'https://dpb.gov.in' };
  c.policy.minimumAge = 18;
  c.policy.grievance = { officer: 'Grievance Officer', email: 'grievance@example.test' };
  c.policy.rights = ['access', 'correct', 'delete', 'withdraw', 'nominate'];
  for (const p of c.policy.purposes) p.data ??= ['email'];
}

describe('policy', () => {
  test('missing policy', () => {
    expect(issueAt(issuesOf((c) => delete c.policy), 'policy')).toEqual({ path: 'policy', value: 'undefined (missing)', expected: 'an object' });
  });

  test('every required field missing is reported at once', () => {
    const issues = issuesOf((c) => (c.policy = {}));
    expect(paths(issues)).toEqual(
      ['policy.contact', 'policy.data', 'policy.laws', 'policy.operator', 'policy.purposes', 'policy.retention', 'policy.revision', 'policy.url', 'policy.withdrawal'].sort(),
    );
  });

  test('revision and url', () => {
    const issues = issuesOf((c) => {
      c.policy.revision = '2026/01';
      c.policy.url = 'privacy.html';
    });
    expect(issueAt(issues, 'policy.revision').value).toBe('"2026/01"');
    expect(issueAt(issues, 'policy.revision').expected).toContain('bump it to ask everyone again');
    expect(issueAt(issues, 'policy.url').expected).toContain('starting with "/"');
  });

  test('laws: at least one, each known', () => {
    expect(issueAt(issuesOf((c) => (c.policy.laws = [])), 'policy.laws').expected).toContain('at least 1');
    const issue = issueAt(issuesOf((c) => (c.policy.laws = ['gdpr', 'lgpd'])), 'policy.laws[1]');
    expect(issue).toEqual({ path: 'policy.laws[1]', value: '"lgpd"', expected: 'one of "gdpr", "152-fz", "dpdp", "ccpa"' });
  });

  test('bad country codes: operator and recipients', () => {
    const issues = issuesOf((c) => {
      c.policy.operator.country = 'gb';
      c.policy.recipients = [{ name: 'Yandex LLC', country: 'RUS', purpose: 'Statistics' }];
    });
    expect(issueAt(issues, 'policy.operator.country').value).toBe('"gb"');
    expect(issueAt(issues, 'policy.recipients[0].country').expected).toContain('ISO 3166-1 alpha-2');
  });

  test('contact: at least one way to reach the operator, each well-formed', () => {
    expect(issueAt(issuesOf((c) => (c.policy.contact = { person: 'DPO' })), 'policy.contact').expected).toContain('at least one of');
    const issues = issuesOf((c) => (c.policy.contact = { email: 'privacy at example', phone: 'call us', url: 'example.test' }));
    expect(paths(issues)).toEqual(['policy.contact.email', 'policy.contact.phone', 'policy.contact.url']);
  });

  test('duplicate data and purpose ids', () => {
    const issues = issuesOf((c) => {
      c.policy.data.push({ id: 'email', name: 'Another email' });
      c.policy.purposes.push({ id: 'stats', title: 'Again', category: 'analytics' });
    });
    expect(issueAt(issues, 'policy.data[2].id')).toMatchObject({ value: '"email"', expected: 'an id not used by another data item' });
    expect(issueAt(issues, 'policy.purposes[3].id')).toMatchObject({ value: '"stats"', expected: 'an id not used by another purpose' });
  });

  test('purposes naming unknown categories and data', () => {
    const issues = issuesOf((c) => {
      c.policy.purposes[1].category = 'statistics';
      c.policy.purposes[2].data = ['usage', 'phone'];
    });
    expect(issueAt(issues, 'policy.purposes[1].category')).toEqual({
      path: 'policy.purposes[1].category',
      value: '"statistics"',
      expected: 'one of "necessary", "analytics", "marketing"',
    });
    expect(issueAt(issues, 'policy.purposes[2].data[1]')).toEqual({ path: 'policy.purposes[2].data[1]', value: '"phone"', expected: 'one of "email", "usage"' });
  });

  test('rights must be known', () => {
    expect(issueAt(issuesOf((c) => (c.policy.rights = ['access', 'forget'])), 'policy.rights[1]').value).toBe('"forget"');
  });

  test('localized policy texts need the default language', () => {
    const issues = issuesOf((c) => {
      c.language = { default: 'hi', available: ['hi', 'en'] };
      c.policy.retention = { en: '3 years' };
      c.policy.operator.name = { hi: 'उदाहरण', en: 'Example' };
    });
    expect(issueAt(issues, 'policy.retention').expected).toBe('a text for the default language "hi" too');
    expect(issues.some((i) => i.path === 'policy.operator.name')).toBe(false);
  });

  test('minimumAge and childDirected types', () => {
    const issues = issuesOf((c) => {
      c.policy.minimumAge = 'eighteen';
      c.policy.childDirected = 'no';
    });
    expect(issueAt(issues, 'policy.minimumAge').expected).toBe('a whole number from 0 to 21');
    expect(issueAt(issues, 'policy.childDirected').expected).toBe('true or false');
  });
});

describe('DPDP (India)', () => {
  test('a complete DPDP policy passes', () => {
    const config = testConfig() as unknown as Record<string, any>;
    dpdp(config);
    expect(validateConfig(config).ok).toBe(true);
  });

  test('without a complaint authority and a minimum age it fails, naming both', () => {
    const issues = issuesOf((c) => {
      dpdp(c);
      delete c.policy.complaint;
      delete c.policy.minimumAge;
    });
    expect(paths(issues)).toEqual(['policy.complaint', 'policy.minimumAge']);
    expect(issueAt(issues, 'policy.complaint').expected).toContain('Data Protection Board');
    expect(issueAt(issues, 'policy.minimumAge').expected).toContain('18');
  });

  test('complaint must be well-formed', () => {
    const issues = issuesOf((c) => {
      dpdp(c);
      c.policy.complaint = { authority: '', url: 'dpb' };
    });
    expect(paths(issues)).toEqual(['policy.complaint.authority', 'policy.complaint.url']);
  });

  test('every purpose itemises its data, and an empty list itemises nothing (Rules 2025 r.3)', () => {
    const issues = issuesOf((c) => {
      dpdp(c);
      delete c.policy.purposes[0].data;
      c.policy.purposes[1].data = [];
    });
    expect(paths(issues)).toEqual(['policy.purposes[0].data', 'policy.purposes[1].data']);
    expect(issueAt(issues, 'policy.purposes[1].data').expected).toContain('Rules 2025 r.3(b)(i)');
  });

  test('a grievance officer (or "not stated") and one way to reach them; the route is operator first (s.13(3))', () => {
    expect(issueAt(issuesOf((c) => (dpdp(c), delete c.policy.grievance)), 'policy.grievance.officer').expected).toContain('s.13(3)');
    expect(issueAt(issuesOf((c) => (dpdp(c), (c.policy.grievance = { officer: { notStated: true } }))), 'policy.grievance').expected).toBe('at least one of "email", "phone" or "url"');
    const unnamed = testConfig() as unknown as Record<string, any>;
    dpdp(unnamed);
    unnamed.policy.grievance = { officer: { notStated: true }, email: 'info@example.test' };
    const result = validateConfig(unnamed);
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.path)).toEqual(['policy.grievance.officer']);
  });

  test('a right the Act gives (s.11, s.12, s.6(4), s.14) that the policy leaves out, nominating included, is warned about, not refused', () => {
    const warned = (rights: string[] | undefined) => {
      const config = testConfig() as unknown as Record<string, any>;
      dpdp(config);
      config.policy.rights = rights;
      if (!rights) delete config.policy.rights;
      const result = validateConfig(config);
      expect(result.ok).toBe(true);
      return result.ok ? result.warnings.map((w) => [w.path, w.expected]) : [];
    };
    // The default rights (access, correct, delete, withdraw) lack the right to nominate.
    expect(warned(undefined)).toEqual([['policy.rights', expect.stringMatching(/^rights that include "nominate" too: .*s\.14.*Rules 2025 r\.3\(c\)/)]]);
    expect(warned(['access', 'withdraw', 'complain'])).toEqual([['policy.rights', expect.stringMatching(/^rights that include "correct", "delete", "nominate" too/)]]);
    expect(warned(['access', 'correct', 'delete', 'withdraw', 'nominate'])).toEqual([]);
    // Only under "dpdp": the GDPR fixture's default rights warn of nothing.
    expect(validateConfig(testConfig())).toMatchObject({ ok: true, warnings: [] });
  });

  test('other laws do not require a complaint authority', () => {
    for (const laws of [['gdpr'], ['ccpa']] as const) {
      const config = testConfig() as unknown as Record<string, any>;
      config.policy.laws = [...laws];
      expect(validateConfig(config).ok, laws.join()).toBe(true);
    }
  });

  test('the US opt-out model stands alone: "ccpa" beside an opt-in law is refused, saying why', () => {
    for (const laws of [['gdpr', 'ccpa'], ['ccpa', '152-fz'], ['dpdp', 'ccpa']]) {
      const config = testConfig() as unknown as Record<string, any>;
      config.policy.laws = laws;
      const result = validateConfig(config);
      expect(result.ok, laws.join()).toBe(false);
      const issue = issueAt(result.ok ? [] : result.issues, 'policy.laws');
      expect(issue.expected).toContain('["ccpa"] alone');
      expect(issue.expected).toContain('EU, UK, Russian and Indian visitors');
    }
  });
});
