/**
 * A name as the gazetteer compares it: lower case, accents and punctuation
 * dropped, spaces collapsed ("Thiès" and "thies", "Marché  Ocass" and
 * "marche ocass" are the same). Done here rather than with `unaccent`,
 * whose function is not immutable and so cannot feed an index.
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
