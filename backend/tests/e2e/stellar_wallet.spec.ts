import { test } from '@japa/runner'
import { formatMoney } from '#core/money_format'
import Payout from '#money/models/payout'
import StellarWallet from '#money/models/stellar_wallet'
import LedgerVerifier from '#money/services/ledger_verifier'
import { isolateDatabase, standInForEachTest } from '#tests/helpers'
import { completedPaidOrder } from '#tests/money_fixtures'
import { DAKAR_TO_THIES, makeWorld, ownedByItsDispatcher } from '#tests/fixtures/marketplace'
import { railCoolingOver, useStellarStandIn } from '#tests/stellar_fixtures'
import { PHONE, appUrl, chromiumWithRealtime, newVisitor, screenshot } from './browser.js'
import { restoreSession } from './driver_steps.js'

/** A user-visible state may take long on a loaded machine. */
const PATIENCE = { timeout: 30_000 }

test.group('e2e: a carrier’s owner is paid into a Stellar wallet (Horizon stand-in)', (group) => {
  isolateDatabase(group)
  const browser = chromiumWithRealtime(group)
  // STELLAR_ENABLED as the server sees it: Horizon and Friendbot are a local stand-in.
  const stellar = standInForEachTest(group, useStellarStandIn)

  test('in French on her phone she opens a wallet, chooses it for payouts, and reads the order’s francs Horizon holds there', async ({
    assert,
    client,
  }) => {
    const world = await makeWorld()
    const owner = await ownedByItsDispatcher(world.carrier)
    owner.phone = `+22177${String(Date.now() % 10_000_000).padStart(7, '0')}`
    await owner.save()

    const context = await newVisitor(browser(), { locale: 'fr-SN', viewport: PHONE })
    await restoreSession(context, owner)
    const page = await context.newPage()
    await page.goto(appUrl('/earnings'))
    const card = page.getByTestId('stellar-wallet')
    await card.getByRole('heading', { name: 'Portefeuille Stellar' }).waitFor(PATIENCE)
    await card.getByText('Réseau de test de Stellar').waitFor()
    assert.include(
      await card.getByTestId('stellar-rail').textContent(),
      'Les versements se font par argent mobile.'
    )

    // --- The opt-in: a keypair made on the server, funded by Friendbot, trusting the payout tokens.
    await card.getByRole('button', { name: 'Ouvrir mon portefeuille' }).click()
    const address = card.getByTestId('stellar-address')
    await address.waitFor(PATIENCE)
    const wallet = await StellarWallet.findByOrFail('user_id', owner.id)
    const shown = await address.textContent()
    assert.equal(shown?.trim(), wallet.publicKey)
    assert.equal(stellar.horizon.friendbotCalls(), 1)
    assert.include(
      await card.getByTestId('stellar-state').textContent(),
      'Sur le réseau et prêt à être payé.'
    )
    assert.include(
      await card.getByTestId('stellar-balances').textContent(),
      formatMoney(0, 'XOF', 'fr')
    )

    // --- She chooses it for payouts; the safety delay after a change is shown, then passes.
    await card.getByRole('button', { name: 'Être payé sur ce portefeuille' }).click()
    await card.getByText('Les versements vont sur ce portefeuille Stellar.').waitFor(PATIENCE)
    await card.getByRole('status').getByText('les versements attendent jusqu’au').waitFor()
    await railCoolingOver(world.carrier.organisation.id)

    // --- A Dakar order is confirmed; its payout leaves the platform's account on Stellar.
    const { order } = await completedPaidOrder(client, {
      world,
      order: DAKAR_TO_THIES,
    })
    await stellar.queue.drain()
    const payout = await Payout.findByOrFail('order_id', order.id)
    assert.include(payout.serialize(), { provider: 'stellar', status: 'sent' })

    // --- The balance is Horizon's, in her money format: the francs of her share.
    await page.reload()
    const held = formatMoney(payout.amount, 'XOF', 'fr')
    await card.getByTestId('stellar-balances').getByText(held).waitFor(PATIENCE)
    assert.equal(
      stellar.horizon.balance(wallet.publicKey, `XOF:${stellar.platform.publicKey()}`),
      payout.amount
    )
    await screenshot(page, 'earnings-stellar-wallet')
    assert.deepEqual(await new LedgerVerifier().verify(), [])
    await context.close()
  }).timeout(180_000)
})
