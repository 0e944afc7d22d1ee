/**
 * How a text travels as SMS: GSM-7 (160 characters in one segment, 153 per
 * segment once split; the extension characters count twice) or, as soon as
 * one character is outside GSM 03.38, UCS-2 (70, then 67). One "ê" turns a
 * 150-character French text into three segments, so `fitSms` swaps the
 * characters GSM-7 lacks for their nearest letters when that saves segments.
 */
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà'
const GSM_EXTENSION = '^{}\\[~]|€\f'

const BASIC = new Set(GSM_BASIC)
const EXTENSION = new Set(GSM_EXTENSION)

export type SmsEncoding = 'GSM-7' | 'UCS-2'

export interface SmsSegments {
  encoding: SmsEncoding
  segments: number
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number
}

export function countSegments(text: string): SmsSegments {
  let septets = 0
  for (const char of text) {
    if (BASIC.has(char)) septets += 1
    else if (EXTENSION.has(char)) septets += 2
    else {
      const units = text.length
      return { encoding: 'UCS-2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) }
    }
  }
  return {
    encoding: 'GSM-7',
    units: septets,
    segments: septets <= 160 ? 1 : Math.ceil(septets / 153),
  }
}

/** Characters with an exact GSM-7 stand-in: swapped always, nothing is lost. */
const SAME_IN_GSM: Record<string, string> = {
  '\u00a0': ' ',
  '\u202f': ' ',
  '’': "'",
  '‘': "'",
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
  '…': '...',
  // An order's name (orders/order_name.ts): "maize · Industrial Area → Thika".
  '→': '->',
  '·': '-',
}

/** Nearest GSM-7 spelling of the letters French and Swahili texts use that GSM-7 lacks. */
const NEAREST_IN_GSM: Record<string, string> = {
  'â': 'a',
  'á': 'a',
  'ã': 'a',
  'À': 'A',
  'Â': 'A',
  'Á': 'A',
  'ê': 'e',
  'ë': 'e',
  'È': 'E',
  'Ê': 'E',
  'Ë': 'E',
  'î': 'i',
  'ï': 'i',
  'í': 'i',
  'Î': 'I',
  'Ï': 'I',
  'ô': 'o',
  'ó': 'o',
  'õ': 'o',
  'Ô': 'O',
  'û': 'u',
  'ú': 'u',
  'Û': 'U',
  'Ù': 'U',
  'ç': 'c',
  'ÿ': 'y',
  'œ': 'oe',
  'Œ': 'OE',
  '«': '"',
  '»': '"',
  '°': 'o',
}

const respell = (text: string, table: Record<string, string>) =>
  Array.from(text, (char) => table[char] ?? char).join('')

/**
 * The text to send: spaces and quotes in their GSM-7 form, and accented
 * letters GSM-7 lacks respelled only when that saves segments (a name in
 * another script stays UCS-2: nothing is lost, it only costs more).
 */
export function fitSms(text: string): { text: string } & SmsSegments {
  const plain = respell(text, SAME_IN_GSM)
  const asWritten = countSegments(plain)
  if (asWritten.encoding === 'GSM-7') return { text: plain, ...asWritten }
  const respelled = respell(plain, NEAREST_IN_GSM)
  const asGsm = countSegments(respelled)
  return asGsm.segments < asWritten.segments
    ? { text: respelled, ...asGsm }
    : { text: plain, ...asWritten }
}
