// The zod schema of each setting, loaded by settings.ts only when a value fails its plain checks
// (zod is large; most sessions never send an invalid setting).
import { z } from 'zod';
import { SEVERITY_NAMES } from './settingsNames';

const Severity = z.enum(SEVERITY_NAMES);

export const SETTING_SCHEMAS: Record<string, z.ZodType> = {
  'severity.contradicted': Severity,
  'severity.overstated': Severity,
  'severity.disputed': Severity,
  'severity.unverified': Severity,
  'severity.supportedUncited': Severity,
  citationStyle: z.enum(['footnote', 'pandoc', 'link']),
  debounceMs: z.number().int().min(0).max(10_000),
  maxFileSizeKb: z.number().int().min(1).max(1_048_576),
  claimPacks: z.array(z.string().min(1)),
  languageIds: z.array(z.string().min(1)).min(1),
};
