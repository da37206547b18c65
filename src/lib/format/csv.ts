// CSV for exports: RFC 4180 quoting, and guarded against formula injection in spreadsheet programs.

export type CsvCell = string | number | null | undefined;

function cell(value: CsvCell): string {
  if (value == null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  // A text starting like a formula (=, @, or +/− before a non-number) is not run by a spreadsheet.
  const safe = /^[=@\t\r]/.test(value) || /^[+-](?![\d.])/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(columns: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [columns, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/**
 * A file name from a title in any locale: "Loyalty index, weekly" → "loyalty-index-weekly",
 * "Größe, wöchentlich" → "groesse-woechentlich".
 */
export function fileSlug(title: string): string {
  return title
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** Offers a file to the user to save. */
export function download(fileName: string, href: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
}
