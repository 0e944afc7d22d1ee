import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { Api } from '../core/api/api-client';
import { Language } from '../core/i18n/language';
import { provideTestApp } from '../testing';
import { Socket } from '../core/realtime/socket';
import type { NotificationMessage } from '../core/realtime/realtime-types';
import { EarningsPage, type Earnings } from './earnings-page';
import type { PayoutNumber } from './payout-number-card';

const earnings: Earnings = {
  balances: [{ currency: 'KES', payable: 0, payingOut: 2_700_000, cashCommissionOwed: 100_000 }],
  lines: [
    {
      orderId: 41,
      orderName: 'maize · Industrial Area, Nairobi → Mombasa',
      settledAt: '2026-11-30T10:00:00.000Z',
      carrierOrganisationId: 7,
      method: 'mobile_money',
      currency: 'KES',
      gross: 4_500_000,
      commission: 450_000,
      net: 4_050_000,
      payout: { id: 3, status: 'sent', receipt: 'SG632NMUAB', failureMessage: null },
    },
    {
      orderId: 42,
      orderName: 'cement · Athi River → Thika',
      settledAt: '2026-11-30T11:00:00.000Z',
      carrierOrganisationId: 7,
      method: 'mobile_money',
      currency: 'KES',
      gross: 3_000_000,
      commission: 300_000,
      net: 2_700_000,
      payout: {
        id: 4,
        status: 'failed',
        receipt: null,
        failureMessage: 'Le numéro de versement ne peut pas recevoir d’argent mobile.',
      },
    },
  ],
};

const payoutNumber: PayoutNumber = {
  phone: '+254 •••• 1222',
  confirmed: true,
  confirmedAt: '2026-11-30T08:00:00.000Z',
  pending: null,
  coolingUntil: null,
};

async function render(answer: Earnings, language: 'en' | 'fr' = 'en') {
  const asked: unknown[] = [];
  // What the API answers now (a test changes it, as a payout would) and the one socket service.
  const server = { answer };
  const socket = {
    notifications$: new Subject<NotificationMessage>(),
    connects$: new Subject<void>(),
  };
  const downloaded: string[] = [];
  TestBed.configureTestingModule({
    imports: [EarningsPage],
    providers: [
      { provide: Socket, useValue: socket },
      {
        provide: Api,
        useValue: {
          get: async (path: string, options: unknown) =>
            path === '/api/v1/payout-number' ? payoutNumber : (asked.push(options), server.answer),
          blob: async (url: string) => (downloaded.push(url), new Blob(['csv'])),
        },
      },
      ...provideTestApp({ words: ['en', 'fr'] }),
    ],
  });
  await TestBed.inject(Language).choose(language);
  const fixture = TestBed.createComponent(EarningsPage);
  await fixture.whenStable();
  fixture.detectChanges();
  await fixture.whenStable();
  fixture.detectChanges();
  return {
    fixture,
    element: fixture.nativeElement as HTMLElement,
    asked,
    downloaded,
    server,
    socket,
  };
}

const text = (element: HTMLElement, selector: string) =>
  (element.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('EarningsPage', () => {
  afterEach(() => localStorage.clear());

  it('shows what the carrier is owed and each order’s payout, money in the reader’s format', async () => {
    const { element } = await render(earnings);
    expect(text(element, '[data-testid="balances"] tbody')).toContain('KES 27,000');
    expect(text(element, '[data-testid="balances"] tbody')).toContain('KES 1,000');
    const rows = element.querySelectorAll('[data-testid="lines"] tbody tr');
    expect(rows.length).toBe(2);
    expect(rows[0].textContent?.replace(/\s/g, ' ')).toContain('KES 40,500');
    // The order by its cargo and places, never "#41".
    expect(text(rows[0] as HTMLElement, 'a')).toBe('maize · Industrial Area, Nairobi → Mombasa');
    expect(rows[0].textContent).not.toContain('#');
    expect(text(rows[0] as HTMLElement, '[data-status="sent"]')).toBe('Paid SG632NMUAB');
    expect(rows[1].querySelector('[data-status="failed"]')?.textContent).toContain('Failed');
  });

  it('reads in French with French money, and the failure as the API wrote it', async () => {
    const { element } = await render(earnings, 'fr');
    expect(text(element, 'h1')).toBe('Gains et versements');
    const rows = element.querySelectorAll('[data-testid="lines"] tbody tr');
    expect(rows[0].textContent?.replace(/\s/g, ' ')).toContain('KES 40 500');
    expect(rows[1].textContent).toContain('Échoué');
    expect(rows[1].textContent).toContain('ne peut pas recevoir');
  });

  it('narrows to a month and downloads that month as CSV', async () => {
    const { fixture, element, asked, downloaded } = await render(earnings);
    const month = element.querySelector('[data-testid="period"]') as HTMLInputElement;
    month.value = '2026-11';
    month.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(asked.at(-1)).toEqual({ query: { period: '2026-11' } });
    (element.querySelector('[data-testid="csv"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(downloaded).toEqual(['/api/v1/earnings?format=csv&period=2026-11']);
  });

  it('says where payouts go', async () => {
    const { element } = await render(earnings);
    expect(text(element, '[data-testid="payout-number"] p')).toBe('Payouts go to +254 •••• 1222.');
  });

  it('says so when nothing was earned yet', async () => {
    const { element } = await render({ balances: [], lines: [] });
    expect(text(element, '[data-testid="empty"]')).toContain('No earnings yet');
    expect(element.querySelector('[data-testid="lines"]')).toBeNull();
  });

  it('shows a payout paid as the socket tells of it, without a reload; other notices read nothing', async () => {
    const sending: Earnings = {
      ...earnings,
      lines: [
        {
          ...earnings.lines[0],
          payout: { ...earnings.lines[0].payout!, status: 'sending', receipt: null },
        },
      ],
    };
    const { fixture, element, asked, server, socket } = await render(sending);
    const payout = () => element.querySelector('[data-testid="lines"] tbody tr [data-status]');
    expect(payout()?.getAttribute('data-status')).toBe('sending');
    const reads = asked.length;

    socket.notifications$.next({ kind: 'chat_message' } as NotificationMessage);
    await fixture.whenStable();
    expect(asked.length).toBe(reads);

    server.answer = earnings;
    socket.notifications$.next({ kind: 'payout_sent' } as NotificationMessage);
    await fixture.whenStable();
    fixture.detectChanges();
    expect(asked.length).toBe(reads + 1);
    expect(payout()?.getAttribute('data-status')).toBe('sent');
    expect(text(element, '[data-testid="lines"] tbody tr [data-status="sent"]')).toBe(
      'Paid SG632NMUAB',
    );
  });

  it('reads the month shown again after a reconnection (what was said while away)', async () => {
    const { fixture, asked, socket } = await render(earnings);
    const month = fixture.nativeElement.querySelector('[data-testid="period"]') as HTMLInputElement;
    month.value = '2026-11';
    month.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    const reads = asked.length;
    socket.connects$.next();
    await fixture.whenStable();
    expect(asked.length).toBe(reads + 1);
    expect(asked.at(-1)).toEqual({ query: { period: '2026-11' } });
  });
});
