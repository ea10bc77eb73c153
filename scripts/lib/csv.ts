/**
 * CSV as RFC 4180 writes it: records end in CRLF, and a field that holds a comma, a double quote, a CR
 * or an LF is put in double quotes, with each double quote inside doubled. Every other field is written
 * as it is. The reader is the writer's inverse, for the tests and for anyone who checks a published file.
 */

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The records (the header first) as one CSV text, each record ended by CRLF. */
export function writeCsv(records: readonly (readonly string[])[]): string {
  return records.map((record) => `${record.map(csvField).join(',')}\r\n`).join('');
}

/**
 * Reads RFC 4180 CSV into records. Accepts LF as well as CRLF between records, and a last record with
 * no line break after it; throws on a quote inside an unquoted field or an unclosed quoted field.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  // Whether the current field began (so "a," ends in an empty field, and "" is a record of nothing).
  let started = false;
  const endField = () => {
    record.push(field);
    field = '';
    quoted = false;
    started = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n')
          throw new Error(`CSV: text after a closing quote at character ${i}`);
        continue;
      }
      field += char;
      i++;
      continue;
    }
    if (char === ',') {
      endField();
      started = true;
      i++;
    } else if (char === '\r' && text[i + 1] === '\n') {
      endRecord();
      i += 2;
    } else if (char === '\n') {
      endRecord();
      i++;
    } else if (char === '"') {
      if (field !== '') throw new Error(`CSV: a quote inside an unquoted field at character ${i}`);
      quoted = true;
      started = true;
      i++;
    } else {
      field += char;
      started = true;
      i++;
    }
  }
  if (quoted) throw new Error('CSV: a quoted field is not closed');
  if (started || field !== '' || record.length > 0) endRecord();
  return records;
}
