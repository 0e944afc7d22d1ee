import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { DocumentKind } from '../api/api-types';
import { HomeCountry } from '../country';
import { Language } from './language';

/**
 * A paper's name as the reader's country calls it (a logbook in Kenya, a
 * carte grise in Senegal), in the reader's language: `papers.byCountry.<CC>.<kind>`,
 * else the general `papers.<kind>`.
 */
@Pipe({ name: 'paperName', pure: false })
export class PaperNamePipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(Language);
  private readonly country = inject(HomeCountry);

  transform(kind: DocumentKind): string {
    const lang = this.language.current();
    const local = `papers.byCountry.${this.country.code()}.${kind}`;
    return this.transloco.getTranslation(lang)[local]
      ? this.transloco.translate(local)
      : this.transloco.translate(`papers.${kind}`);
  }
}
