import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { Api } from '../core/api/api-client';
import { ApiError, toApiError } from '../core/api/api-error';
import { VehicleType } from '../core/api/api-types';
import { errorTexts } from '../core/api/error-messages';
import { VehicleTypes } from '../core/api/vehicle-types';
import { AccountApi } from '../core/auth/account-api';
import { Session } from '../core/auth/session';
import { HomeCountry } from '../core/country';
import { VehicleTypeNamePipe } from '../core/i18n/vehicle-type-name';

/**
 * The owner-driver's way in one go: their own carrier, their truck, and
 * themselves as its driver. The papers are uploaded next, on the fleet page.
 */
@Component({
  selector: 'njia-own-carrier',
  imports: [ReactiveFormsModule, TranslocoPipe, VehicleTypeNamePipe],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="own-carrier">
      <p>{{ 'driver.ownCarrier.intro' | transloco }}</p>
      <div class="njia-field">
        <label for="own-carrier-name">{{ 'driver.ownCarrier.name' | transloco }}</label>
        <input id="own-carrier-name" formControlName="name" autocomplete="organization" />
      </div>
      <div class="njia-field">
        <label for="own-carrier-plate">{{ 'driver.ownCarrier.plate' | transloco }}</label>
        <input id="own-carrier-plate" formControlName="plate" autocapitalize="characters" />
      </div>
      <div class="njia-field">
        <label for="own-carrier-type">{{ 'driver.ownCarrier.type' | transloco }}</label>
        <select id="own-carrier-type" formControlName="vehicleTypeId">
          @for (type of types(); track type.id) {
            <option [value]="type.id">{{ type | vehicleTypeName }}</option>
          }
        </select>
      </div>
      @if (submitted() && form.invalid) {
        <p class="njia-error" role="alert">{{ 'driver.ownCarrier.required' | transloco }}</p>
      }
      @for (text of errors().form; track $index) {
        <p class="njia-error" role="alert">{{ text }}</p>
      }
      <button type="submit" class="njia-button" [disabled]="busy()">
        {{ 'driver.ownCarrier.submit' | transloco }}
      </button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OwnCarrier {
  private readonly api = inject(Api);
  private readonly accounts = inject(AccountApi);
  private readonly session = inject(Session);
  private readonly country = inject(HomeCountry);
  readonly done = output<void>();

  protected readonly types = signal<VehicleType[]>([]);
  protected readonly busy = signal(false);
  protected readonly submitted = signal(false);
  private readonly error = signal<ApiError | null>(null);
  protected readonly errors = errorTexts(this.error);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.session.user()?.name ?? '', [Validators.required, Validators.minLength(2)]],
    plate: ['', Validators.required],
    vehicleTypeId: ['', Validators.required],
  });

  constructor() {
    void inject(VehicleTypes)
      .list()
      .then((types) => {
        this.types.set(types);
        if (!this.form.controls.vehicleTypeId.value && types[0]) {
          this.form.controls.vehicleTypeId.setValue(String(types[0].id));
        }
      });
  }

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    if (this.form.invalid || this.busy()) return;
    const { name, plate, vehicleTypeId } = this.form.getRawValue();
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.api.post('/api/v1/organisations', {
        body: { name: name.trim(), country: this.country.code() },
      });
      const me = await this.accounts.refreshMe();
      const vehicle = await this.api.post('/api/v1/vehicles', {
        body: { plate: plate.trim(), vehicleTypeId: Number(vehicleTypeId) },
      });
      await this.api.post('/api/v1/vehicles/{id}/drivers', {
        path: { id: vehicle.id },
        body: { driverId: me.id },
      });
      this.done.emit();
    } catch (error) {
      this.error.set(toApiError(error));
      // Whatever was made (the carrier, the truck) shows in the checklist.
      this.done.emit();
    } finally {
      this.busy.set(false);
    }
  }
}
