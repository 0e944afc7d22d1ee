import { IntlMessageFormat } from 'intl-messageformat'
import type { Locale } from '#core/locales'
import { formatMoney } from '#core/money_format'
import type { NotificationKind } from '#notifications/notification_kinds'

/**
 * What each notification says, in ICU MessageFormat (plural, select and
 * number rules of the recipient's language), for every language Njia speaks.
 * The body also travels alone as the SMS, so it names the order (`{order}`,
 * its name by cargo and places: `orderName`, never its id). `{amount}` is money, formatted in the
 * recipient's locale (`formatMoney`, the one money format) before the
 * message is.
 */
export const NOTIFICATION_TEXTS: Record<
  Locale,
  Record<NotificationKind, { title: string; body: string }>
> = {
  en: {
    bid_placed: {
      title: '{count, plural, one {New bid} other {# new bids}} on order “{order}”',
      body: 'Order “{order}”: {count, plural, one {{carrier} bids {amount}.} other {# new bids, the latest {amount} from {carrier}.}}',
    },
    bid_accepted: {
      title: 'Bid accepted: order “{order}”',
      body: 'Your bid of {amount} on order “{order}” was accepted.',
    },
    bid_rejected: {
      title: 'Bid not chosen: order “{order}”',
      body: 'The shipper chose another bid on order “{order}”.',
    },
    order_assigned: {
      title: 'Order “{order}” assigned',
      body: 'Order “{order}” was assigned to your carrier, driver {driver}.',
    },
    job_assigned: {
      title: 'New job: order “{order}”',
      body: 'Order “{order}” is assigned to you. Pickup: {pickup}.',
    },
    order_unassigned: {
      title: 'Order “{order}” taken off you',
      body: 'You no longer drive order “{order}”.',
    },
    order_released: {
      title: 'Order “{order}” back on the board',
      body: 'The driver of order “{order}” was suspended: the order is open to carriers again.',
    },
    driver_heading_to_pickup: {
      title: 'Driver on the way: order “{order}”',
      body: 'The driver of order “{order}” is heading to the pickup.',
    },
    driver_arrived: {
      title:
        '{stop, select, pickup {Driver at the pickup} other {Driver at the drop-off}}: order “{order}”',
      body: 'The driver of order “{order}” arrived at the {stop, select, pickup {pickup} other {drop-off}}.',
    },
    picked_up: {
      title: 'Picked up: order “{order}”',
      body: 'The cargo of order “{order}” was picked up.',
    },
    delivered: {
      title: 'Delivered: order “{order}”',
      body: 'Order “{order}” was delivered with proof. Please confirm or dispute.',
    },
    order_completed: {
      title: 'Order “{order}” confirmed',
      body: 'The delivery of order “{order}” is confirmed.',
    },
    order_cancelled: {
      title: 'Order “{order}” cancelled',
      body: 'Order “{order}” was cancelled.',
    },
    order_disputed: {
      title: 'Dispute on order “{order}”',
      body: 'The shipper disputes the delivery of order “{order}”.',
    },
    dispute_resolved: {
      title: 'Dispute decided: order “{order}”',
      body: '{decision, select, pay_carrier {Order “{order}”: the carrier gets {paid}.} refund_shipper {Order “{order}”: the shipper is refunded {refunded}.} split {Order “{order}”: the carrier gets {paid}, the shipper is refunded {refunded}.} other {The dispute on order “{order}” is resolved.}}',
    },
    paper_verified: {
      title:
        '{paper, select, driving_licence {Driving licence} insurance {Insurance} other {Registration card}} verified',
      body: 'Your {paper, select, driving_licence {driving licence} insurance {insurance} other {registration card}} {number} was verified.',
    },
    paper_rejected: {
      title:
        '{paper, select, driving_licence {Driving licence} insurance {Insurance} other {Registration card}} rejected',
      body: 'Your {paper, select, driving_licence {driving licence} insurance {insurance} other {registration card}} {number} was rejected: {reason}',
    },
    paper_expiring: {
      title:
        '{paper, select, driving_licence {Driving licence} insurance {Insurance} other {Registration card}} expires in {days, plural, one {# day} other {# days}}',
      body: 'Your {paper, select, driving_licence {driving licence} insurance {insurance} other {registration card}} {number} expires in {days, plural, one {# day} other {# days}}. Upload the new one.',
    },
    payment_received: {
      title: 'Payment received: order “{order}”',
      body: 'Payment of {amount} received for order “{order}”.',
    },
    payment_failed: {
      title: 'Payment failed: order “{order}”',
      body: 'The payment of {amount} for order “{order}” failed: {reason, select, cancelled {you cancelled it} wrong_pin {wrong PIN} timeout {no answer in time} insufficient_funds {not enough money} unreachable {your phone could not be reached} other {it was declined}}.',
    },
    refund_sent: {
      title: 'Refund sent: order “{order}”',
      body: '{amount} for order “{order}” was sent back to the number that paid.',
    },
    refund_reversed: {
      title: 'Refund taken back: order “{order}”',
      body: 'The provider took back the refund of {amount} for order “{order}”. It is owed to you again; an operator will send it again.',
    },
    payout_sent: {
      title: 'Payout sent: {amount}',
      body: '{amount} was paid out to {carrier} by {provider}.',
    },
    payout_failed: {
      title: 'Payout failed: {amount}',
      body: 'The payout of {amount} to {carrier} failed. An operator checks it before it is sent again.',
    },
    payout_reversed: {
      title: 'Payout reversed: {amount}',
      body: '{provider} took back the payout of {amount} to {carrier}. It is owed to you again; check your payout number.',
    },
    chat_message: {
      title: '{count, plural, one {New message} other {# new messages}}: order “{order}”',
      body: 'Order “{order}”, {sender}: {attachment, select, photo {a photo} voice {a voice note} other {{preview}}}',
    },
    organisation_invitation: {
      title: '{organisation} invites you to join',
      body: '{organisation} invites you to join as {role, select, driver {driver} dispatcher {dispatcher} shipper {shipper} clerk {clerk} other {grader}}. Accept or decline it in Njia.',
    },
  },
  fr: {
    bid_placed: {
      title:
        '{count, plural, one {Nouvelle offre} other {# nouvelles offres}} sur la commande « {order} »',
      body: 'Commande « {order} » : {count, plural, one {{carrier} propose {amount}.} other {# nouvelles offres, la dernière {amount} par {carrier}.}}',
    },
    bid_accepted: {
      title: 'Offre acceptée : commande « {order} »',
      body: 'Votre offre de {amount} sur la commande « {order} » est acceptée.',
    },
    bid_rejected: {
      title: 'Offre non retenue : commande « {order} »',
      body: 'Le client a choisi une autre offre pour la commande « {order} ».',
    },
    order_assigned: {
      title: 'Commande « {order} » attribuée',
      body: 'La commande « {order} » est attribuée à votre transporteur, chauffeur {driver}.',
    },
    job_assigned: {
      title: 'Nouvelle course : commande « {order} »',
      body: 'La commande « {order} » vous est attribuée. Enlèvement : {pickup}.',
    },
    order_unassigned: {
      title: 'Commande « {order} » retirée',
      body: 'Vous ne conduisez plus la commande « {order} ».',
    },
    order_released: {
      title: 'Commande « {order} » de nouveau proposée',
      body: 'Le chauffeur de la commande « {order} » est suspendu : elle est de nouveau ouverte aux transporteurs.',
    },
    driver_heading_to_pickup: {
      title: 'Chauffeur en route : commande « {order} »',
      body: 'Le chauffeur de la commande « {order} » se rend à l’enlèvement.',
    },
    driver_arrived: {
      title:
        '{stop, select, pickup {Chauffeur à l’enlèvement} other {Chauffeur à la livraison}} : commande « {order} »',
      body: 'Le chauffeur de la commande « {order} » est arrivé {stop, select, pickup {à l’enlèvement} other {à la livraison}}.',
    },
    picked_up: {
      title: 'Chargée : commande « {order} »',
      body: 'La marchandise de la commande « {order} » a été chargée.',
    },
    delivered: {
      title: 'Livrée : commande « {order} »',
      body: 'La commande « {order} » est livrée avec preuve. Confirmez ou contestez.',
    },
    order_completed: {
      title: 'Commande « {order} » confirmée',
      body: 'La livraison de la commande « {order} » est confirmée.',
    },
    order_cancelled: {
      title: 'Commande « {order} » annulée',
      body: 'La commande « {order} » a été annulée.',
    },
    order_disputed: {
      title: 'Litige sur la commande « {order} »',
      body: 'Le client conteste la livraison de la commande « {order} ».',
    },
    dispute_resolved: {
      title: 'Litige tranché : commande « {order} »',
      body: '{decision, select, pay_carrier {Commande « {order} » : le transporteur reçoit {paid}.} refund_shipper {Commande « {order} » : le client est remboursé de {refunded}.} split {Commande « {order} » : le transporteur reçoit {paid}, le client est remboursé de {refunded}.} other {Le litige sur la commande « {order} » est résolu.}}',
    },
    paper_verified: {
      title:
        '{paper, select, driving_licence {Permis de conduire vérifié} insurance {Assurance vérifiée} other {Carte grise vérifiée}}',
      body: '{paper, select, driving_licence {Votre permis de conduire {number} est vérifié.} insurance {Votre assurance {number} est vérifiée.} other {Votre carte grise {number} est vérifiée.}}',
    },
    paper_rejected: {
      title:
        '{paper, select, driving_licence {Permis de conduire refusé} insurance {Assurance refusée} other {Carte grise refusée}}',
      body: '{paper, select, driving_licence {Votre permis de conduire {number} est refusé} insurance {Votre assurance {number} est refusée} other {Votre carte grise {number} est refusée}} : {reason}',
    },
    paper_expiring: {
      title:
        '{paper, select, driving_licence {Permis de conduire} insurance {Assurance} other {Carte grise}} : expire dans {days, plural, one {# jour} other {# jours}}',
      body: '{paper, select, driving_licence {Votre permis de conduire} insurance {Votre assurance} other {Votre carte grise}} {number} expire dans {days, plural, one {# jour} other {# jours}}. Envoyez le nouveau document.',
    },
    payment_received: {
      title: 'Paiement reçu : commande « {order} »',
      body: 'Paiement de {amount} reçu pour la commande « {order} ».',
    },
    payment_failed: {
      title: 'Paiement échoué : commande « {order} »',
      body: 'Le paiement de {amount} pour la commande « {order} » a échoué : {reason, select, cancelled {vous l’avez annulé} wrong_pin {code PIN erroné} timeout {pas de réponse à temps} insufficient_funds {solde insuffisant} unreachable {téléphone injoignable} other {refusé}}.',
    },
    refund_sent: {
      title: 'Remboursement envoyé : commande « {order} »',
      body: '{amount} de la commande « {order} » ont été renvoyés au numéro qui a payé.',
    },
    refund_reversed: {
      title: 'Remboursement repris : commande « {order} »',
      body: 'L’opérateur a repris le remboursement de {amount} de la commande « {order} ». Nous vous le renverrons.',
    },
    payout_sent: {
      title: 'Versement effectué : {amount}',
      body: '{amount} versés à {carrier} par {provider}.',
    },
    payout_failed: {
      title: 'Versement échoué : {amount}',
      body: 'Le versement de {amount} à {carrier} a échoué. Un opérateur le vérifie avant de le renvoyer.',
    },
    payout_reversed: {
      title: 'Versement annulé : {amount}',
      body: '{provider} a repris le versement de {amount} à {carrier}. Il vous est de nouveau dû ; vérifiez votre numéro.',
    },
    chat_message: {
      title:
        '{count, plural, one {Nouveau message} other {# nouveaux messages}} : commande « {order} »',
      body: 'Commande « {order} », {sender} : {attachment, select, photo {une photo} voice {un message vocal} other {{preview}}}',
    },
    organisation_invitation: {
      title: '{organisation} vous invite',
      body: '{organisation} vous invite à le rejoindre comme {role, select, driver {chauffeur} dispatcher {répartiteur} shipper {expéditeur} clerk {agent de collecte} other {contrôleur qualité}}. Acceptez ou refusez dans Njia.',
    },
  },
  sw: {
    bid_placed: {
      title: '{count, plural, one {Zabuni mpya} other {Zabuni mpya #}} kwa oda “{order}”',
      body: 'Oda “{order}”: {count, plural, one {{carrier} anatoa {amount}.} other {zabuni mpya #, ya mwisho {amount} kutoka {carrier}.}}',
    },
    bid_accepted: {
      title: 'Zabuni imekubaliwa: oda “{order}”',
      body: 'Zabuni yako ya {amount} kwa oda “{order}” imekubaliwa.',
    },
    bid_rejected: {
      title: 'Zabuni haikuchaguliwa: oda “{order}”',
      body: 'Mteja amechagua zabuni nyingine kwa oda “{order}”.',
    },
    order_assigned: {
      title: 'Oda “{order}” imekabidhiwa',
      body: 'Oda “{order}” imekabidhiwa kwa kampuni yako, dereva {driver}.',
    },
    job_assigned: {
      title: 'Kazi mpya: oda “{order}”',
      body: 'Oda “{order}” imekabidhiwa kwako. Mahali pa kuchukua: {pickup}.',
    },
    order_unassigned: {
      title: 'Oda “{order}” imeondolewa kwako',
      body: 'Huendeshi tena oda “{order}”.',
    },
    order_released: {
      title: 'Oda “{order}” iko wazi tena',
      body: 'Dereva wa oda “{order}” amesimamishwa: oda iko wazi kwa wasafirishaji tena.',
    },
    driver_heading_to_pickup: {
      title: 'Dereva yuko njiani: oda “{order}”',
      body: 'Dereva wa oda “{order}” anaelekea mahali pa kuchukua mzigo.',
    },
    driver_arrived: {
      title:
        '{stop, select, pickup {Dereva amefika kuchukua} other {Dereva amefika kushusha}}: oda “{order}”',
      body: 'Dereva wa oda “{order}” amefika {stop, select, pickup {mahali pa kuchukua mzigo} other {mahali pa kushusha mzigo}}.',
    },
    picked_up: {
      title: 'Mzigo umechukuliwa: oda “{order}”',
      body: 'Mzigo wa oda “{order}” umechukuliwa.',
    },
    delivered: {
      title: 'Imefikishwa: oda “{order}”',
      body: 'Oda “{order}” imefikishwa pamoja na uthibitisho. Thibitisha au lalamika.',
    },
    order_completed: {
      title: 'Oda “{order}” imethibitishwa',
      body: 'Ufikishaji wa oda “{order}” umethibitishwa.',
    },
    order_cancelled: {
      title: 'Oda “{order}” imeghairiwa',
      body: 'Oda “{order}” imeghairiwa.',
    },
    order_disputed: {
      title: 'Malalamiko kwa oda “{order}”',
      body: 'Mteja analalamikia ufikishaji wa oda “{order}”.',
    },
    dispute_resolved: {
      title: 'Malalamiko yameamuliwa: oda “{order}”',
      body: '{decision, select, pay_carrier {Oda “{order}”: msafirishaji anapata {paid}.} refund_shipper {Oda “{order}”: mteja anarudishiwa {refunded}.} split {Oda “{order}”: msafirishaji anapata {paid}, mteja anarudishiwa {refunded}.} other {Malalamiko kuhusu oda “{order}” yametatuliwa.}}',
    },
    paper_verified: {
      title:
        '{paper, select, driving_licence {Leseni ya udereva} insurance {Bima} other {Kadi ya usajili}} imethibitishwa',
      body: '{paper, select, driving_licence {Leseni yako ya udereva} insurance {Bima yako} other {Kadi yako ya usajili}} {number} imethibitishwa.',
    },
    paper_rejected: {
      title:
        '{paper, select, driving_licence {Leseni ya udereva} insurance {Bima} other {Kadi ya usajili}} imekataliwa',
      body: '{paper, select, driving_licence {Leseni yako ya udereva} insurance {Bima yako} other {Kadi yako ya usajili}} {number} imekataliwa: {reason}',
    },
    paper_expiring: {
      title:
        '{paper, select, driving_licence {Leseni ya udereva} insurance {Bima} other {Kadi ya usajili}} inaisha baada ya {days, plural, one {siku #} other {siku #}}',
      body: '{paper, select, driving_licence {Leseni yako ya udereva} insurance {Bima yako} other {Kadi yako ya usajili}} {number} inaisha baada ya {days, plural, one {siku #} other {siku #}}. Pakia mpya.',
    },
    payment_received: {
      title: 'Malipo yamepokelewa: oda “{order}”',
      body: 'Malipo ya {amount} yamepokelewa kwa oda “{order}”.',
    },
    payment_failed: {
      title: 'Malipo yameshindikana: oda “{order}”',
      body: 'Malipo ya {amount} kwa oda “{order}” yameshindikana: {reason, select, cancelled {uliyaghairi} wrong_pin {PIN si sahihi} timeout {hakuna jibu kwa wakati} insufficient_funds {salio halitoshi} unreachable {simu haipatikani} other {yamekataliwa}}.',
    },
    refund_sent: {
      title: 'Marejesho yametumwa: oda “{order}”',
      body: '{amount} za oda “{order}” zimerudishwa kwa namba iliyolipa.',
    },
    refund_reversed: {
      title: 'Marejesho yamerudishwa: oda “{order}”',
      body: 'Mtoa huduma amerudisha marejesho ya {amount} ya oda “{order}”. Bado unadai pesa hizi; mhudumu atazituma tena.',
    },
    payout_sent: {
      title: 'Umelipwa: {amount}',
      body: '{amount} zimelipwa kwa {carrier} kupitia {provider}.',
    },
    payout_failed: {
      title: 'Malipo kwako yameshindikana: {amount}',
      body: 'Malipo ya {amount} kwa {carrier} yameshindikana. Mhudumu atayakagua kabla ya kuyatuma tena.',
    },
    payout_reversed: {
      title: 'Malipo kwako yamerudishwa: {amount}',
      body: '{provider} imerudisha malipo ya {amount} kwa {carrier}. Unadai kiasi hicho tena; hakikisha namba yako ya malipo.',
    },
    chat_message: {
      title: '{count, plural, one {Ujumbe mpya} other {Jumbe mpya #}}: oda “{order}”',
      body: 'Oda “{order}”, {sender}: {attachment, select, photo {picha} voice {ujumbe wa sauti} other {{preview}}}',
    },
    organisation_invitation: {
      title: '{organisation} inakualika ujiunge',
      body: '{organisation} inakualika ujiunge kama {role, select, driver {dereva} dispatcher {msimamizi wa safari} shipper {msafirishaji mzigo} clerk {karani} other {mpimaji wa ubora}}. Kubali au kataa kwenye Njia.',
    },
  },
}

/** A sum of money in a notification's parameters: minor units and the ISO 4217 code. */
export interface Money {
  minor: number
  currency: string
}

export type TextParams = Record<string, string | number | Money | null | undefined>

const compiled = new Map<string, IntlMessageFormat>()

function format(locale: Locale, source: string, values: Record<string, string | number>) {
  const key = `${locale}\u0000${source}`
  let message = compiled.get(key)
  if (!message) {
    message = new IntlMessageFormat(source, locale)
    compiled.set(key, message)
  }
  return String(message.format(values))
}

function isMoney(value: unknown): value is Money {
  return typeof value === 'object' && value !== null && 'minor' in value && 'currency' in value
}

/** The title and body of a notification in one language. */
export function renderNotification(kind: NotificationKind, params: TextParams, locale: Locale) {
  const values: Record<string, string | number> = { count: 1 }
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined) continue
    // An id is a name, not a quantity: "#1234", never "#1,234".
    if (name.endsWith('Id')) values[name] = String(value)
    else values[name] = isMoney(value) ? formatMoney(value.minor, value.currency, locale) : value
  }
  // Notices stored before orders had names got them (migration name_old_notices); a last resort.
  if (values.order === undefined && values.orderId !== undefined)
    values.order = `#${values.orderId}`
  const texts = NOTIFICATION_TEXTS[locale][kind]
  return { title: format(locale, texts.title, values), body: format(locale, texts.body, values) }
}
