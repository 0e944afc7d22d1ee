import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError, toApiError } from '../core/api/api-error';
import { errorTexts } from '../core/api/error-messages';
import { Locale, VehicleType } from '../core/api/api-types';
import { vehicleBodyValues } from '../core/api/openapi-enums';
import { Api } from '../core/api/api-client';
import { VehicleTypes } from '../core/api/vehicle-types';
import { LOCALES } from '../core/i18n/languages';
import { COUNTRIES, Country, countryName } from '../core/country';
import { Language } from '../core/i18n/language';

type Names = VehicleType['names'];
type Body = (typeof vehicleBodyValues)[number];
/** The API's field for a name: English is `name`, the others `names.<lang>`. */
const nameField = (lang: Locale) => (lang === 'en' ? 'name' : `names.${lang}`);
const NEW_FIELDS = [
  'code',
  'body',
  'capacityKg',
  'capacityM3',
  'countries',
  ...LOCALES.map(nameField),
];

/** `countries` with `country` ticked or not, in the one order of the country list. */
function withCountry(countries: readonly Country[], country: Country, on: boolean): Country[] {
  return COUNTRIES.filter((c) => (c === country ? on : countries.includes(c)));
}

/**
 * Vehicle types and their names per language: what shippers, carriers and
 * dispatchers read in the order form, the dispatch filter and the fleet.
 * English is `name`; the other languages fall back to it until given.
 * A new type is added with its code, body, capacities and names. And the
 * countries each type is used in: a fleet and a load offer only theirs.
 */
@Component({
  selector: 'njia-vehicle-types-page',
  imports: [TranslocoPipe],
  templateUrl: './vehicle-types-page.html',
  styleUrl: './console.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VehicleTypesPage {
  private readonly api = inject(Api);
  private readonly vehicleTypes = inject(VehicleTypes);
  protected readonly languages = LOCALES;
  protected readonly bodies = vehicleBodyValues;
  protected readonly nameField = nameField;
  protected readonly language = inject(Language);
  protected readonly countries = COUNTRIES;
  protected readonly countryName = countryName;
  protected readonly types = signal<VehicleType[]>([]);
  private readonly drafts = signal<Record<number, Names>>({});
  private readonly countryDrafts = signal<Record<number, Country[]>>({});
  protected readonly saved = signal(false);
  private readonly error = signal<ApiError | null>(null);
  protected readonly errors = errorTexts(this.error);

  protected readonly code = signal('');
  protected readonly body = signal<Body | ''>('');
  protected readonly capacityKg = signal('');
  protected readonly capacityM3 = signal('');
  protected readonly names = signal<Partial<Record<Locale, string>>>({});
  protected readonly newCountries = signal<Country[]>([...COUNTRIES]);
  protected readonly creating = signal(false);
  protected readonly created = signal<VehicleType | null>(null);
  private readonly createError = signal<ApiError | null>(null);
  protected readonly createErrors = errorTexts(this.createError);
  protected readonly canCreate = computed(
    () =>
      !this.creating() &&
      this.code().trim().length >= 2 &&
      this.body() !== '' &&
      this.capacityKg().trim() !== '' &&
      this.capacityM3().trim() !== '' &&
      this.newCountries().length > 0 &&
      (this.names().en ?? '').trim().length >= 2,
  );

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    try {
      this.types.set(await this.vehicleTypes.list());
    } catch (error) {
      this.error.set(toApiError(error));
    }
  }

  protected draft(type: VehicleType): Names {
    return this.drafts()[type.id] ?? type.names;
  }

  protected edit(type: VehicleType, lang: keyof Names, value: string): void {
    this.saved.set(false);
    this.drafts.update((all) => ({ ...all, [type.id]: { ...this.draft(type), [lang]: value } }));
  }

  protected countriesOf(type: VehicleType): Country[] {
    return this.countryDrafts()[type.id] ?? type.countries;
  }

  protected toggle(type: VehicleType, country: Country, on: boolean): void {
    this.saved.set(false);
    const countries = withCountry(this.countriesOf(type), country, on);
    this.countryDrafts.update((all) => ({ ...all, [type.id]: countries }));
  }

  protected toggleNew(country: Country, on: boolean): void {
    this.newCountries.update((countries) => withCountry(countries, country, on));
  }

  protected async save(type: VehicleType): Promise<void> {
    const { en, ...others } = this.draft(type);
    this.error.set(null);
    try {
      // No country at all is refused by the server (422), said in words above the table.
      const changed = await this.api.patch('/api/v1/vehicle-types/{id}', {
        path: { id: type.id },
        body: { name: en.trim(), names: trimmed(others), countries: this.countriesOf(type) },
      });
      this.types.update((all) => all.map((t) => (t.id === changed.id ? changed : t)));
      this.countryDrafts.update(({ [type.id]: _, ...rest }) => rest);
      this.vehicleTypes.forget();
      this.saved.set(true);
    } catch (error) {
      this.error.set(toApiError(error));
    }
  }

  protected nameOf(lang: Locale, value: string): void {
    this.names.update((all) => ({ ...all, [lang]: value }));
  }

  protected async create(): Promise<void> {
    if (!this.canCreate()) return;
    const { en = '', ...others } = this.names();
    this.creating.set(true);
    this.createError.set(null);
    this.created.set(null);
    try {
      const type = await this.api.post('/api/v1/vehicle-types', {
        body: {
          code: this.code().trim(),
          name: en.trim(),
          names: trimmed(others),
          body: this.body() as Body,
          capacityKg: Number(this.capacityKg().replace(',', '.')),
          capacityM3: Number(this.capacityM3().replace(',', '.')),
          countries: this.newCountries(),
        },
      });
      this.types.update((all) => [...all, type]);
      this.vehicleTypes.forget();
      this.created.set(type);
      this.code.set('');
      this.body.set('');
      this.capacityKg.set('');
      this.capacityM3.set('');
      this.names.set({});
      this.newCountries.set([...COUNTRIES]);
    } catch (error) {
      this.createError.set(toApiError(error, NEW_FIELDS));
    } finally {
      this.creating.set(false);
    }
  }
}

/** The names typed, without the empty ones (a language left empty reads the English name). */
function trimmed(names: Partial<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(names)
      .map(([lang, name]) => [lang, (name ?? '').trim()])
      .filter(([, name]) => name !== ''),
  );
}
