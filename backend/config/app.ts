import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { BlockList, isIP } from 'node:net'
import { defineConfig } from '@adonisjs/core/http'

/** Names TRUSTED_PROXIES may use for whole ranges. */
const NAMED_RANGES: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
}

/**
 * Whether a peer address is one of `list` (addresses, CIDR ranges, or the
 * names `loopback` and `private`). An empty list trusts nobody.
 */
export function proxyTrust(list: string) {
  const trusted = new BlockList()
  const entries = list.split(',').flatMap((entry) => NAMED_RANGES[entry.trim()] ?? [entry.trim()])
  for (const entry of entries.filter(Boolean)) {
    const [address, prefix] = entry.split('/')
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4'
    if (!isIP(address)) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address or range`)
    if (prefix === undefined) trusted.addAddress(address, family)
    else trusted.addSubnet(address, Number(prefix), family)
  }
  return (peer: string) => {
    const ip = peer.replace(/^::ffff:(?=\d+\.)/, '')
    return trusted.check(ip, isIP(ip) === 6 ? 'ipv6' : 'ipv4')
  }
}

/**
 * The app key is used for encrypting cookies, generating signed URLs,
 * and by the "encryption" module.
 *
 * The encryption module will fail to decrypt data if the key is lost or
 * changed. Therefore it is recommended to keep the app key secure.
 */
export const appKey = env.get('APP_KEY')

/**
 * The app URL can be used in various places where you want to create absolute
 * URLs to your application. For example, when sending emails, images should
 * use absolute URLs.
 */
export const appUrl = env.get('APP_URL')

/**
 * The configuration settings used by the HTTP server
 */
export const http = defineConfig({
  generateRequestId: true,
  allowMethodSpoofing: false,

  /**
   * X-Forwarded-For is believed only from the proxies of TRUSTED_PROXIES
   * (nginx, the load balancer): anyone else could write any address there
   * and pass for someone else in rate limits and logs.
   */
  trustProxy: proxyTrust(env.get('TRUSTED_PROXIES') ?? ''),

  /**
   * Enabling async local storage will let you access HTTP context
   * from anywhere inside your application.
   */
  useAsyncLocalStorage: false,

  /**
   * Manage cookies configuration. The settings for the session id cookie are
   * defined inside the "config/session.ts" file.
   */
  cookie: {
    domain: '',
    path: '/',
    maxAge: '2h',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
})
