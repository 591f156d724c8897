/** Text in Japanese and English. */
export interface Labels {
  /** Japanese. */
  readonly ja: string;
  /** English. */
  readonly en: string;
}

/** Whether a value is a {@link Labels} (ja and en text). @internal */
export function isLabels(value: unknown): value is Labels {
  const v = value as Partial<Labels> | null;
  return typeof v === 'object' && v !== null && typeof v.ja === 'string' && typeof v.en === 'string';
}
