import { decodeReport, looksBinary, parseReport } from '../../lib/reports';
import { ascii, fixtureBytes, jpFeedbackBytes, NOW } from '../fixtures/reports/load';

describe('decodeReport', () => {
  it('reads UTF-8 with and without BOM', () => {
    const body = new TextEncoder().encode('Date\tRating\nGröße ✓');
    expect(decodeReport(body)).toEqual({ text: 'Date\tRating\nGröße ✓', encoding: 'utf-8' });
    expect(decodeReport(new Uint8Array([0xef, 0xbb, 0xbf, ...body]))).toEqual({ text: 'Date\tRating\nGröße ✓', encoding: 'utf-8' });
  });

  it('reads UTF-16 with a BOM, and little-endian without one', () => {
    const le = (s: string) => [...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
    const be = (s: string) => [...s].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]);
    expect(decodeReport(new Uint8Array([0xff, 0xfe, ...le('Date\tRating ä')]))).toEqual({ text: 'Date\tRating ä', encoding: 'utf-16le' });
    expect(decodeReport(new Uint8Array([0xfe, 0xff, ...be('Date\tRating ä')]))).toEqual({ text: 'Date\tRating ä', encoding: 'utf-16be' });
    expect(decodeReport(new Uint8Array(le('amazon-order-id\tsku')))).toEqual({ text: 'amazon-order-id\tsku', encoding: 'utf-16le' });
  });

  it('reads Shift_JIS bytes as Japanese, with or without the JP hint', () => {
    const bytes = jpFeedbackBytes();
    const hinted = decodeReport(bytes, { marketplace: 'JP' });
    expect(hinted.encoding).toBe('shift_jis');
    expect(hinted.text).toContain('ありがとう おそい');
    expect(decodeReport(bytes)).toEqual(hinted);
  });

  it('reads ISO-8859-1 German feedback as windows-1252 with its umlauts', () => {
    const { text, encoding } = decodeReport(fixtureBytes('feedback-de-latin1.txt'), { marketplace: 'DE' });
    expect(encoding).toBe('windows-1252');
    expect(text).toContain('Artikel kam beschädigt an. Größe stimmt nicht, Qualität schlecht.');
    expect(text).toContain('(Übergröße)');
  });

  it('does not take Latin-1 for Shift_JIS even when the bytes happen to be valid Shift_JIS', () => {
    // "Universität" in Latin-1: E4 74 is also a valid Shift_JIS pair (a kanji), but there is no kana.
    const { text, encoding } = decodeReport(new Uint8Array(ascii('Universit\u00e4t')));
    expect(encoding).toBe('windows-1252');
    expect(text).toBe('Universität');
  });
});

describe('a UTF-8 file cut off in the middle of a character', () => {
  it('stays UTF-8: the damaged line is named and rejected, every other row reads with its umlauts', () => {
    const decoded = decodeReport(fixtureBytes('feedback-de-utf8-cut.txt'));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.damagedLines).toEqual([4]);
    expect(decoded.text).toContain('Bettwäsche kam beschädigt an');
    const r = parseReport(decoded.text, { fileName: 'de.txt', now: NOW, marketplace: 'DE', damagedLines: decoded.damagedLines });
    expect(r.records.feedback.map((f) => f.comment)).toEqual(['Bettwäsche kam beschädigt an', 'Größe stimmt nicht, Rücksendung schwierig']);
    expect(r.errors).toEqual([{
      line: 4, reason: "The line has bytes that are not valid text in the file's encoding (a damaged or cut-off file): it is not imported.",
    }]);
  });

  it('stays UTF-8 for a stray byte among many good sequences, naming its line', () => {
    const good = new TextEncoder().encode('Date\tComments\n' + '1.2.25\tGröße, Qualität, Bettwäsche: schön\n'.repeat(6));
    const bytes = new Uint8Array([...good, ...ascii('2.2.25\tbad '), 0xff, ...ascii(' byte\n'), ...good.slice(14)]);
    const decoded = decodeReport(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.damagedLines).toEqual([8]);
    expect(decoded.text.split('\n')[7]).toBe('2.2.25\tbad \uFFFD byte');
  });

  it('still takes a Latin-1 file with many accented letters and one valid-looking pair for windows-1252', () => {
    // "Ã©" is C3 A9 in Latin-1, a valid UTF-8 pair; the other accented letters are not UTF-8
    const bytes = new Uint8Array([...ascii('Gr'), 0xf6, 0xdf, ...ascii('e '), 0xc3, 0xa9, ...ascii(' Qualit'), 0xe4, ...ascii('t sch'), 0xf6, ...ascii('n')]);
    expect(decodeReport(bytes)).toEqual({ text: 'Größe Ã© Qualität schön', encoding: 'windows-1252' });
  });
});

describe('binary junk and empty files', () => {
  const junk = (): Uint8Array => {
    const b = new Uint8Array(2048);
    let x = 7;
    for (let i = 0; i < b.length; i++) b[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    return b;
  };

  it('flags binary data', () => {
    const { text } = decodeReport(junk());
    expect(looksBinary(text)).toBe(true);
    expect(looksBinary('amazon-order-id\tsku\n111-0000001-0000001\tX')).toBe(false);
  });

  it('parseReport rejects binary data and empty files as a whole (line 0)', () => {
    const opts = { fileName: 'x.txt', now: NOW };
    expect(parseReport(decodeReport(junk()).text, opts)).toEqual({
      kind: 'unknown', records: { orders: [], items: [], feedback: [], returns: [] },
      errors: [{ line: 0, reason: 'The file is not a text report (it contains binary data).' }],
      stats: { rows: 0, accepted: 0, rejected: 0 },
    });
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, ...ascii('report.txt')]);
    expect(parseReport(decodeReport(zip).text, opts).errors[0]?.reason).toMatch(/binary/);
    expect(parseReport('', opts).errors).toEqual([{ line: 0, reason: 'The file is empty.' }]);
    expect(parseReport('\r\n\n  \n', opts).errors).toEqual([{ line: 0, reason: 'The file is empty.' }]);
  });
});
