import { currencySchema } from '#core/contract/enums'
import { ACCOUNT_PURPOSES, JOURNAL_KINDS, type AccountPurpose } from '#money/ledger_accounts'
import type { JournalLine, LedgerTotal } from '#money/services/ledger_report_service'
import { LEDGER_CHECKS, type LedgerProblem } from '#money/services/ledger_verifier'
import { id, isoDateTime, named, z } from '#core/contract/response_schema'

const purpose = () => z.enum(Object.keys(ACCOUNT_PURPOSES) as [AccountPurpose, ...AccountPurpose[]])

export const ledgerTotalSchema = named(
  'LedgerTotal',
  z.object({
    currency: currencySchema,
    purpose: purpose(),
    balance: z.number().int().meta({
      description: 'Minor units, on the purpose’s normal side (positive: held, owed or earned)',
    }),
    accounts: z.number().int(),
  })
)

export const ledgerJournalSchema = named(
  'LedgerJournal',
  z.object({
    id: id(),
    kind: named('JournalKind', z.enum(JOURNAL_KINDS)),
    memo: z.string(),
    createdAt: isoDateTime(),
    entries: z.array(
      z.object({
        owner: z.string().meta({ examples: ['order:12', 'organisation:3', 'platform'] }),
        purpose: purpose(),
        amount: z.number().int().meta({ description: 'Minor units: debit > 0, credit < 0' }),
        currency: currencySchema,
      })
    ),
  })
)

export const ledgerVerificationSchema = named(
  'LedgerVerification',
  z.object({
    checkedAt: isoDateTime(),
    sound: z
      .boolean()
      .meta({ description: 'Every balance matches its entries; every invariant holds' }),
    problems: z.array(
      z.object({
        check: named('LedgerCheck', z.enum(LEDGER_CHECKS)),
        detail: z
          .string()
          .meta({ description: 'Which account or journal, and by how much, in English' }),
        values: z.record(z.string(), z.union([z.string(), z.number()])).meta({
          description:
            'The same facts by name, to word in any language: `account`, `owner`, `purpose`, `currency`, `balance` and `computed` (balance); `journal`, `currency`, `total` (journal_balanced); `journal`, `entries` (journal_entries); `entry`, `currency`, `accountCurrency` (entry_currency); `account`, `owner`, `purpose`, `currency`, `balance` (non_negative); `currency`, `total` (trial_balance). Amounts in minor units.',
        }),
      })
    ),
  })
)

export default class LedgerReportTransformer {
  static verification(
    checkedAt: string,
    problems: LedgerProblem[]
  ): z.infer<typeof ledgerVerificationSchema> {
    return { checkedAt, sound: problems.length === 0, problems }
  }

  static total(total: LedgerTotal): z.infer<typeof ledgerTotalSchema> {
    return { ...total }
  }

  static journal(journal: JournalLine): z.infer<typeof ledgerJournalSchema> {
    return { ...journal, entries: journal.entries.map((entry) => ({ ...entry })) }
  }
}
