import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { judgeQuality, type QualityResult } from '@njia/quality-rules';
import { map } from 'rxjs';
import { TranslocoPipe } from '@jsverse/transloco';
import { Cooperative } from '../core/api/api-types';
import { LocalNumberPipe, formatNumber } from '../core/i18n/format';
import { Language } from '../core/i18n/language';
import { GEOLOCATION } from '../driver/gps/gps-streamer';
import { CollectionInput } from './collection-queue';

/** A fix older than this is not where the can was taken. */
const FIX_MAX_AGE_MS = 2 * 60_000;

/** Who the milk is from: what a page offers to choose from. */
export interface FarmerChoice {
  id: number;
  name: string;
  memberNumber: string;
}

/** A can measured at the gate, before the page says where (route, stop) it was taken. */
export interface Measured {
  farmer: FarmerChoice;
  body: Omit<CollectionInput, 'id' | 'stopId' | 'routeId'>;
  /** What the phone judged (the API's own rule); the server decides again at sync. */
  verdict: QualityResult | null;
}

/**
 * One farmer's milk: quantity (litres, or kg the server converts), cans and
 * the quality tests, with the cooperative's thresholds beside them, the
 * time and the phone's position. The tests are judged here as they are
 * typed, offline, by the API's own rule (`judgeQuality`, imported from the
 * backend, never copied); the server judges the same values again at sync
 * and its answer is the one stored. The page that holds it queues what it
 * emits (CollectionQueue), so the form itself never needs the network.
 */
@Component({
  selector: 'njia-collection-form',
  imports: [TranslocoPipe, ReactiveFormsModule, LocalNumberPipe],
  templateUrl: './collection-form.html',
  styleUrl: './collection-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CollectionForm {
  private readonly fb = inject(FormBuilder);
  private readonly geolocation = inject(GEOLOCATION);
  private readonly language = inject(Language);
  /** The phone's latest position, recorded on each collection (where the milk was taken). */
  private readonly fix = signal<{ lat: number; lng: number; at: number } | null>(null);

  readonly farmers = input.required<FarmerChoice[]>();
  /** Its thresholds, shown beside each test and used to judge them here. */
  readonly cooperative = input<Cooperative | null>(null);
  /** The shift the route runs now, when the page knows it; the clerk may still change it. */
  readonly shift = input<'am' | 'pm' | null>(null);
  readonly recorded = output<Measured>();

  protected readonly saved = signal<{ name: string; verdict: QualityResult | null } | null>(null);
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

  private readonly values = toSignal(
    this.form.valueChanges.pipe(map(() => this.form.getRawValue())),
    { initialValue: this.form.getRawValue() },
  );
  /** The verdict on the tests as typed, by the cooperative's thresholds. */
  protected readonly verdict = computed(() => {
    const cooperative = this.cooperative();
    return cooperative ? judgeQuality(qualityTests(this.values()), cooperative) : null;
  });

  /** The numbers a refusal names, in the reader's format. */
  protected readonly thresholds = computed(() => {
    const cooperative = this.cooperative();
    const number = (n: number) => formatNumber(n, this.language.current());
    return cooperative
      ? {
          min: number(cooperative.lactometerMin),
          max: number(cooperative.lactometerMax),
          maxC: number(cooperative.maxTemperatureC),
        }
      : {};
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
    effect(() =>
      this.form.controls.shift.setValue(this.shift() ?? (new Date().getHours() < 12 ? 'am' : 'pm')),
    );
  }

  protected record(): void {
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
    this.recorded.emit({
      farmer,
      body: {
        farmerId: farmer.id,
        shift: value.shift,
        collectedAt: new Date().toISOString(),
        ...(value.unit === 'kg' ? { weightKg: quantity } : { quantityLitres: quantity }),
        cans: Number(value.cans),
        ...qualityTests(value),
        position,
      },
      verdict: this.verdict(),
    });
    this.saved.set({ name: farmer.name, verdict: this.verdict() });
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

interface Readings {
  lactometer: number | null;
  alcoholPassed: boolean;
  temperatureC: number | null;
  fatPct: number | null;
  snfPct: number | null;
}

/** The tests as sent to the server, so the phone judges exactly what the server will. */
function qualityTests(value: Readings) {
  return {
    lactometer: value.lactometer ?? null,
    alcoholPassed: value.alcoholPassed,
    temperatureC: value.temperatureC ?? null,
    fatPct: value.fatPct ?? null,
    snfPct: value.snfPct ?? null,
  };
}
