import { fileSlug, toCsv } from './csv';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and leaves numbers as numbers', () => {
    expect(
      toCsv(
        ['Week', 'Note', 'Value'],
        [
          ['W47 2026', 'a, "b"', 31.4],
          ['W48 2026', null, Number.NaN],
        ],
      ),
    ).toBe('Week,Note,Value\r\nW47 2026,"a, ""b""",31.4\r\nW48 2026,,\r\n');
  });
  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(toCsv(['x'], [['=HYPERLINK("http://evil")'], ['+cmd'], ['-1.5'], ['@sum']])).toBe(
      'x\r\n"\'=HYPERLINK(""http://evil"")"\r\n\'+cmd\r\n-1.5\r\n\'@sum\r\n',
    );
  });
});

describe('fileSlug', () => {
  it('makes a file name from a title', () => {
    expect(fileSlug('Loyalty index, weekly')).toBe('loyalty-index-weekly');
  });
  it('spells German umlauts and ß out', () => {
    expect(fileSlug('Größe der Säulen, wöchentlich')).toBe('groesse-der-saeulen-woechentlich');
    expect(fileSlug('Café')).toBe('cafe');
  });
});
