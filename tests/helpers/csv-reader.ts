/**
 * A strict RFC 4180 reader for the CSV tests, written here so it shares nothing with the writer
 * (electron/engine/format/csv-cell.ts): records end at CRLF or LF, a quoted field doubles its
 * quotes, a quote inside an unquoted field or text after a closing quote is an error. It
 * reads what a spreadsheet stores in each cell, before any formula is looked for.
 */
export function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const endOfRecord = () => text[i] === '\n' || (text[i] === '\r' && text[i + 1] === '\n');
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('a quoted field is not closed');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += text[i++];
      }
      if (i < text.length && text[i] !== ',' && !endOfRecord()) throw new Error(`text after a closing quote at ${i}`);
    } else {
      while (i < text.length && text[i] !== ',' && !endOfRecord()) {
        if (text[i] === '"') throw new Error(`a quote inside an unquoted field at ${i}`);
        cell += text[i++];
      }
    }
    record.push(cell);
    if (text[i] === ',') {
      i++;
      // A comma at the very end leaves one more (empty) field.
      if (i === text.length) record.push('');
      continue;
    }
    records.push(record);
    record = [];
    if (i < text.length) i += text[i] === '\r' ? 2 : 1;
  }
  return records;
}
