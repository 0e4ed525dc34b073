import type { IssueList } from './checks';
import { isPlainObject } from './checks';
import type { Law, Right } from './types';

export const LAWS: readonly Law[] = ['gdpr', '152-fz', 'dpdp', 'ccpa'];
export const RIGHTS: readonly Right[] = ['access', 'correct', 'delete', 'withdraw', 'object', 'restrict', 'portability', 'complain', 'nominate'];
export const REVISION = /^[A-Za-z0-9._-]{1,40}$/;
export const COUNTRY = /^[A-Z]{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_OR_PATH = /^(https?:\/\/[^\s]+|\/[^\s]*)$/;
const ID = /^[a-z][a-z0-9_-]{0,47}$/;

/** Checks `policy`; `categoryKeys` are the configured categories purposes may name. */
export function validatePolicy(v: IssueList, policy: unknown, categoryKeys: readonly string[], lang: string): void {
  const at = 'policy';
  if (
    !v.object(at, policy, [
      'revision', 'url', 'laws', 'operator', 'contact', 'data', 'purposes', 'retention',
      'recipients', 'rights', 'withdrawal', 'complaint', 'minimumAge', 'childDirected',
    ])
  ) return;
  v.string(`${at}.revision`, policy.revision, REVISION, 'a revision of 1-40 letters, digits, ".", "_" or "-" (bump it to ask everyone again)');
  v.string(`${at}.url`, policy.url, URL_OR_PATH, 'an http(s) URL or a path starting with "/" to the full policy');

  if (v.array(`${at}.laws`, policy.laws, 1)) policy.laws.forEach((law, i) => v.oneOf(`${at}.laws[${i}]`, law, LAWS));

  if (v.object(`${at}.operator`, policy.operator, ['name', 'country', 'address', 'registration'])) {
    const op = policy.operator;
    v.text(`${at}.operator.name`, op.name, lang);
    v.string(`${at}.operator.country`, op.country, COUNTRY, 'an ISO 3166-1 alpha-2 country code such as "RU" or "IN"');
    if (op.address !== undefined) v.text(`${at}.operator.address`, op.address, lang);
    if (op.registration !== undefined) v.text(`${at}.operator.registration`, op.registration, lang);
  }

  if (v.object(`${at}.contact`, policy.contact, ['email', 'phone', 'url', 'address', 'person'])) {
    const c = policy.contact;
    if (c.email !== undefined) v.string(`${at}.contact.email`, c.email, EMAIL, 'an email address');
    if (c.phone !== undefined) v.string(`${at}.contact.phone`, c.phone, /^[+()0-9 .-]{5,30}$/, 'a phone number');
    if (c.url !== undefined) v.string(`${at}.contact.url`, c.url, URL_OR_PATH, 'an http(s) URL or a path');
    if (c.address !== undefined) v.text(`${at}.contact.address`, c.address, lang);
    if (c.person !== undefined) v.text(`${at}.contact.person`, c.person, lang);
    if (c.email === undefined && c.phone === undefined && c.url === undefined && c.address === undefined) {
      v.add(`${at}.contact`, c, 'at least one of "email", "phone", "url" or "address"');
    }
  }

  const dataIds: string[] = [];
  if (v.array(`${at}.data`, policy.data, 1)) {
    policy.data.forEach((item, i) => {
      const p = `${at}.data[${i}]`;
      if (!v.object(p, item, ['id', 'name'])) return;
      if (v.string(`${p}.id`, item.id, ID, 'an id of lowercase letters, digits, "_" or "-"')) {
        if (dataIds.includes(item.id)) v.add(`${p}.id`, item.id, 'an id not used by another data item');
        dataIds.push(item.id);
      }
      v.text(`${p}.name`, item.name, lang);
    });
  }

  if (v.array(`${at}.purposes`, policy.purposes, 1)) {
    const purposeIds: string[] = [];
    policy.purposes.forEach((purpose, i) => {
      const p = `${at}.purposes[${i}]`;
      if (!v.object(p, purpose, ['id', 'title', 'description', 'data', 'category'])) return;
      if (v.string(`${p}.id`, purpose.id, ID, 'an id of lowercase letters, digits, "_" or "-"')) {
        if (purposeIds.includes(purpose.id)) v.add(`${p}.id`, purpose.id, 'an id not used by another purpose');
        purposeIds.push(purpose.id);
      }
      v.text(`${p}.title`, purpose.title, lang);
      if (purpose.description !== undefined) v.text(`${p}.description`, purpose.description, lang);
      v.oneOf(`${p}.category`, purpose.category, categoryKeys);
      if (purpose.data !== undefined && v.array(`${p}.data`, purpose.data)) {
        purpose.data.forEach((id, j) => v.oneOf(`${p}.data[${j}]`, id, dataIds));
      }
    });
  }

  v.text(`${at}.retention`, policy.retention, lang);
  v.text(`${at}.withdrawal`, policy.withdrawal, lang);

  if (policy.recipients !== undefined && v.array(`${at}.recipients`, policy.recipients)) {
    policy.recipients.forEach((r, i) => {
      const p = `${at}.recipients[${i}]`;
      if (!v.object(p, r, ['name', 'country', 'purpose'])) return;
      v.text(`${p}.name`, r.name, lang);
      v.string(`${p}.country`, r.country, COUNTRY, 'an ISO 3166-1 alpha-2 country code such as "RU" or "US"');
      v.text(`${p}.purpose`, r.purpose, lang);
    });
  }

  if (policy.rights !== undefined && v.array(`${at}.rights`, policy.rights)) {
    policy.rights.forEach((right, i) => v.oneOf(`${at}.rights[${i}]`, right, RIGHTS));
  }

  const laws = Array.isArray(policy.laws) ? policy.laws : [];
  if (policy.complaint !== undefined) {
    if (v.object(`${at}.complaint`, policy.complaint, ['authority', 'url'])) {
      v.text(`${at}.complaint.authority`, policy.complaint.authority, lang);
      if (policy.complaint.url !== undefined) v.string(`${at}.complaint.url`, policy.complaint.url, URL_OR_PATH, 'an http(s) URL');
    }
  } else if (laws.includes('dpdp')) {
    // DPDP s.5(1)(iii): the notice must say how to complain to the Data Protection Board.
    v.add(`${at}.complaint`, undefined, 'where to complain (required under "dpdp": the Data Protection Board of India)');
  }

  if (policy.minimumAge !== undefined) v.integer(`${at}.minimumAge`, policy.minimumAge, 0, 21);
  if (policy.childDirected !== undefined) v.boolean(`${at}.childDirected`, policy.childDirected);
  if (isPlainObject(policy.operator) && laws.includes('dpdp') && policy.minimumAge === undefined) {
    v.add(`${at}.minimumAge`, undefined, 'the minimum age to consent (required under "dpdp": 18)');
  }
}
