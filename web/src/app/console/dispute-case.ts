import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Api } from '../core/api/api-client';
import { ApiError, toApiError } from '../core/api/api-error';
import { errorTexts } from '../core/api/error-messages';
import { DisputeCaseDetails } from '../core/api/api-types';
import { disputeDecisionValues } from '../core/api/openapi-enums';
import { Language } from '../core/i18n/language';
import { formatDateTime, formatNumber } from '../core/i18n/format';
import { Currency, fitsMinorUnit, formatMoney, toMinor } from '../core/money';
import { ChatPanel } from '../chat/chat-panel';
import { OrderTrackLayer } from '../map/layers/order-track-layer';
import { StopsLayer } from '../map/layers/stops-layer';
import { LeafletMap } from '../map/leaflet-map';
import { MapView } from '../map/map-view';
import { Order, OrderEvent, OrderTrack, ProofOfDelivery } from '../order/order';
import { OrdersApi } from '../order/orders-api';
import { lineOf } from '../order/order-store';
import { OrderTimeline } from '../shipper/order-timeline';
import { provideShipperTranslations } from '../shipper/shipper-i18n';
import { FileView } from './file-view';
import { SignInAgain } from '../core/auth/sign-in-again';
import { Session } from '../core/auth/session';

type Decision = NonNullable<DisputeCaseDetails['decision']>;

/**
 * One dispute's case page: the order and both parties, what escrow holds,
 * the order's timeline, its route and GPS track on the map, the proof of
 * delivery (photo, signature, receiver, time and place), the shipper's
 * evidence files and the order's conversation; then the decision (pay the
 * carrier, refund the shipper, or split) with a reason both parties read.
 * The API moves the escrow once, through the ledger. Platform dispatchers
 * read the case without the conversation or the decision.
 */
@Component({
  selector: 'njia-dispute-case',
  imports: [
    TranslocoPipe,
    RouterLink,
    SignInAgain,
    FileView,
    MapView,
    StopsLayer,
    OrderTrackLayer,
    OrderTimeline,
    ChatPanel,
  ],
  providers: [LeafletMap, provideShipperTranslations()],
  templateUrl: './dispute-case.html',
  styleUrl: './console.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DisputeCasePage {
  private readonly api = inject(Api);
  private readonly orders = inject(OrdersApi);
  private readonly language = inject(Language);
  protected readonly leaflet = inject(LeafletMap);
  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly decisions = disputeDecisionValues;
  /** Admins decide and read the conversation; a platform dispatcher reads the rest of the case. */
  protected readonly decides = inject(Session).can('decide_disputes');
  protected readonly dispute = signal<DisputeCaseDetails | null>(null);
  protected readonly order = signal<Order | null>(null);
  protected readonly events = signal<OrderEvent[]>([]);
  protected readonly track = signal<OrderTrack | null>(null);
  protected readonly proof = signal<ProofOfDelivery | null>(null);
  protected readonly loadError = signal<ApiError | null>(null);
  protected readonly loadErrors = errorTexts(this.loadError);

  protected readonly travelled = computed(() => lineOf(this.track()?.actual));
  protected readonly planned = computed(() => lineOf(this.track()?.planned));

  protected readonly decision = signal<Decision | null>(null);
  /** The carrier's share of a split, as typed (major units). */
  protected readonly share = signal('');
  protected readonly note = signal('');
  protected readonly busy = signal(false);
  protected readonly decided = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly errors = errorTexts<'carrierAmount' | 'note'>(this.error);

  /** The split's share in minor units, or null while it is not a whole amount of the currency. */
  protected readonly shareMinor = computed(() => {
    const current = this.dispute();
    const typed = Number(this.share().replace(',', '.'));
    if (!current || !this.share().trim() || !Number.isFinite(typed) || typed <= 0) return null;
    const currency = current.order.currency;
    return fitsMinorUnit(typed, currency) ? toMinor(typed, currency) : null;
  });
  protected readonly shareOutOfRange = computed(() => {
    const minor = this.shareMinor();
    return minor !== null && minor >= (this.dispute()?.held ?? 0);
  });
  protected readonly canDecide = computed(() => {
    if (this.busy() || this.note().trim().length < 3 || !this.decision()) return false;
    return this.decision() !== 'split' || (this.shareMinor() !== null && !this.shareOutOfRange());
  });

  constructor() {
    effect(() => {
      const id = Number(this.id());
      untracked(() => void this.load(id));
    });
    // Frame the route and the track once both are on the map.
    effect(() => {
      const order = this.order();
      if (!this.leaflet.map() || !order) return;
      untracked(() =>
        this.leaflet.fitTo(
          [
            [order.pickup.lat, order.pickup.lng],
            [order.dropoff.lat, order.dropoff.lng],
            ...this.travelled().map(([lat, lng]) => [lat, lng] as [number, number]),
          ],
          12,
        ),
      );
    });
  }

  private async load(id: number): Promise<void> {
    this.loadError.set(null);
    try {
      const dispute = await this.api.get('/api/v1/admin/disputes/{id}', { path: { id } });
      this.dispute.set(dispute);
      const orderId = dispute.order.id;
      // Each part of the case file shows what it has; a missing part (no proof, no track) is said so.
      await Promise.all([
        this.orders.order(orderId).then((o) => this.order.set(o)),
        this.orders.events(orderId).then((e) => this.events.set(e)),
        this.orders.track(orderId).then(
          (t) => this.track.set(t),
          () => this.track.set(null),
        ),
        this.orders.proof(orderId).then(
          (p) => this.proof.set(p),
          () => this.proof.set(null),
        ),
      ]);
    } catch (error) {
      this.loadError.set(toApiError(error));
    }
  }

  protected async decide(): Promise<void> {
    const current = this.dispute();
    const decision = this.decision();
    if (!current || !decision || !this.canDecide()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const result = await this.api.post('/api/v1/admin/disputes/{id}/decision', {
        path: { id: current.id },
        body: {
          decision,
          note: this.note().trim(),
          ...(decision === 'split' ? { carrierAmount: this.shareMinor()! } : {}),
        },
      });
      this.dispute.set(result);
      this.decided.set(true);
      // The order moved (resolved or cancelled): its timeline says so.
      this.orders.events(result.order.id).then(
        (e) => this.events.set(e),
        () => undefined,
      );
    } catch (error) {
      this.error.set(toApiError(error, ['carrierAmount', 'note']));
    } finally {
      this.busy.set(false);
    }
  }

  protected money(minor: number | null | undefined, currency: Currency): string {
    return minor === null || minor === undefined
      ? ''
      : formatMoney(minor, currency, this.language.current());
  }

  protected when(iso: string | null | undefined): string {
    return formatDateTime(iso, this.language.current());
  }

  /** A position as an operator reads it and can look up: degrees to five places (about a metre). */
  protected place(position: { lat: number; lng: number } | null | undefined): string {
    if (!position) return '';
    const degrees = { minimumFractionDigits: 5, maximumFractionDigits: 5 };
    const language = this.language.current();
    return `${formatNumber(position.lat, language, degrees)}, ${formatNumber(position.lng, language, degrees)}`;
  }
}
