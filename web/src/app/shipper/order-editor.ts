import { DOCUMENT, Location } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ViewEncapsulation,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { startWith } from 'rxjs';
import { ApiError, toApiError } from '../core/api/api-error';
import { ErrorMessages, errorTexts } from '../core/api/error-messages';
import { Language } from '../core/i18n/language';
import { vehicleTypeName } from '../core/i18n/vehicle-type-name';
import { StopMoved, StopsLayer } from '../map/layers/stops-layer';
import { LeafletMap } from '../map/leaflet-map';
import { MapView } from '../map/map-view';
import { capitalOf } from '../map/places';
import { FieldError, FieldMessage } from './field-error';
import {
  KNOWN_WIRE_FIELDS,
  controlPathFor,
  firstError,
  forCreate,
  fromOrder,
  orderForm,
  toOrderChanges,
} from './order-form';
import { VehicleType } from '../core/api/api-types';
import { VehicleTypes } from '../core/api/vehicle-types';
import { formatNumber } from '../core/i18n/format';
import { CURRENCIES, currencyOf, toMinor } from '../core/money';
import { Order, can } from '../order/order';
import { OrdersApi } from '../order/orders-api';
import { PriceQuotes, TypedPrice } from '../order/price-quote';
import { PriceSplitView } from '../order/price-split';
import { HomeCountry } from '../core/country';
import { NearPlace } from '../places/near-place';
import { PlaceSuggestions } from '../places/place-suggestions';
import { NearestPlace, Place, PlacesApi } from '../places/places-api';
import { PinWarning, pinWarning } from '../places/pin-warning';

type Stop = 'pickup' | 'dropoff';

/**
 * Create or edit a draft: pickup and drop-off picked on the map (click, or
 * drag the markers) with their address and contact, the cargo, the vehicle
 * type, a price or bids, currency and payment. "Save draft" keeps it;
 * "Post the load" saves and publishes it.
 */
@Component({
  selector: 'njia-order-editor',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    MapView,
    StopsLayer,
    FieldError,
    NearPlace,
    PlaceSuggestions,
    PriceSplitView,
  ],
  providers: [LeafletMap],
  templateUrl: './order-editor.html',
  styleUrl: './shipper.scss',
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrderEditor {
  private readonly api = inject(OrdersApi);
  private readonly vehicleTypesApi = inject(VehicleTypes);
  private readonly router = inject(Router);
  private readonly location = inject(Location);
  private readonly messages = inject(ErrorMessages);
  private readonly language = inject(Language);
  private readonly homeCountry = inject(HomeCountry);
  protected readonly leaflet = inject(LeafletMap);
  private readonly places = inject(PlacesApi);
  private readonly document = inject(DOCUMENT);

  /** Route parameter: the draft being edited (absent for a new order). */
  readonly id = input<string>();

  protected readonly form = orderForm(inject(NonNullableFormBuilder));
  protected readonly currencies = CURRENCIES;
  protected readonly draftId = signal<number | null>(null);
  protected readonly vehicleTypes = signal<VehicleType[]>([]);
  protected readonly vehicleTypesFailed = signal(false);
  protected readonly placing = signal<'pickup' | 'dropoff'>('pickup');
  protected readonly busy = signal<'save' | 'post' | null>(null);
  protected readonly saved = signal(false);
  protected readonly apiError = signal<ApiError | null>(null);
  protected readonly submitted = signal(false);
  /** What is being typed in each address field, for the place suggestions. */
  protected readonly queries = signal<Record<Stop, string>>({ pickup: '', dropoff: '' });
  /** The gazetteer's view of each pin: in the sea, far from the town its address names. */
  protected readonly checks = signal<Record<Stop, NearestPlace | null>>({
    pickup: null,
    dropoff: null,
  });
  /** What to warn of about each pin: the server's verdicts on the checks above. */
  protected readonly warnings = computed<Record<Stop, PinWarning | null>>(() => ({
    pickup: pinWarning(this.checks().pickup),
    dropoff: pinWarning(this.checks().dropoff),
  }));
  protected readonly stops: Stop[] = ['pickup', 'dropoff'];

  /** Re-evaluated on every edit and status change (the form isn't a signal). */
  private readonly formState = toSignal(this.form.events.pipe(startWith(null)));
  protected readonly pickup = computed(() => this.point('pickup'));
  protected readonly dropoff = computed(() => this.point('dropoff'));
  protected readonly pricing = computed(() => {
    this.formState();
    return this.form.controls.pricing.value;
  });

  /** What a fixed price splits into, as the API says: the shipper's total and the carrier's net. */
  protected readonly quote = inject(PriceQuotes).follow(
    computed((): TypedPrice => {
      this.formState();
      const { pricing, price, currency } = this.form.getRawValue();
      const typed = pricing === 'fixed' && price !== null;
      return { amount: typed ? toMinor(price, currency) : null, currency };
    }),
  );

  protected readonly center = computed<[number, number]>(() => {
    const place = capitalOf(this.homeCountry.code());
    return [place.lat, place.lng];
  });

  protected readonly errorTexts = errorTexts(this.apiError);

  constructor() {
    const country = this.homeCountry.code();
    this.form.controls.currency.setValue(currencyOf(country));
    this.vehicleTypesApi.list().then(
      (types) => this.vehicleTypes.set(types),
      () => this.vehicleTypesFailed.set(true),
    );
    queueMicrotask(() => void this.load());
  }

  private async load(): Promise<void> {
    const id = Number(this.id());
    if (!id) return;
    try {
      const order = await this.api.order(id);
      if (!can(order, 'edit')) {
        await this.router.navigate(['/orders', id], { replaceUrl: true });
        return;
      }
      this.draftId.set(order.id);
      this.form.setValue(fromOrder(order));
      this.placing.set('pickup');
      for (const kind of this.stops) void this.check(kind);
    } catch (error) {
      this.apiError.set(toApiError(error));
    }
  }

  private point(kind: 'pickup' | 'dropoff') {
    this.formState();
    const { lat, lng } = this.form.controls[kind].getRawValue();
    return lat === null || lng === null ? null : { lat, lng };
  }

  protected moved(event: StopMoved): void {
    this.form.controls[event.kind].patchValue({ lat: event.lat, lng: event.lng });
    this.form.controls[event.kind].controls.lat.markAsTouched();
    this.clearServerError(`${event.kind}.lat`, `${event.kind}.lng`);
    // After the pickup, the next tap places the drop-off.
    if (event.kind === 'pickup' && !this.dropoff()) this.placing.set('dropoff');
    void this.check(event.kind, { fillAddress: true });
  }

  protected typed(kind: Stop, event: Event): void {
    this.editing(`${kind}.address`);
    const value = (event.target as HTMLInputElement).value;
    this.queries.update((q) => ({ ...q, [kind]: value }));
  }

  /** A place picked from the suggestions: its name in the address, the pin on it, the map there. */
  protected pickPlace(kind: Stop, place: Place): void {
    this.form.controls[kind].patchValue({ address: place.name });
    this.form.controls[kind].controls.address.markAsTouched();
    this.queries.update((q) => ({ ...q, [kind]: '' }));
    this.moved({ kind, lat: place.lat, lng: place.lng });
    const map = this.leaflet.map();
    map?.setView([place.lat, place.lng], Math.max(map.getZoom(), 11));
  }

  /**
   * Asks the gazetteer about a pin: fills an empty address with the nearest
   * place, and keeps what the warnings need. A failed check warns of nothing.
   */
  async check(kind: Stop, { fillAddress = false } = {}): Promise<void> {
    const { lat, lng, address } = this.form.controls[kind].getRawValue();
    if (lat === null || lng === null) return;
    try {
      const found = await this.places.nearest(lat, lng, address.trim() || undefined);
      const now = this.form.controls[kind].getRawValue();
      if (now.lat !== lat || now.lng !== lng) return; // the pin moved meanwhile
      // Never under the cursor: a name landing while the field is being typed in would be typed onto.
      const typing = this.document.activeElement?.id === `${kind}-address`;
      if (fillAddress && !typing && !now.address.trim() && found.place) {
        this.form.controls[kind].patchValue({ address: found.place.name });
      }
      this.checks.update((c) => ({ ...c, [kind]: found }));
    } catch {
      this.checks.update((c) => ({ ...c, [kind]: null }));
    }
  }

  protected km(metres: number): string {
    return formatNumber(Math.round(metres / 1000), this.language.current());
  }

  /** Without a pointer: pan the map with the arrow keys, then drop the stop at its centre. */
  protected placeAtCentre(): void {
    const centre = this.leaflet.map()?.getCenter();
    if (!centre) return;
    const round = (v: number) => Math.round(v * 1e6) / 1e6;
    this.moved({ kind: this.placing(), lat: round(centre.lat), lng: round(centre.lng) });
  }

  /** Client check first; the server's verdict on a field wins until it is edited. */
  protected error(path: string): FieldMessage | null {
    this.formState();
    this.language.current();
    const server = this.apiError()?.fieldErrors;
    if (server) {
      for (const [field, list] of Object.entries(server)) {
        if (controlPathFor(field) === path && list.length)
          return { text: this.messages.text(list[0]) };
      }
    }
    const control = this.form.get(path);
    if (!control || !(control.touched || this.submitted())) return null;
    let failed = firstError(control);
    if (!failed) return null;
    if (failed === 'required' && /\.(lat|lng)$/.test(path)) failed = 'place';
    return { key: `shipper.editor.validation.${failed}` };
  }

  protected sameStops(): boolean {
    this.formState();
    return Boolean(this.form.errors?.['sameStops']);
  }

  protected editing(path: string): void {
    this.saved.set(false);
    this.clearServerError(path === 'price' ? 'priceAmount' : path);
  }

  private clearServerError(...fields: string[]): void {
    const error = this.apiError();
    if (!error || !fields.some((f) => error.fieldErrors[f])) return;
    const fieldErrors = { ...error.fieldErrors };
    for (const field of fields) delete fieldErrors[field];
    this.apiError.set({ ...error, fieldErrors });
  }

  protected async save(): Promise<void> {
    const order = await this.persist('save');
    if (order) this.saved.set(true);
  }

  protected async post(): Promise<void> {
    const order = await this.persist('post');
    if (!order) return;
    this.busy.set('post');
    try {
      const posted = await this.api.post(order.id);
      await this.router.navigate(['/orders', posted.id]);
    } catch (error) {
      // The draft is saved even though posting was refused: the page says so.
      this.apiError.set(toApiError(error, KNOWN_WIRE_FIELDS));
    } finally {
      this.busy.set(null);
    }
  }

  /** Saves the form as a draft (create or update); null when invalid or refused. */
  private async persist(kind: 'save' | 'post'): Promise<Order | null> {
    this.submitted.set(true);
    this.form.markAllAsTouched();
    this.saved.set(false);
    if (this.form.invalid || this.busy()) {
      this.focusFirstInvalid();
      return null;
    }
    this.busy.set(kind);
    this.apiError.set(null);
    try {
      const changes = toOrderChanges(this.form.getRawValue());
      const id = this.draftId();
      const order = id
        ? await this.api.update(id, changes)
        : await this.api.create(forCreate(changes));
      if (!id) {
        this.draftId.set(order.id);
        // The URL names the saved draft, so a reload edits it instead of creating another.
        this.location.replaceState(`/orders/${order.id}/edit`);
      }
      this.form.setValue(fromOrder(order), { emitEvent: true });
      return order;
    } catch (error) {
      this.apiError.set(toApiError(error, KNOWN_WIRE_FIELDS));
      return null;
    } finally {
      this.busy.set(null);
    }
  }

  private focusFirstInvalid(): void {
    setTimeout(() => {
      const first = document.querySelector<HTMLElement>(
        'njia-order-editor [aria-invalid="true"], njia-order-editor .njia-error',
      );
      first?.scrollIntoView({ block: 'center' });
      if (first instanceof HTMLInputElement || first instanceof HTMLSelectElement) first.focus();
    });
  }

  protected vehicleLabel(type: VehicleType): string {
    const language = this.language.current();
    return `${vehicleTypeName(type, language)} · ${formatNumber(type.capacityKg, language)} kg`;
  }
}
