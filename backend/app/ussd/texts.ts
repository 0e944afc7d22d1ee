import type { Locale } from '#core/locales'

/**
 * Every USSD screen's words, in each language. A screen must fit in 182
 * characters (tests/unit/ussd/screens.spec.ts renders every one in each
 * language with long values and checks).
 */
export interface UssdTexts {
  invalidChoice: string
  back: string
  // Unknown numbers
  welcomeUnknown: string
  askCooperativeCode: string
  unknownCooperative: string
  askName: string
  badName: string
  goodbye: string
  registered: (cooperative: string) => string
  pendingApproval: (cooperative: string) => string
  suspended: string
  /** An account an admin suspended: nothing else is shown. */
  accountSuspended: string
  // Farmer
  farmerMenu: (cooperative: string, name: string) => string
  today: (date: string, litres: string, count: number, rejected: number) => string
  month: (month: string, litres: string, count: number, rejected: number) => string
  expectedPay: (month: string, litres: string, amount: string) => string
  noPrice: (month: string) => string
  noPayouts: string
  payouts: (lines: string[]) => string
  /** One payout of a run: paid (with the provider's receipt), on its way, or not sent. */
  payoutLine: (
    month: string,
    amount: string,
    state: 'sent' | 'waiting' | 'failed',
    receipt: string | null
  ) => string
  noCollections: string
  pickReceipt: (lines: string[]) => string
  receiptResent: (reference: string) => string
  pickLanguage: string
  languageSet: string
  // PIN
  createPin: string
  repeatPin: string
  pinsDiffer: string
  pinFormat: string
  enterPin: string
  wrongPin: (triesLeft: number) => string
  locked: (minutes: number) => string
  // Driver
  /** With `invitations` waiting, a fifth item opens them. */
  driverMenu: (name: string, onDuty: boolean, invitations: number) => string
  noJob: string
  job: (id: number, status: string, from: string, to: string) => string
  route: (name: string, shift: string, stops: number, cooperative: string) => string
  nextStop: (position: number, total: number, name: string) => string
  nextPlace: (label: string, address: string) => string
  routeDone: string
  pickDuty: (onDuty: boolean) => string
  dutySet: (onDuty: boolean) => string
  pickMove: (id: number, lines: string[]) => string
  noMove: (id: number, status: string) => string
  moved: (id: number, status: string) => string
  moveRefused: (message: string) => string
  // Invitations to join an organisation
  pickInvitation: (lines: string[]) => string
  invitation: (organisation: string, role: string) => string
  invitationAccepted: (organisation: string) => string
  invitationDeclined: (organisation: string) => string
  pickup: string
  dropoff: string
  moves: { startPickup: string; pickUp: string; depart: string; deliver: string }
  statuses: Record<string, string>
  error: string
}

const en: UssdTexts = {
  invalidChoice: 'Invalid choice.',
  back: '0 Back 00 Menu',
  welcomeUnknown:
    'Welcome to Njia Dairy. This number is not registered.\n1. Register as a farmer\n2. Exit',
  askCooperativeCode: "Enter your cooperative's code:",
  unknownCooperative: 'No cooperative has this code. Check it with your clerk.',
  askName: 'Enter your full name:',
  badName: 'A name has letters only. Dial again to retry.',
  goodbye: 'Goodbye.',
  registered: (c) => `Thank you. ${c} will approve you; you will get an SMS.`,
  pendingApproval: (c) => `Your registration with ${c} is waiting for a clerk's approval.`,
  suspended: 'Your membership is suspended. Please see your cooperative.',
  accountSuspended: 'Your Njia account is suspended. Please contact Njia support.',
  farmerMenu: (c, n) =>
    `${c}: ${n}\n1. Today's milk\n2. This month\n3. Expected pay\n4. Last payouts\n5. Resend a receipt\n6. Language`,
  today: (d, l, n, r) => `Today ${d}: ${l} L accepted in ${n} collection(s). Rejected: ${r}.`,
  month: (m, l, n, r) => `${m}: ${l} L accepted in ${n} collection(s). Rejected: ${r}.`,
  expectedPay: (m, l, a) => `${m}: ${l} L. Expected pay so far: ${a}, before deductions.`,
  noPrice: (m) => `Your cooperative has not set the price for ${m} yet.`,
  noPayouts: 'No payouts yet.',
  payouts: (lines) => `Last payouts:\n${lines.join('\n')}`,
  payoutLine: (m, a, state, r) =>
    state === 'sent'
      ? `${m}: ${a} paid, ref ${r}`
      : state === 'waiting'
        ? `${m}: ${a} on its way`
        : `${m}: ${a} not sent yet`,
  noCollections: 'No collections in the last days.',
  pickReceipt: (lines) => `Resend which receipt?\n${lines.join('\n')}`,
  receiptResent: (r) => `Receipt ${r} sent again by SMS.`,
  pickLanguage: 'Language:\n1. English\n2. Kiswahili\n3. Français',
  languageSet: 'Language changed.',
  createPin: 'Create a 4-digit PIN:',
  repeatPin: 'Repeat the PIN:',
  pinsDiffer: 'The PINs differ. Dial again to retry.',
  pinFormat: 'A PIN is 4 digits. Dial again to retry.',
  enterPin: 'Enter your PIN:',
  wrongPin: (t) => `Wrong PIN. ${t} tries left. Enter your PIN:`,
  locked: (m) => `Too many wrong PINs. Try again in ${m} minutes.`,
  driverMenu: (n, on, i) =>
    `Njia driver ${n} (${on ? 'on duty' : 'off duty'})\n1. Current job\n2. Next stop\n3. On/off duty\n4. Update job${i ? `\n5. Invitations (${i})` : ''}`,
  noJob: 'No job or route today.',
  job: (id, s, f, t) => `Order ${id} (${s}): ${f} to ${t}.`,
  route: (n, s, k, c) => `Route ${n} (${s}) for ${c}: ${k} stops.`,
  nextStop: (p, t, n) => `Next stop ${p}/${t}: ${n}.`,
  nextPlace: (l, a) => `Next: ${l}, ${a}.`,
  routeDone: 'All stops of the route are done.',
  pickDuty: (on) => `You are ${on ? 'on' : 'off'} duty.\n1. Go on duty\n2. Go off duty`,
  dutySet: (on) => `You are now ${on ? 'on' : 'off'} duty.`,
  pickMove: (id, lines) => `Order ${id}:\n${lines.join('\n')}`,
  noMove: (id, s) => `Order ${id} is ${s}: nothing to update by USSD.`,
  moved: (id, s) => `Order ${id} is now ${s}.`,
  moveRefused: (m) => `Not done: ${m}`,
  pickInvitation: (lines) => `Invitations:\n${lines.join('\n')}`,
  invitation: (o, r) => `${o} invites you to join as ${r}.\n1. Accept\n2. Decline`,
  invitationAccepted: (o) => `You joined ${o}.`,
  invitationDeclined: (o) => `You declined the invitation of ${o}.`,
  pickup: 'pickup',
  dropoff: 'drop-off',
  moves: {
    startPickup: 'Arrived at pickup',
    pickUp: 'Picked up',
    depart: 'Departed',
    deliver: 'Delivered',
  },
  statuses: {
    assigned: 'assigned',
    pickup_pending: 'at pickup',
    picked_up: 'picked up',
    in_transit: 'in transit',
    delivered: 'delivered',
  },
  error: 'Sorry, something went wrong. Please dial again.',
}

const sw: UssdTexts = {
  invalidChoice: 'Chaguo si sahihi.',
  back: '0 Rudi 00 Mwanzo',
  welcomeUnknown:
    'Karibu Njia Maziwa. Nambari hii haijasajiliwa.\n1. Jisajili kama mkulima\n2. Toka',
  askCooperativeCode: 'Weka nambari ya chama chako:',
  unknownCooperative: 'Hakuna chama chenye nambari hii. Uliza karani wako.',
  askName: 'Weka jina lako kamili:',
  badName: 'Jina lina herufi tu. Piga tena kujaribu.',
  goodbye: 'Kwaheri.',
  registered: (c) => `Asante. ${c} itakuidhinisha; utapata SMS.`,
  pendingApproval: (c) => `Usajili wako na ${c} unasubiri idhini ya karani.`,
  suspended: 'Uanachama wako umesimamishwa. Tafadhali wasiliana na chama.',
  accountSuspended: 'Akaunti yako ya Njia imesimamishwa. Tafadhali wasiliana na huduma ya Njia.',
  farmerMenu: (c, n) =>
    `${c}: ${n}\n1. Maziwa ya leo\n2. Mwezi huu\n3. Malipo yanayotarajiwa\n4. Malipo ya mwisho\n5. Tuma risiti tena\n6. Lugha`,
  today: (d, l, n, r) =>
    `Leo ${d}: lita ${l} zimekubaliwa katika mikusanyo ${n}. Zilizokataliwa: ${r}.`,
  month: (m, l, n, r) =>
    `${m}: lita ${l} zimekubaliwa katika mikusanyo ${n}. Zilizokataliwa: ${r}.`,
  expectedPay: (m, l, a) =>
    `${m}: lita ${l}. Malipo yanayotarajiwa hadi sasa: ${a}, kabla ya makato.`,
  noPrice: (m) => `Chama chako bado hakijaweka bei ya ${m}.`,
  noPayouts: 'Bado hakuna malipo.',
  payouts: (lines) => `Malipo ya mwisho:\n${lines.join('\n')}`,
  payoutLine: (m, a, state, r) =>
    state === 'sent'
      ? `${m}: ${a} imelipwa, kumb ${r}`
      : state === 'waiting'
        ? `${m}: ${a} inatumwa`
        : `${m}: ${a} bado haijatumwa`,
  noCollections: 'Hakuna mikusanyo siku za karibuni.',
  pickReceipt: (lines) => `Tuma risiti ipi tena?\n${lines.join('\n')}`,
  receiptResent: (r) => `Risiti ${r} imetumwa tena kwa SMS.`,
  pickLanguage: 'Lugha:\n1. English\n2. Kiswahili\n3. Français',
  languageSet: 'Lugha imebadilishwa.',
  createPin: 'Unda PIN ya tarakimu 4:',
  repeatPin: 'Rudia PIN:',
  pinsDiffer: 'PIN hazifanani. Piga tena kujaribu.',
  pinFormat: 'PIN ni tarakimu 4. Piga tena kujaribu.',
  enterPin: 'Weka PIN yako:',
  wrongPin: (t) => `PIN si sahihi. Majaribio ${t} yamebaki. Weka PIN yako:`,
  locked: (m) => `PIN zisizo sahihi mara nyingi. Jaribu tena baada ya dakika ${m}.`,
  driverMenu: (n, on, i) =>
    `Dereva Njia ${n} (${on ? 'kazini' : 'nje ya kazi'})\n1. Kazi ya sasa\n2. Kituo kijacho\n3. Kazini/nje\n4. Sasisha kazi${i ? `\n5. Mialiko (${i})` : ''}`,
  noJob: 'Hakuna kazi wala njia leo.',
  job: (id, s, f, t) => `Oda ${id} (${s}): ${f} hadi ${t}.`,
  route: (n, s, k, c) => `Njia ${n} (${s}) ya ${c}: vituo ${k}.`,
  nextStop: (p, t, n) => `Kituo kijacho ${p}/${t}: ${n}.`,
  nextPlace: (l, a) => `Kinachofuata: ${l}, ${a}.`,
  routeDone: 'Vituo vyote vya njia vimekamilika.',
  pickDuty: (on) => `Uko ${on ? 'kazini' : 'nje ya kazi'}.\n1. Ingia kazini\n2. Toka kazini`,
  dutySet: (on) => `Sasa uko ${on ? 'kazini' : 'nje ya kazi'}.`,
  pickMove: (id, lines) => `Oda ${id}:\n${lines.join('\n')}`,
  noMove: (id, s) => `Oda ${id} iko ${s}: hakuna cha kusasisha kwa USSD.`,
  moved: (id, s) => `Oda ${id} sasa iko ${s}.`,
  moveRefused: (m) => `Haikufanyika: ${m}`,
  pickInvitation: (lines) => `Mialiko:\n${lines.join('\n')}`,
  invitation: (o, r) => `${o} inakualika ujiunge kama ${r}.\n1. Kubali\n2. Kataa`,
  invitationAccepted: (o) => `Umejiunga na ${o}.`,
  invitationDeclined: (o) => `Umekataa mwaliko wa ${o}.`,
  pickup: 'mahali pa kuchukua',
  dropoff: 'mahali pa kufikisha',
  moves: {
    startPickup: 'Nimefika kuchukua',
    pickUp: 'Nimechukua mzigo',
    depart: 'Nimeondoka',
    deliver: 'Nimefikisha',
  },
  statuses: {
    assigned: 'imepangwa',
    pickup_pending: 'mahali pa kuchukua',
    picked_up: 'imechukuliwa',
    in_transit: 'njiani',
    delivered: 'imefikishwa',
  },
  error: 'Samahani, hitilafu imetokea. Tafadhali piga tena.',
}

const fr: UssdTexts = {
  invalidChoice: 'Choix invalide.',
  back: '0 Retour 00 Menu',
  welcomeUnknown:
    "Bienvenue sur Njia Lait. Ce numéro n'est pas inscrit.\n1. M'inscrire comme éleveur\n2. Quitter",
  askCooperativeCode: 'Entrez le code de votre coopérative :',
  unknownCooperative: 'Aucune coopérative avec ce code. Vérifiez auprès de votre agent.',
  askName: 'Entrez votre nom complet :',
  badName: 'Un nom ne contient que des lettres. Recomposez pour réessayer.',
  goodbye: 'Au revoir.',
  registered: (c) => `Merci. ${c} validera votre inscription ; vous recevrez un SMS.`,
  pendingApproval: (c) => `Votre inscription chez ${c} attend la validation d'un agent.`,
  suspended: 'Votre adhésion est suspendue. Voyez votre coopérative.',
  accountSuspended: 'Votre compte Njia est suspendu. Contactez le support Njia.',
  farmerMenu: (c, n) =>
    `${c} : ${n}\n1. Lait du jour\n2. Ce mois\n3. Paiement prévu\n4. Derniers paiements\n5. Renvoyer un reçu\n6. Langue`,
  today: (d, l, n, r) => `Aujourd'hui ${d} : ${l} L acceptés en ${n} collecte(s). Refusées : ${r}.`,
  month: (m, l, n, r) => `${m} : ${l} L acceptés en ${n} collecte(s). Refusées : ${r}.`,
  expectedPay: (m, l, a) => `${m} : ${l} L. Paiement prévu à ce jour : ${a}, avant retenues.`,
  noPrice: (m) => `Votre coopérative n'a pas encore fixé le prix de ${m}.`,
  noPayouts: 'Aucun paiement pour le moment.',
  payouts: (lines) => `Derniers paiements :\n${lines.join('\n')}`,
  payoutLine: (m, a, state, r) =>
    state === 'sent'
      ? `${m} : ${a} payé, réf ${r}`
      : state === 'waiting'
        ? `${m} : ${a} en cours d’envoi`
        : `${m} : ${a} pas encore envoyé`,
  noCollections: 'Aucune collecte ces derniers jours.',
  pickReceipt: (lines) => `Renvoyer quel reçu ?\n${lines.join('\n')}`,
  receiptResent: (r) => `Reçu ${r} renvoyé par SMS.`,
  pickLanguage: 'Langue :\n1. English\n2. Kiswahili\n3. Français',
  languageSet: 'Langue modifiée.',
  createPin: 'Créez un code PIN à 4 chiffres :',
  repeatPin: 'Répétez le code PIN :',
  pinsDiffer: 'Les codes PIN diffèrent. Recomposez pour réessayer.',
  pinFormat: 'Un code PIN a 4 chiffres. Recomposez pour réessayer.',
  enterPin: 'Entrez votre code PIN :',
  wrongPin: (t) => `Code PIN erroné. ${t} essai(s) restant(s). Entrez votre code PIN :`,
  locked: (m) => `Trop de codes PIN erronés. Réessayez dans ${m} minutes.`,
  driverMenu: (n, on, i) =>
    `Chauffeur Njia ${n} (${on ? 'en service' : 'hors service'})\n1. Mission en cours\n2. Prochain arrêt\n3. Service on/off\n4. Mettre à jour${i ? `\n5. Invitations (${i})` : ''}`,
  noJob: "Aucune mission ni tournée aujourd'hui.",
  job: (id, s, f, t) => `Commande ${id} (${s}) : ${f} vers ${t}.`,
  route: (n, s, k, c) => `Tournée ${n} (${s}) pour ${c} : ${k} arrêts.`,
  nextStop: (p, t, n) => `Prochain arrêt ${p}/${t} : ${n}.`,
  nextPlace: (l, a) => `Ensuite : ${l}, ${a}.`,
  routeDone: 'Tous les arrêts de la tournée sont faits.',
  pickDuty: (on) =>
    `Vous êtes ${on ? 'en service' : 'hors service'}.\n1. Prendre le service\n2. Quitter le service`,
  dutySet: (on) => `Vous êtes maintenant ${on ? 'en service' : 'hors service'}.`,
  pickMove: (id, lines) => `Commande ${id} :\n${lines.join('\n')}`,
  noMove: (id, s) => `Commande ${id} ${s} : rien à mettre à jour par USSD.`,
  moved: (id, s) => `Commande ${id} : ${s}.`,
  moveRefused: (m) => `Non fait : ${m}`,
  pickInvitation: (lines) => `Invitations :\n${lines.join('\n')}`,
  invitation: (o, r) => `${o} vous invite comme ${r}.\n1. Accepter\n2. Refuser`,
  invitationAccepted: (o) => `Vous avez rejoint ${o}.`,
  invitationDeclined: (o) => `Vous avez refusé l'invitation de ${o}.`,
  pickup: 'enlèvement',
  dropoff: 'livraison',
  moves: {
    startPickup: "Arrivé à l'enlèvement",
    pickUp: 'Chargé',
    depart: 'Parti',
    deliver: 'Livré',
  },
  statuses: {
    assigned: 'attribuée',
    pickup_pending: "à l'enlèvement",
    picked_up: 'chargée',
    in_transit: 'en route',
    delivered: 'livrée',
  },
  error: 'Désolé, une erreur est survenue. Recomposez le numéro.',
}

export const USSD_TEXTS: Record<Locale, UssdTexts> = { en, sw, fr }

/** The most a screen may hold (Africa's Talking, most handsets). */
export const MAX_SCREEN = 182

/** Cuts a value (a name, an address) so the screen around it still fits. */
export function clip(value: string, max: number) {
  return value.length <= max ? value : `${value.slice(0, Math.max(1, max - 1))}…`
}
