import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { Keypair, Networks, TransactionBuilder, type Transaction } from '@stellar/stellar-sdk'
import QueueService from '#core/services/queue_service'
import PayoutGateways from '#money/services/payout_gateways'
import StellarNetwork from '#money/providers/stellar_network'
import StellarPayoutProvider from '#money/providers/stellar_payout_provider'
import { startFakeProvider, type RecordedRequest, type Reply } from '#tests/fake_http_server'
import { RecordingQueue } from '#tests/notifications_fixtures'

interface StandInAccount {
  sequence: bigint
  /** "KES:G..." -> amount in stroops-free decimal units; "native" for lumens. */
  balances: Map<string, number>
}

interface Landed {
  hash: string
  ledger: number
  successful: boolean
  envelope_xdr: string
  memo?: string
}

const failure = (transaction: string, operations?: string[]): Reply => ({
  status: 400,
  body: {
    type: 'https://stellar.org/horizon-errors/transaction_failed',
    title: 'Transaction Failed',
    status: 400,
    extras: { result_codes: operations ? { transaction, operations } : { transaction } },
  },
})

const notFound: Reply = {
  status: 404,
  body: {
    type: 'https://stellar.org/horizon-errors/not_found',
    title: 'Resource Missing',
    status: 404,
  },
}

/**
 * A local Horizon stand-in (never the internet): it speaks Horizon's JSON
 * for accounts, transaction submission and reads by hash, and Friendbot.
 * Submitted envelopes are decoded with the SDK, their signature checked
 * against the source account, their sequence number and time bound
 * enforced, and payments and trustlines applied like the network does (a
 * known hash is answered again, never applied twice).
 */
export async function startHorizonStandIn() {
  const accounts = new Map<string, StandInAccount>()
  const landed = new Map<string, Landed>()
  let ledger = 1000
  const answers = {
    /** Replaces the answer to a submission after it was applied (a lost answer: 504). */
    afterApply: null as null | ((tx: Transaction) => Reply),
    /** Drops a submission unapplied with this answer (the network never saw it). */
    drop: null as null | Reply,
  }
  const open = (id: string, lumens = 10_000) =>
    accounts.set(id, { sequence: BigInt(ledger) << 32n, balances: new Map([['native', lumens]]) })

  function apply(tx: Transaction): Reply {
    const envelope = tx.toXDR()
    const hash = Buffer.from(tx.hash()).toString('hex')
    const known = landed.get(hash)
    if (known) return { status: 200, body: known }
    const source = accounts.get(tx.source)
    if (!source) return failure('tx_no_source_account')
    if (BigInt(tx.sequence) !== source.sequence + 1n) return failure('tx_bad_seq')
    const maxTime = Number(tx.timeBounds?.maxTime ?? 0)
    if (maxTime && maxTime < Date.now() / 1000) return failure('tx_too_late')
    const signer = Keypair.fromPublicKey(tx.source)
    if (!tx.signatures.some((sig) => signer.verify(tx.hash(), sig.signature))) {
      return failure('tx_bad_auth')
    }
    const codes: string[] = []
    for (const operation of tx.operations) {
      if (operation.type === 'changeTrust' && 'code' in operation.line) {
        source.balances.set(`${operation.line.code}:${operation.line.issuer}`, 0)
        codes.push('op_success')
      } else if (operation.type === 'payment') {
        const to = accounts.get(operation.destination)
        const asset = operation.asset.isNative()
          ? 'native'
          : `${operation.asset.getCode()}:${operation.asset.getIssuer()}`
        const issued = operation.asset.getIssuer() === tx.source
        if (!to) codes.push('op_no_destination')
        else if (!to.balances.has(asset)) codes.push('op_no_trust')
        else if (!issued && (source.balances.get(asset) ?? 0) < Number(operation.amount)) {
          codes.push('op_underfunded')
        } else {
          if (!issued)
            source.balances.set(asset, source.balances.get(asset)! - Number(operation.amount))
          to.balances.set(asset, to.balances.get(asset)! + Number(operation.amount))
          codes.push('op_success')
        }
      } else codes.push('op_not_supported')
    }
    source.sequence += 1n
    if (codes.some((code) => code !== 'op_success')) {
      landed.set(hash, { hash, ledger: ++ledger, successful: false, envelope_xdr: envelope })
      return failure('tx_failed', codes)
    }
    const record = {
      hash,
      ledger: ++ledger,
      successful: true,
      envelope_xdr: envelope,
      memo: tx.memo.value?.toString(),
    }
    landed.set(hash, record)
    return { status: 200, body: record }
  }

  const server = await startFakeProvider((request: RecordedRequest) => {
    const url = new URL(request.url, 'http://stand-in')
    const account = /^\/accounts\/([A-Z0-9]{56})$/.exec(url.pathname)
    if (request.method === 'GET' && account) {
      const found = accounts.get(account[1])
      if (!found) return notFound
      return {
        status: 200,
        body: {
          id: account[1],
          account_id: account[1],
          sequence: String(found.sequence),
          subentry_count: 0,
          balances: [...found.balances].map(([asset, balance]) =>
            asset === 'native'
              ? { asset_type: 'native', balance: balance.toFixed(7) }
              : {
                  asset_type: 'credit_alphanum4',
                  asset_code: asset.split(':')[0],
                  asset_issuer: asset.split(':')[1],
                  balance: balance.toFixed(7),
                }
          ),
        },
      }
    }
    if (request.method === 'GET' && url.pathname === '/friendbot') {
      const address = url.searchParams.get('addr') ?? ''
      if (accounts.has(address)) return failure('tx_failed', ['op_already_exists'])
      open(address)
      return { status: 200, body: { hash: `friendbot-${address}`, successful: true } }
    }
    if (request.method === 'POST' && url.pathname === '/transactions') {
      const tx = TransactionBuilder.fromXDR(
        request.form.get('tx')!,
        Networks.TESTNET
      ) as Transaction
      if (answers.drop) return answers.drop
      const reply = apply(tx)
      return reply.status === 200 && answers.afterApply ? answers.afterApply(tx) : reply
    }
    const read = /^\/transactions\/([0-9a-f]{64})$/.exec(url.pathname)
    if (request.method === 'GET' && read) {
      const found = landed.get(read[1])
      return found ? { status: 200, body: found } : notFound
    }
    return notFound
  })

  return {
    server,
    accounts,
    landed,
    answers,
    open,
    /** The transactions submitted to it (their envelope's hash). */
    submissions: () =>
      server.requests
        .filter((r) => r.method === 'POST' && r.url === '/transactions')
        .map((r) => {
          const tx = TransactionBuilder.fromXDR(r.form.get('tx')!, Networks.TESTNET) as Transaction
          return Buffer.from(tx.hash()).toString('hex')
        }),
    friendbotCalls: () => server.requests.filter((r) => r.url.startsWith('/friendbot')).length,
    balance: (accountId: string, asset: string) => accounts.get(accountId)?.balances.get(asset),
  }
}

/** As if the carrier chose its payout rail two days ago: the cooling after a change is over. */
export async function railCoolingOver(organisationId: number) {
  await db
    .from('payout_rails')
    .where('organisation_id', organisationId)
    .update({ updated_at: DateTime.now().minus({ days: 2 }).toJSDate() })
}

/**
 * The Stellar rail switched on against a Horizon stand-in: wallets, and
 * payouts from a platform account that issues the payout assets itself (the
 * testnet set-up). Jobs are recorded, run by `queue.drain()`.
 */
export async function useStellarStandIn() {
  const horizon = await startHorizonStandIn()
  const platform = Keypair.random()
  horizon.open(platform.publicKey())
  const network = new StellarNetwork({
    enabled: true,
    network: 'testnet',
    horizonUrl: horizon.server.url,
    friendbotUrl: `${horizon.server.url}/friendbot`,
    networkPassphrase: Networks.TESTNET,
    assetIssuer: platform.publicKey(),
  })
  const provider = new StellarPayoutProvider({
    network,
    platformSecret: platform.secret(),
    txTimeoutSeconds: 60,
  })
  const queue = new RecordingQueue()
  app.container.swap(StellarNetwork, () => network)
  app.container.swap(PayoutGateways, () => new PayoutGateways({ stellar: provider }))
  app.container.swap(QueueService, () => queue)
  return {
    horizon,
    platform,
    network,
    queue,
    restore: async () => {
      app.container.restoreAll([StellarNetwork, PayoutGateways, QueueService])
      await horizon.server.close()
    },
  }
}
