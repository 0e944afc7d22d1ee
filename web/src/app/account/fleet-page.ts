import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { Api } from '../core/api/api-client';
import { ApiError, toApiError } from '../core/api/api-error';
import { DocumentKind, FleetDocument, Vehicle, VehicleType } from '../core/api/api-types';
import { documentKindValues } from '../core/api/openapi-enums';
import { errorTexts } from '../core/api/error-messages';
import { VehicleTypes } from '../core/api/vehicle-types';
import { Session } from '../core/auth/session';
import { accountTranslations } from './account-i18n';
import { VehicleTypeNamePipe } from '../core/i18n/vehicle-type-name';
import { PaperNamePipe } from '../core/i18n/paper-name';

/** The fields each form shows: an error the server puts on another goes to the form's top. */
const VEHICLE_FIELDS = ['plate', 'vehicleTypeId', 'make', 'model'] as const;
const DOCUMENT_FIELDS = ['kind', 'number', 'expiresOn', 'vehicleId', 'file'] as const;
type VehicleField = (typeof VEHICLE_FIELDS)[number];
type DocumentField = (typeof DOCUMENT_FIELDS)[number];

/** The reasons without a paper that the page words itself; any other is told as `other`. */
const WORDED_REASONS = new Set([
  'VEHICLE_ARCHIVED',
  'DRIVER_SUSPENDED',
  'NOT_A_DRIVER',
  'DRIVER_NOT_IN_CARRIER',
]);

/**
 * A carrier's vehicles (with whether each may haul, and why not) and their
 * papers: registration cards, insurance and driving licences, uploaded as a
 * photo from the phone's camera or a PDF.
 */
@Component({
  selector: 'njia-fleet-page',
  imports: [VehicleTypeNamePipe, PaperNamePipe, ReactiveFormsModule, TranslocoPipe],
  providers: [accountTranslations],
  templateUrl: './fleet-page.html',
  styleUrl: './account.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FleetPage {
  protected readonly session = inject(Session);
  private readonly api = inject(Api);
  private readonly vehicleTypes = inject(VehicleTypes);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly isCarrier = computed(
    () => this.session.user()?.organisation?.kind === 'carrier',
  );
  /** Every kind of paper; a driver's own licence first for drivers. */
  protected readonly kinds = computed<DocumentKind[]>(() =>
    this.session.can('drive')
      ? ['driving_licence', ...documentKindValues.filter((kind) => kind !== 'driving_licence')]
      : [...documentKindValues],
  );
  protected readonly vehicles = signal<Vehicle[]>([]);
  /** An eligibility reason in the reader's language, by its code (the API's message is English). */
  protected reasonKey(code: string): string {
    return `account.fleet.reasons.${WORDED_REASONS.has(code) ? code : 'other'}`;
  }
  protected readonly types = signal<VehicleType[]>([]);
  protected readonly documents = signal<FleetDocument[]>([]);
  protected readonly busy = signal(false);
  protected readonly uploaded = signal(false);
  protected readonly file = signal<File | null>(null);

  protected readonly vehicleForm = this.fb.group({
    plate: ['', [Validators.required, Validators.maxLength(20)]],
    vehicleTypeId: [0, [Validators.required, Validators.min(1)]],
    make: [''],
    model: [''],
  });
  protected readonly documentForm = this.fb.group({
    kind: ['registration_card' as DocumentKind, [Validators.required]],
    number: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(60)]],
    expiresOn: ['', [Validators.required]],
    vehicleId: [0],
  });
  protected readonly vehicleError = signal<ApiError | null>(null);
  protected readonly vehicleErrors = errorTexts<VehicleField>(this.vehicleError);
  protected readonly documentError = signal<ApiError | null>(null);
  protected readonly documentErrors = errorTexts<DocumentField>(this.documentError);
  protected readonly needsVehicle = signal(true);
  /** The carrier's owner (often a driver who owns the truck) and its dispatchers: the API's VehiclePolicy, by /me. */
  protected readonly canManageVehicles = computed(() => this.session.can('manage_vehicles'));

  constructor() {
    this.documentForm.controls.kind.valueChanges.subscribe((kind) =>
      this.needsVehicle.set(kind !== 'driving_licence'),
    );
    if (this.session.can('drive')) {
      this.documentForm.controls.kind.setValue('driving_licence');
    }
    if (this.isCarrier()) void this.load();
  }

  private async load(): Promise<void> {
    const [vehicles, types, documents] = await Promise.allSettled([
      this.api.get('/api/v1/vehicles', { query: { perPage: 100 } }),
      this.vehicleTypes.list(),
      this.api.get('/api/v1/documents', { query: { perPage: 100 } }),
    ]);
    if (vehicles.status === 'fulfilled') this.vehicles.set(vehicles.value.data);
    if (types.status === 'fulfilled') this.types.set(types.value);
    if (documents.status === 'fulfilled') this.documents.set(documents.value.data ?? []);
    const firstVehicle = this.vehicles()[0]?.id;
    if (firstVehicle && !this.documentForm.controls.vehicleId.value) {
      this.documentForm.controls.vehicleId.setValue(firstVehicle);
    }
  }

  protected async addVehicle(): Promise<void> {
    this.vehicleForm.markAllAsTouched();
    if (this.vehicleForm.invalid || this.busy()) return;
    const { plate, vehicleTypeId, make, model } = this.vehicleForm.getRawValue();
    this.busy.set(true);
    this.vehicleError.set(null);
    try {
      await this.api.post('/api/v1/vehicles', {
        body: {
          plate: plate.trim(),
          vehicleTypeId: Number(vehicleTypeId),
          ...(make.trim() ? { make: make.trim() } : {}),
          ...(model.trim() ? { model: model.trim() } : {}),
        },
      });
      this.vehicleForm.reset({ plate: '', vehicleTypeId: 0, make: '', model: '' });
      await this.load();
    } catch (error) {
      this.vehicleError.set(toApiError(error, VEHICLE_FIELDS));
    } finally {
      this.busy.set(false);
    }
  }

  protected pickFile(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
  }

  protected async upload(input: HTMLInputElement): Promise<void> {
    this.documentForm.markAllAsTouched();
    const file = this.file();
    if (this.documentForm.invalid || !file || this.busy()) return;
    const { kind, number, expiresOn, vehicleId } = this.documentForm.getRawValue();
    const body = new FormData();
    body.set('kind', kind);
    body.set('number', number.trim());
    body.set('expiresOn', expiresOn);
    if (kind !== 'driving_licence' && vehicleId) body.set('vehicleId', String(vehicleId));
    body.set('file', file);
    this.busy.set(true);
    this.documentError.set(null);
    this.uploaded.set(false);
    try {
      await this.api.post('/api/v1/documents', { body });
      this.uploaded.set(true);
      this.file.set(null);
      input.value = '';
      this.documentForm.controls.number.reset('');
      this.documentForm.controls.expiresOn.reset('');
      this.documentForm.markAsUntouched();
      await this.load();
    } catch (error) {
      this.documentError.set(toApiError(error, DOCUMENT_FIELDS));
    } finally {
      this.busy.set(false);
    }
  }

  protected plateOf(vehicleId: number | null | undefined): string {
    return this.vehicles().find((v) => v.id === vehicleId)?.plate ?? '';
  }

  protected readonly today = new Date().toISOString().slice(0, 10);
}
