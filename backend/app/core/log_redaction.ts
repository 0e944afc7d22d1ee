/**
 * Phone numbers are personal data: every log line goes through
 * `maskPhoneNumbers` (see config/logger.ts), which keeps the country code
 * and the last four digits, enough to tell numbers apart when debugging.
 *
 *   +221771234567   -> +221****4567
 *   %2B254712345678 -> %2B254****5678  (URL-encoded, in logged URLs/forms)
 *   254712345678    -> 254****5678     (M-Pesa's MSISDN format, no plus)
 */
const E164 = /(\+|%2B)(\d{3})\d{1,8}(\d{4})(?!\d)/gi
const MSISDN = /(?<![\w.])(221|25[4-6])\d{5}(\d{4})(?![\w.])/g

export function maskPhoneNumbers(text: string): string {
  return text.replace(E164, '$1$2****$3').replace(MSISDN, '$1****$2')
}

/** Object paths whose values never reach the logs. */
export const redactedLogPaths = [
  'password',
  'token',
  'authorization',
  '*.password',
  '*.token',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'headers.cookie',
  '*.headers.cookie',
]
