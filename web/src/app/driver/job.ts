import { WeightPipe } from '../core/i18n/format';
import { ChatPanel } from '../chat/chat-panel';
import { PushPrompt } from '../account/push-prompt';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter } from 'rxjs';
import { ApiError, toApiError } from '../core/api/api-error';
import { ErrorMessages, errorTexts } from '../core/api/error-messages';
import { Language } from '../core/i18n/language';
import { phoneValidators } from '../core/phone-validators';
import {
  DRIVER_MOVES,
  DriverMove,
  Order,
  OrderStatus,
  can,
  isUnderway,
  nextDriverMove,
} from '../order/order';
import { OrderStatusBadge } from '../order/order-status';
import { PriceSplitView } from '../order/price-split';
import { OrderStore } from '../order/order-store';
import { OfflineActions } from './actions/offline-actions';
import { DriverState } from './driver-state';
import { GpsStatus } from './gps-status';
import { GpsStreamer } from './gps/gps-streamer';
import { JobMap } from './job-map';
import { PendingActions } from './pending-actions';
import { SignatureField } from './signature-field';
import { WakeLock } from './wake-lock';

const POD_FIELDS = ['photo', 'signature', 'receiverName', 'receiverPhone'] as const;
type PodField = (typeof POD_FIELDS)[number];

/**
 * One job: where to go, the next status button, proof of delivery. Moves
 * made offline wait in the action queue and show as pending; whatever the
 * server refuses, the order is read again so the screen shows its truth.
 */
@Component({
  selector: 'njia-job',
  imports: [
    WeightPipe,
    ReactiveFormsModule,
    TranslocoPipe,
    RouterLink,
    GpsStatus,
    PendingActions,
    SignatureField,
    JobMap,
    OrderStatusBadge,
    ChatPanel,
    PushPrompt,
    PriceSplitView,
  ],
  providers: [WakeLock, OrderStore],
  templateUrl: './job.html',
  styleUrls: ['./driver.scss', './job.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Job {
  private readonly store = inject(OrderStore);
  private readonly state = inject(DriverState);
  private readonly messages = inject(ErrorMessages);
  private readonly language = inject(Language);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly actions = inject(OfflineActions);
  protected readonly gps = inject(GpsStreamer);
  protected readonly wakeLock = inject(WakeLock);

  /** The order id, from the route. */
  readonly id = input.required<string>();
  protected readonly orderId = computed(() => Number(this.id()));

  protected readonly moves = DRIVER_MOVES;
  protected readonly order = this.store.order;
  protected readonly proof = this.store.proof;
  /** Why the order cannot be read; offline, the last copy is shown without complaint. */
  protected readonly loadError = computed(() => {
    this.language.current();
    const error = this.store.error();
    if (!error || (error.status === 0 && this.order())) return null;
    return this.messages.text(error.formErrors[0]);
  });
  protected readonly moveError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly podQueued = signal(false);
  protected readonly podSubmitted = signal(false);
  protected readonly podError = signal<ApiError | null>(null);
  protected readonly photoName = signal<string | null>(null);
  private photo: File | null = null;
  private readonly signature = viewChild(SignatureField);

  protected readonly podForm = this.fb.group({
    receiverName: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(120)]],
    receiverPhone: ['', phoneValidators],
  });

  /** Moves for this order still waiting for the network, oldest first. */
  protected readonly pendingMoves = computed(() =>
    this.actions
      .pending()
      .filter((a) => a.kind === 'status' && a.orderId === this.orderId())
      .map((a) => (a.json as { status: DriverMove }).status),
  );
  protected readonly pendingProof = computed(() =>
    this.actions.pending().some((a) => a.kind === 'proof' && a.orderId === this.orderId()),
  );

  /** The status once every queued move lands; the server's until then. */
  protected readonly status = computed<OrderStatus | null>(
    () => this.pendingMoves().at(-1) ?? this.order()?.status ?? null,
  );
  /**
   * The move the server allows now. Moves queued offline are newer than the
   * server's word: the driver goes on with the step after the last queued
   * one, and the server decides each when it is replayed.
   */
  protected readonly nextMove = computed(() => {
    const queued = this.pendingMoves().at(-1);
    if (!queued) return nextDriverMove(this.order());
    return DRIVER_MOVES[DRIVER_MOVES.indexOf(queued) + 1] ?? null;
  });
  protected readonly done = computed(() => {
    const status = this.status();
    const reached = status ? DRIVER_MOVES.indexOf(status as DriverMove) : -1;
    return new Set(DRIVER_MOVES.filter((_, i) => i <= reached));
  });
  protected readonly active = computed(() => isUnderway(this.status()));
  /** The proof as the server allows it, or once the delivery waits in the queue. */
  protected readonly podOpen = computed(
    () =>
      (can(this.order(), 'submitProof') || this.pendingMoves().includes('delivered')) &&
      !this.proof() &&
      !this.pendingProof() &&
      !this.podSubmitted(),
  );

  protected readonly podErrors = errorTexts<PodField>(this.podError);
  protected readonly podTried = signal(false);

  constructor() {
    effect(() => {
      const id = this.orderId();
      untracked(() => this.store.follow(id, { proof: true }));
    });
    // The home's list of jobs shows what this page learnt.
    effect(() => {
      const order = this.order();
      if (order) untracked(() => this.state.updateJob(order));
    });
    effect(() => {
      const active = this.active();
      untracked(() => void this.wakeLock.keepAwake(active));
    });
    // A queued action was replayed, or refused: read the order the server now holds.
    this.actions.settled$
      .pipe(
        filter(({ action }) => action.orderId === this.orderId()),
        takeUntilDestroyed(),
      )
      .subscribe(() => void this.store.refresh());
  }

  /** How the pending list names this job while its action waits for the network. */
  private nameForQueue(): string | undefined {
    const order = this.order();
    return order?.name;
  }

  protected async move(status: DriverMove): Promise<void> {
    this.busy.set(true);
    this.moveError.set(null);
    try {
      const done = await this.actions.run({
        kind: 'status',
        orderId: this.orderId(),
        orderName: this.nameForQueue(),
        path: '/api/v1/orders/{id}/status',
        params: { id: this.orderId() },
        json: { status },
        label: status,
      });
      if (!done.queued) this.store.set(done.result);
    } catch (error) {
      this.moveError.set(this.messages.text(toApiError(error).formErrors[0]));
      await this.store.refresh(); // never leave the buttons disagreeing with the server
    } finally {
      this.busy.set(false);
    }
  }

  protected pickPhoto(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.photo = file;
    this.photoName.set(file?.name ?? null);
    this.clearPodError('photo');
  }

  protected podInvalid(field: PodField): boolean {
    if (this.podErrors().byField[field]?.length) return true;
    if (!this.podTried()) return false;
    if (field === 'photo') return !this.photo;
    if (field === 'signature') return this.signature()?.empty() ?? true;
    return this.podForm.controls[field].invalid;
  }

  protected clearPodError(field: PodField): void {
    const error = this.podError();
    if (error?.fieldErrors[field]) {
      const { [field]: _, ...rest } = error.fieldErrors;
      this.podError.set({ ...error, fieldErrors: rest });
    }
  }

  protected async submitProof(): Promise<void> {
    this.podTried.set(true);
    // The form is judged as it was when tapped: reading the signature takes a
    // moment, and a phone corrected meanwhile belongs to the next tap.
    const pad = this.signature();
    const photo = this.photo;
    if (this.busy() || this.podForm.invalid || !photo || !pad || pad.empty()) return;
    const { receiverName, receiverPhone } = this.podForm.getRawValue();
    this.busy.set(true);
    this.podError.set(null);
    try {
      const signature = await pad.toBlob();
      if (!signature) return;
      const fix = this.gps.lastFix();
      const form: { name: string; value: string | Blob; fileName?: string }[] = [
        { name: 'photo', value: photo, fileName: photo.name || 'photo.jpg' },
        { name: 'signature', value: signature, fileName: 'signature.png' },
        { name: 'receiverName', value: receiverName.trim() },
        { name: 'receiverPhone', value: receiverPhone.trim() },
        { name: 'deliveredAt', value: new Date().toISOString() },
      ];
      if (fix)
        form.push({ name: 'lat', value: String(fix.lat) }, { name: 'lng', value: String(fix.lng) });
      const done = await this.actions.run({
        kind: 'proof',
        orderId: this.orderId(),
        orderName: this.nameForQueue(),
        path: '/api/v1/orders/{id}/proof-of-delivery',
        params: { id: this.orderId() },
        form,
        label: 'proof',
      });
      this.podSubmitted.set(true);
      this.podQueued.set(done.queued);
      if (!done.queued) {
        this.store.set(done.result.order);
        await this.store.refresh(); // and the proof it now has
      }
    } catch (error) {
      this.podError.set(toApiError(error, POD_FIELDS));
      await this.store.refresh();
    } finally {
      this.busy.set(false);
    }
  }
}
