import { Keypair, Networks, StrKey } from '@stellar/stellar-sdk'
import env from '#start/env'

const NETWORKS = {
  testnet: {
    passphrase: Networks.TESTNET,
    horizonUrl: 'https://horizon-testnet.stellar.org',
    friendbotUrl: 'https://friendbot.stellar.org',
  },
  public: {
    passphrase: Networks.PUBLIC,
    horizonUrl: 'https://horizon.stellar.org',
    friendbotUrl: null,
  },
} as const

/**
 * The optional Stellar wallet rail (docs/architecture.md, "Stellar wallets"):
 * off unless STELLAR_ENABLED=true, on testnet unless real payments are enabled.
 */
function stellarConfig() {
  const enabled = env.get('STELLAR_ENABLED') ?? false
  const network = env.get('STELLAR_NETWORK') ?? 'testnet'
  if (enabled && network === 'public' && !(env.get('ENABLE_REAL_PAYMENTS') ?? false)) {
    throw new Error('STELLAR_NETWORK=public moves real money: set ENABLE_REAL_PAYMENTS=true.')
  }
  const defaults = NETWORKS[network]
  const platformSecret = env.get('STELLAR_PLATFORM_SECRET')?.release() ?? ''
  if (platformSecret && !StrKey.isValidEd25519SecretSeed(platformSecret)) {
    throw new Error('STELLAR_PLATFORM_SECRET is not a Stellar secret seed (S...)')
  }
  return {
    enabled,
    network,
    networkPassphrase: defaults.passphrase,
    horizonUrl: env.get('STELLAR_HORIZON_URL') ?? defaults.horizonUrl,
    /** Null on the public network: nobody gives lumens away there. */
    friendbotUrl:
      network === 'testnet' ? (env.get('STELLAR_FRIENDBOT_URL') ?? defaults.friendbotUrl) : null,
    /** The account payouts leave from; '' when payouts by Stellar are not configured. */
    platformSecret,
    /** Issuer of the asset of each currency paid out; default the platform's own account. */
    assetIssuer:
      env.get('STELLAR_ASSET_ISSUER') ??
      (platformSecret ? Keypair.fromSecret(platformSecret).publicKey() : ''),
    txTimeoutSeconds: env.get('STELLAR_TX_TIMEOUT_SECONDS') ?? 60,
  }
}

export type StellarConfig = ReturnType<typeof stellarConfig>

const stellar = stellarConfig()
export default stellar
