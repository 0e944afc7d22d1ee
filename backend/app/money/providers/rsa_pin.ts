import { constants, createPublicKey, publicEncrypt } from 'node:crypto'

/**
 * A wallet PIN encrypted for a provider that asks for it so (Airtel's
 * disbursement, Orange's cash-in): RSA (PKCS#1 v1.5) under the provider's
 * public key, Base64. The key comes as the providers show it (the Base64
 * body of a SubjectPublicKeyInfo) or as a PEM.
 */
export function rsaEncryptedPin(pin: string, publicKey: string) {
  const pem = publicKey.includes('-----BEGIN')
    ? publicKey.replace(/\\n/g, '\n')
    : `-----BEGIN PUBLIC KEY-----\n${publicKey
        .replace(/\s+/g, '')
        .match(/.{1,64}/g)
        ?.join('\n')}\n-----END PUBLIC KEY-----\n`
  return publicEncrypt(
    { key: createPublicKey(pem), padding: constants.RSA_PKCS1_PADDING },
    Buffer.from(pin, 'utf8')
  ).toString('base64')
}
