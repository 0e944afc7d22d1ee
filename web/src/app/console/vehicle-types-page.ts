import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Api } from '../core/api/api-client';
import { ApiError, toApiError } from '../core/api/api-error';
import { errorTexts } from '../core/api/error-messages';
import { VehicleType } from '../core/api/api-types';
import { LOCALES } from '../core/i18n/languages';

type Names = VehicleType['names'];

/**
 * Vehicle types and their names per language: what shippers, carriers and
 * dispatchers read in the order form, the dispatch filter and the fleet.
 * English is `name`; French and Swahili fall back to it until given.
 */
@Component({
  selector: 'njia-vehicle-types-page',
  imports: [TranslocoPipe],
  template: `
    @if (saved()) {
      <p role="status">{{ 'console.vehicleTypes.saved' | transloco }}</p>
    }
    @for (m of errors().form; track $index) {
      <p class="njia-error" role="alert">{{ m }}</p>
    }
    <table tabindex="0" data-testid="vehicle-types">
      <thead>
        <tr>
          <th>{{ 'console.vehicleTypes.code' | transloco }}</th>
          @for (lang of languages; track lang) {
            <th>{{ 'console.vehicleTypes.languages.' + lang | transloco }}</th>
          }
          <th></th>
        </tr>
      </thead>
      <tbody>
        @for (type of types(); track type.id) {
          <tr>
            <td>{{ type.code }}</td>
            @for (lang of languages; track lang) {
              <td>
                <input
                  [attr.aria-label]="type.code + ' ' + lang"
                  [value]="draft(type)[lang]"
                  (input)="edit(type, lang, $any($event.target).value)"
                />
              </td>
            }
            <td>
              <button type="button" (click)="save(type)">
                {{ 'console.vehicleTypes.save' | transloco }}
              </button>
            </td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styleUrl: './console.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VehicleTypesPage {
  private readonly api = inject(Api);
  protected readonly languages = LOCALES;
  protected readonly types = signal<VehicleType[]>([]);
  private readonly drafts = signal<Record<number, Names>>({});
  protected readonly saved = signal(false);
  private readonly error = signal<ApiError | null>(null);
  protected readonly errors = errorTexts(this.error);

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    try {
      const page = await this.api.get('/api/v1/vehicle-types');
      this.types.set(page.data);
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

  protected async save(type: VehicleType): Promise<void> {
    const names = this.draft(type);
    this.error.set(null);
    try {
      const changed = await this.api.patch('/api/v1/vehicle-types/{id}', {
        path: { id: type.id },
        body: { name: names.en.trim(), names: { fr: names.fr.trim(), sw: names.sw.trim() } },
      });
      this.types.update((all) => all.map((t) => (t.id === changed.id ? changed : t)));
      this.saved.set(true);
    } catch (error) {
      this.error.set(toApiError(error));
    }
  }
}
