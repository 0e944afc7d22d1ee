import { Pipe, PipeTransform, inject } from '@angular/core';
import { VehicleType } from '../api/api-types';
import { Language } from './language';

type Named = Pick<VehicleType, 'name' | 'names'>;

/** A vehicle type's name in the reader's language (the API gives each; English stands in). */
export function vehicleTypeName(type: Named, language: string): string {
  return type.names?.[language as keyof Named['names']] || type.name;
}

/** `{{ type | vehicleTypeName }}`: follows the language when it changes. */
@Pipe({ name: 'vehicleTypeName', pure: false })
export class VehicleTypeNamePipe implements PipeTransform {
  private readonly language = inject(Language);

  transform(type: Named | null | undefined): string {
    return type ? vehicleTypeName(type, this.language.current()) : '';
  }
}
