import type { Locale } from '#core/locales'
import { formatMoney } from '#core/money_format'
import type { Shift } from '#collections/models/collection_route'
import type { RejectionReason } from '#collections/quality_rules'
import type { AdjustmentKind } from '#collections/models/farmer_adjustment'

/**
 * The dairy words and numbers farmers read, in each language: the receipt
 * SMS here and the USSD screens (app/ussd) use them. Litres keep one
 * decimal, in the reader's number format.
 */
const NUMBER_LOCALE: Record<Locale, string> = { en: 'en-KE', fr: 'fr-FR', sw: 'sw-KE' }

export function litres(locale: Locale, value: number) {
  return new Intl.NumberFormat(NUMBER_LOCALE[locale], {
    maximumFractionDigits: 1,
    minimumFractionDigits: 0,
  }).format(value)
}

export const SHIFT_NAMES: Record<Locale, Record<Shift, string>> = {
  en: { am: 'AM', pm: 'PM' },
  fr: { am: 'matin', pm: 'soir' },
  sw: { am: 'asubuhi', pm: 'jioni' },
}

export const REJECTION_NAMES: Record<Locale, Record<RejectionReason, string>> = {
  en: {
    lactometer_low: 'water added',
    lactometer_high: 'density too high',
    alcohol_positive: 'alcohol test failed',
    temperature_high: 'too warm',
    other: 'refused by grader',
  },
  fr: {
    lactometer_low: 'eau ajoutée',
    lactometer_high: 'densité trop haute',
    alcohol_positive: 'test alcool positif',
    temperature_high: 'trop chaud',
    other: 'refusé au contrôle',
  },
  sw: {
    lactometer_low: 'maji yameongezwa',
    lactometer_high: 'uzito wa juu mno',
    alcohol_positive: 'kipimo cha alkoholi kimefeli',
    temperature_high: 'moto mno',
    other: 'imekataliwa na mpimaji',
  },
}

/** `2026-11` as the reader names a month: "Nov 2026". */
export function monthName(locale: Locale, period: string) {
  const [year, month] = period.split('-').map(Number)
  return new Intl.DateTimeFormat(NUMBER_LOCALE[locale], {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, 1))
}

/** `2026-11-30` as the reader writes a short date. */
export function shortDate(locale: Locale, isoDate: string) {
  const [year, month, day] = isoDate.split('-').map(Number)
  return new Intl.DateTimeFormat(NUMBER_LOCALE[locale], {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, day))
}

export interface ReceiptFacts {
  cooperative: string
  litres: number
  /** `YYYY-MM-DD` */
  date: string
  shift: Shift
  place: string
  grade: string | null
  rejectionReason: RejectionReason | null
  periodTotal: number
  reference: string
  /** The reference of the collection this one corrects. */
  corrects: string | null
}

const RECEIPT: Record<Locale, (f: ReceiptFacts, n: (v: number) => string, d: string) => string> = {
  en: (f, n, d) =>
    [
      `${f.cooperative}: `,
      f.corrects ? `CORRECTION of ${f.corrects}: ` : '',
      f.grade
        ? `${n(f.litres)} L received ${d} ${SHIFT_NAMES.en[f.shift]} at ${f.place}, grade ${f.grade}.`
        : `${n(f.litres)} L REJECTED ${d} ${SHIFT_NAMES.en[f.shift]} at ${f.place}: ${REJECTION_NAMES.en[f.rejectionReason ?? 'other']}.`,
      ` Month total ${n(f.periodTotal)} L. Ref ${f.reference}`,
    ].join(''),
  fr: (f, n, d) =>
    [
      `${f.cooperative} : `,
      f.corrects ? `CORRECTION de ${f.corrects} : ` : '',
      f.grade
        ? `${n(f.litres)} L reçus le ${d} ${SHIFT_NAMES.fr[f.shift]} à ${f.place}, qualité ${f.grade}.`
        : `${n(f.litres)} L REFUSÉS le ${d} ${SHIFT_NAMES.fr[f.shift]} à ${f.place} : ${REJECTION_NAMES.fr[f.rejectionReason ?? 'other']}.`,
      ` Total du mois ${n(f.periodTotal)} L. Réf ${f.reference}`,
    ].join(''),
  sw: (f, n, d) =>
    [
      `${f.cooperative}: `,
      f.corrects ? `MAREKEBISHO ya ${f.corrects}: ` : '',
      f.grade
        ? `Lita ${n(f.litres)} zimepokelewa ${d} ${SHIFT_NAMES.sw[f.shift]} ${f.place}, daraja ${f.grade}.`
        : `Lita ${n(f.litres)} ZIMEKATALIWA ${d} ${SHIFT_NAMES.sw[f.shift]} ${f.place}: ${REJECTION_NAMES.sw[f.rejectionReason ?? 'other']}.`,
      ` Jumla ya mwezi lita ${n(f.periodTotal)}. Kumb ${f.reference}`,
    ].join(''),
}

/** Names longer than this are cut on receipts, to keep them within two SMS parts. */
const RECEIPT_NAME_MAX = 24

const cut = (name: string) =>
  name.length <= RECEIPT_NAME_MAX ? name : `${name.slice(0, RECEIPT_NAME_MAX - 1)}…`

/** The receipt a farmer gets for each collection (and each correction). */
export function receiptText(locale: Locale, facts: ReceiptFacts) {
  const shortened = { ...facts, cooperative: cut(facts.cooperative), place: cut(facts.place) }
  return RECEIPT[locale](shortened, (v) => litres(locale, v), shortDate(locale, facts.date))
}

export interface StatementSummaryFacts {
  cooperative: string
  period: string
  litresByGrade: Record<string, number>
  /** Minor unit; null while the period has no prices. */
  gross: number | null
  deductions: number
  bonuses: number
  net: number | null
  currency: string
  memberNumber: string
}

const SUMMARY: Record<
  Locale,
  (f: StatementSummaryFacts, l: string, m: (v: number) => string, p: string) => string
> = {
  en: (f, l, m, p) =>
    f.net === null
      ? `${f.cooperative} ${p}: ${l}. Prices not set yet. Member ${f.memberNumber}`
      : `${f.cooperative} ${p}: ${l}. Pay ${m(f.gross!)}, deductions ${m(f.deductions)}${f.bonuses ? `, bonus ${m(f.bonuses)}` : ''}, net ${m(f.net)}. Member ${f.memberNumber}`,
  fr: (f, l, m, p) =>
    f.net === null
      ? `${f.cooperative} ${p} : ${l}. Prix pas encore fixés. Membre ${f.memberNumber}`
      : `${f.cooperative} ${p} : ${l}. Lait ${m(f.gross!)}, retenues ${m(f.deductions)}${f.bonuses ? `, prime ${m(f.bonuses)}` : ''}, net ${m(f.net)}. Membre ${f.memberNumber}`,
  sw: (f, l, m, p) =>
    f.net === null
      ? `${f.cooperative} ${p}: ${l}. Bei bado hazijawekwa. Mwanachama ${f.memberNumber}`
      : `${f.cooperative} ${p}: ${l}. Malipo ${m(f.gross!)}, makato ${m(f.deductions)}${f.bonuses ? `, bonasi ${m(f.bonuses)}` : ''}, jumla ${m(f.net)}. Mwanachama ${f.memberNumber}`,
}

/** `412.5 L (A 400, B 12.5)`: the accepted litres, per grade when there are several. */
function litresByGradeText(locale: Locale, litresByGrade: Record<string, number>) {
  const grades = Object.entries(litresByGrade)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([grade, value]) => `${grade} ${litres(locale, value)}`)
  const total = Object.values(litresByGrade).reduce((sum, value) => sum + value, 0)
  return `${litres(locale, total)} L${grades.length > 1 ? ` (${grades.join(', ')})` : ''}`
}

/** A farmer's statement in one SMS: litres per grade, pay, deductions, bonus, net. */
export function statementSummaryText(locale: Locale, facts: StatementSummaryFacts) {
  return SUMMARY[locale](
    { ...facts, cooperative: cut(facts.cooperative) },
    litresByGradeText(locale, facts.litresByGrade),
    (value) => formatMoney(value, facts.currency, locale),
    monthName(locale, facts.period)
  )
}

export interface PayoutStatementFacts {
  cooperative: string
  period: string
  litresByGrade: Record<string, number>
  /** Minor units. */
  gross: number
  deductions: number
  bonuses: number
  paid: number
  currency: string
  phone: string
  /** The provider's name ('M-Pesa') and its receipt number. */
  provider: string
  receipt: string
  memberNumber: string
}

const PAID: Record<
  Locale,
  (f: PayoutStatementFacts, l: string, m: (v: number) => string, p: string) => string
> = {
  en: (f, l, m, p) =>
    `${f.cooperative} ${p}: ${m(f.paid)} sent to ${f.phone}, ${f.provider} ref ${f.receipt}. ${l}, milk ${m(f.gross)}, deductions ${m(f.deductions)}${f.bonuses ? `, bonus ${m(f.bonuses)}` : ''}. Member ${f.memberNumber}`,
  fr: (f, l, m, p) =>
    `${f.cooperative} ${p} : ${m(f.paid)} envoyés au ${f.phone}, réf ${f.provider} ${f.receipt}. ${l}, lait ${m(f.gross)}, retenues ${m(f.deductions)}${f.bonuses ? `, prime ${m(f.bonuses)}` : ''}. Membre ${f.memberNumber}`,
  sw: (f, l, m, p) =>
    `${f.cooperative} ${p}: ${m(f.paid)} zimetumwa ${f.phone}, kumb ${f.provider} ${f.receipt}. ${l}, maziwa ${m(f.gross)}, makato ${m(f.deductions)}${f.bonuses ? `, bonasi ${m(f.bonuses)}` : ''}. Mwanachama ${f.memberNumber}`,
}

/** The statement a farmer gets once their pay of a payout run has left: what was sent and why. */
export function payoutStatementText(locale: Locale, facts: PayoutStatementFacts) {
  return PAID[locale](
    { ...facts, cooperative: cut(facts.cooperative) },
    litresByGradeText(locale, facts.litresByGrade),
    (value) => formatMoney(value, facts.currency, locale),
    monthName(locale, facts.period)
  )
}

export interface PayoutFailedFacts {
  cooperative: string
  period: string
  amount: number
  currency: string
  phone: string
  memberNumber: string
}

const PAY_FAILED: Record<Locale, (f: PayoutFailedFacts, m: string, p: string) => string> = {
  en: (f, m, p) =>
    `${f.cooperative} ${p}: your pay of ${m} to ${f.phone} could not be sent. The cooperative will send it again; if this number is wrong, tell the clerk. Member ${f.memberNumber}`,
  fr: (f, m, p) =>
    `${f.cooperative} ${p} : votre paiement de ${m} au ${f.phone} n'a pas pu être envoyé. La coopérative le renverra ; si ce numéro est faux, dites-le au commis. Membre ${f.memberNumber}`,
  sw: (f, m, p) =>
    `${f.cooperative} ${p}: malipo yako ya ${m} kwa ${f.phone} hayakutumwa. Chama kitayatuma tena; kama nambari hii si sahihi, mwambie karani. Mwanachama ${f.memberNumber}`,
}

const PAY_REVERSED: Record<Locale, (f: PayoutFailedFacts, m: string, p: string) => string> = {
  en: (f, m, p) =>
    `${f.cooperative} ${p}: your pay of ${m} to ${f.phone} was taken back by the provider. It is owed to you again and the cooperative will send it again; if this number is wrong, tell the clerk. Member ${f.memberNumber}`,
  fr: (f, m, p) =>
    `${f.cooperative} ${p} : votre paiement de ${m} au ${f.phone} a été repris par l'opérateur. Il vous est de nouveau dû et la coopérative le renverra ; si ce numéro est faux, dites-le au commis. Membre ${f.memberNumber}`,
  sw: (f, m, p) =>
    `${f.cooperative} ${p}: malipo yako ya ${m} kwa ${f.phone} yamerudishwa na mtoa huduma. Bado unadai na chama kitayatuma tena; kama nambari hii si sahihi, mwambie karani. Mwanachama ${f.memberNumber}`,
}

/** What a farmer is told when their pay of a payout run, once sent, was taken back by the provider. */
export function payoutReversedText(locale: Locale, facts: PayoutFailedFacts) {
  return PAY_REVERSED[locale](
    { ...facts, cooperative: cut(facts.cooperative) },
    formatMoney(facts.amount, facts.currency, locale),
    monthName(locale, facts.period)
  )
}

/** What a farmer is told when their pay of a payout run could not be sent. */
export function payoutFailedText(locale: Locale, facts: PayoutFailedFacts) {
  return PAY_FAILED[locale](
    { ...facts, cooperative: cut(facts.cooperative) },
    formatMoney(facts.amount, facts.currency, locale),
    monthName(locale, facts.period)
  )
}

const ADJUSTMENT_NAMES: Record<Locale, Record<Exclude<AdjustmentKind, 'carried'>, string>> = {
  en: {
    transport: 'Transport',
    advance: 'Advance',
    inputs: 'Inputs',
    bonus: 'Bonus',
    other: 'Other',
  },
  fr: {
    transport: 'Transport',
    advance: 'Avance',
    inputs: 'Intrants',
    bonus: 'Prime',
    other: 'Autre',
  },
  sw: {
    transport: 'Usafiri',
    advance: 'Mkopo',
    inputs: 'Pembejeo',
    bonus: 'Bonasi',
    other: 'Mengineyo',
  },
}

const CARRIED: Record<Locale, (month: string) => string> = {
  en: (month) => `Owed from ${month}`,
  fr: (month) => `Reste dû de ${month}`,
  sw: (month) => `Deni la ${month}`,
}

/**
 * A deduction or bonus as its reader names it: its kind, or for what was
 * carried from the month before (the period of a `carried` adjustment is the
 * month it is taken from; it comes from the month before), "Owed from Oct 2026".
 */
export function adjustmentLabel(
  locale: Locale,
  adjustment: { kind: AdjustmentKind; period: string }
) {
  if (adjustment.kind !== 'carried') return ADJUSTMENT_NAMES[locale][adjustment.kind]
  return CARRIED[locale](monthName(locale, previousPeriod(adjustment.period)))
}

/** `2026-01` → `2025-12`. */
export function previousPeriod(period: string) {
  const [year, month] = period.split('-').map(Number)
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`
}
