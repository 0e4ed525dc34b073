import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';
import { sampleRecord } from './testing/record-fixture';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rlf', '"cr\rlf"'],
    ['=1+2', "'=1+2"],
    ['+7 495', "'+7 495"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    // Excel in Russian or German splits at ";", quoted or not: each piece is defused.
    ["/privacy;=cmd|' /C calc'!A0;", "/privacy;'=cmd|' /C calc'!A0;"],
    ['a;b;-1', "a;b;'-1"],
    ['tab\t@x', "tab\t'@x"],
    ['a; =1', 'a; =1'],
    ["https://a/\n=cmd|' /C calc'!A0;", `"https://a/\n'=cmd|' /C calc'!A0;"`],
    ['\t=1', "'\t'=1"],
    ['', ''],
  ])('%j -> %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });
});

describe('toCsv', () => {
  it('writes a header, one CRLF line per record and the maps as JSON cells', () => {
    const record = sampleRecord({ recordId: 'rec-0123456789abcdef', consentId: 'con-0123456789abcdef' });
    const csv = toCsv([{ receivedAt: '2026-03-01T12:00:00.000Z', record }]);
    const [header, row, end] = csv.split('\r\n');
    expect(header!.split(',')).toHaveLength(18);
    expect(end).toBe('');
    expect(row).toBe(
      '2026-03-01T12:00:00.000Z,rec-0123456789abcdef,con-0123456789abcdef,1,2026-03-01T10:00:00.000Z,accept_all,banner,' +
        '"{""necessary"":true,""analytics"":true,""marketing"":true}","{""yandex-metrica"":true}",2026-01,https://shop.example/privacy,' +
        `${record.library.version},1,ru,https://shop.example,false,,`,
    );
  });

  it('keeps the proof of a 152-FZ consent (its text\'s hash) and a DPDP Consent Manager\'s reference', () => {
    const record = sampleRecord({ consentText: 'a'.repeat(64), consentManager: 'cm.example.in:artefact/42' });
    const row = toCsv([{ receivedAt: '2026-03-01T12:00:00.000Z', record }]).split('\r\n')[1]!;
    expect(row.endsWith(`,${'a'.repeat(64)},cm.example.in:artefact/42`)).toBe(true);
  });
});
