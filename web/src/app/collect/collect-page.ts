import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { Api } from '../core/api/api-client';
import { Cooperative, Farmer } from '../core/api/api-types';
import { Connectivity } from '../core/network/connectivity';
import { ErrorMessages } from '../core/api/error-messages';
import { GEOLOCATION } from '../driver/gps/gps-streamer';
import { CollectionQueue } from './collection-queue';

/** A fix older than this is not where the can was taken. */
const FIX_MAX_AGE_MS = 2 * 60_000;

/**
 * A clerk or grader records each farmer's milk at a stop: litres (or kg),
 * cans and the quality tests. It works without network: each collection is
 * kept on the phone and sent when the network returns; the farmer's
 * receipt SMS follows from the server.
 */
@Component({
  selector: 'njia-collect-page',
  imports: [TranslocoPipe, ReactiveFormsModule],
  templateUrl: './collect-page.html',
  styleUrl: './collect-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CollectPage {
  private readonly api = inject(Api);
  protected readonly queue = inject(CollectionQueue);
  protected readonly connectivity = inject(Connectivity);
  protected readonly messages = inject(ErrorMessages);
  private readonly fb = inject(FormBuilder);
  private readonly geolocation = inject(GEOLOCATION);
  /** The phone's latest position, recorded on each collection (where the milk was taken). */
  private readonly fix = signal<{ lat: number; lng: number; at: number } | null>(null);

  protected readonly cooperative = signal<Cooperative | null>(null);
  protected readonly farmers = signal<Farmer[]>([]);
  protected readonly loadError = signal(false);
  protected readonly saved = signal<string | null>(null);
  protected readonly search = signal('');
  protected readonly shown = computed(() => {
    const q = this.search().trim().toLowerCase();
    return this.farmers().filter(
      (f) => !q || f.name.toLowerCase().includes(q) || f.memberNumber.toLowerCase() === q,
    );
  });

  protected readonly form = this.fb.nonNullable.group({
    farmerId: [0, [Validators.required, Validators.min(1)]],
    shift: ['am' as 'am' | 'pm', Validators.required],
    unit: ['litres' as 'litres' | 'kg'],
    quantity: [
      null as number | null,
      [Validators.required, Validators.min(0.1), Validators.max(5000)],
    ],
    cans: [1, [Validators.required, Validators.min(1), Validators.max(50)]],
    lactometer: [null as number | null, [Validators.min(0), Validators.max(60)]],
    alcoholPassed: [true],
    temperatureC: [null as number | null, [Validators.min(-5), Validators.max(60)]],
    fatPct: [null as number | null, [Validators.min(0), Validators.max(15)]],
    snfPct: [null as number | null, [Validators.min(0), Validators.max(15)]],
  });

  constructor() {
    const watch = this.geolocation?.watchPosition(
      (p) => this.fix.set({ lat: p.coords.latitude, lng: p.coords.longitude, at: Date.now() }),
      () => undefined, // No position (refused, indoors): collections are recorded without one.
      { enableHighAccuracy: true, maximumAge: 30_000 },
    );
    inject(DestroyRef).onDestroy(() => {
      if (watch !== undefined) this.geolocation?.clearWatch(watch);
    });
    this.form.controls.shift.setValue(new Date().getHours() < 12 ? 'am' : 'pm');
    void this.queue.load().then(() => this.queue.sync());
    void this.loadFarmers();
  }

  private async loadFarmers(): Promise<void> {
    try {
      const cooperative = await this.api.get('/api/v1/cooperatives/mine');
      this.cooperative.set(cooperative);
      const page = await this.api.get('/api/v1/cooperatives/{id}/farmers', {
        path: { id: cooperative.id },
        query: { status: 'active', perPage: 500 },
      });
      this.farmers.set(page.data);
    } catch {
      this.loadError.set(true);
    }
  }

  protected async record(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const farmer = this.farmers().find((f) => f.id === Number(value.farmerId));
    if (!farmer) return;
    const quantity = Number(value.quantity);
    const fix = this.fix();
    const position =
      fix && Date.now() - fix.at < FIX_MAX_AGE_MS ? { lat: fix.lat, lng: fix.lng } : null;
    await this.queue.add(
      {
        farmerId: farmer.id,
        stopId: farmer.stopId,
        shift: value.shift,
        collectedAt: new Date().toISOString(),
        ...(value.unit === 'kg' ? { weightKg: quantity } : { quantityLitres: quantity }),
        cans: Number(value.cans),
        lactometer: value.lactometer ?? null,
        alcoholPassed: value.alcoholPassed,
        temperatureC: value.temperatureC ?? null,
        fatPct: value.fatPct ?? null,
        snfPct: value.snfPct ?? null,
        position,
      },
      farmer.name,
    );
    this.saved.set(farmer.name);
    this.form.patchValue({
      farmerId: 0,
      quantity: null,
      cans: 1,
      lactometer: null,
      temperatureC: null,
      fatPct: null,
      snfPct: null,
      alcoholPassed: true,
    });
    this.form.markAsUntouched();
  }
}
