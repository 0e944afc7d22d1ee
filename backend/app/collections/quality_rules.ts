/*
 * The one milk-quality rule, imported by the API (which decides at sync) and
 * by the web app (the phone judges a can offline, before any network):
 * web/tsconfig.json maps `@njia/quality-rules` to this file. It must stay
 * self-contained (no import), since the web build compiles it too.
 */

export const OUTCOMES = ['accepted', 'rejected'] as const
export type Outcome = (typeof OUTCOMES)[number]

/** Why milk is refused; each has a text in every language (sms_texts.ts). */
export const REJECTION_REASONS = [
  'lactometer_low',
  'lactometer_high',
  'alcohol_positive',
  'temperature_high',
  'other',
] as const
export type RejectionReason = (typeof REJECTION_REASONS)[number]

export const GRADES = ['A', 'B'] as const
export type Grade = (typeof GRADES)[number]

export interface QualityTests {
  lactometer?: number | null
  alcoholPassed?: boolean | null
  temperatureC?: number | null
  fatPct?: number | null
  snfPct?: number | null
  /** The clerk refuses the milk for a reason the tests do not show (smell, colour, dirt). */
  rejectedForOther?: boolean
}

export interface QualityResult {
  outcome: Outcome
  rejectionReason: RejectionReason | null
  grade: Grade | null
}

/** A cooperative's acceptance thresholds (its model and its API answer both carry them). */
export interface Thresholds {
  lactometerMin: number
  lactometerMax: number
  maxTemperatureC: number
  minFatPct: number | null
  minSnfPct: number | null
}

/**
 * The cooperative's acceptance rule: a lactometer reading outside its band
 * (water added, or skimmed), a failed alcohol test (souring) or warm milk is
 * refused; accepted milk is grade A unless a measured fat or SNF is under
 * the cooperative's minimum (grade B, paid on the B rate).
 */
export function judgeQuality(tests: QualityTests, thresholds: Thresholds): QualityResult {
  const reject = (reason: RejectionReason): QualityResult => ({
    outcome: 'rejected',
    rejectionReason: reason,
    grade: null,
  })
  if (tests.alcoholPassed === false) return reject('alcohol_positive')
  if (tests.lactometer !== null && tests.lactometer !== undefined) {
    if (tests.lactometer < thresholds.lactometerMin) return reject('lactometer_low')
    if (tests.lactometer > thresholds.lactometerMax) return reject('lactometer_high')
  }
  if (
    tests.temperatureC !== null &&
    tests.temperatureC !== undefined &&
    tests.temperatureC > thresholds.maxTemperatureC
  ) {
    return reject('temperature_high')
  }
  if (tests.rejectedForOther) return reject('other')
  const below = (value: number | null | undefined, min: number | null) =>
    value !== null && value !== undefined && min !== null && value < min
  const gradeB =
    below(tests.fatPct, thresholds.minFatPct) || below(tests.snfPct, thresholds.minSnfPct)
  return { outcome: 'accepted', rejectionReason: null, grade: gradeB ? 'B' : 'A' }
}
