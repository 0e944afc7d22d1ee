/**
 * One CSV line (RFC 4180): a field is quoted when it holds a comma, quote
 * or line break, and text starting with = + - @ is prefixed with ' so a
 * spreadsheet never runs it as a formula.
 */
export function csvLine(values: (string | number | null | undefined)[]) {
  return values
    .map((value) => {
      if (value === null || value === undefined) return ''
      let text = String(value)
      if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`
      return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
    })
    .join(',')
}

/** Lines joined with CRLF, ending with one. */
export function csvDocument(rows: (string | number | null | undefined)[][]) {
  return rows.map(csvLine).join('\r\n') + '\r\n'
}
