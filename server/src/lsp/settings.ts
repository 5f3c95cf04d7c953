// The server's settings (`factlens.*`). Each value is validated on its own: a bad value produces a
// warning that names the setting and the default used instead, and never stops the server.
import { z } from 'zod';
import type { Verdict } from '../engine/types';

export const SEVERITY_NAMES = ['error', 'warning', 'information', 'hint', 'off'] as const;
export type SeverityName = (typeof SEVERITY_NAMES)[number];
const Severity = z.enum(SEVERITY_NAMES);

/** Diagnostic classes with their own severity setting. */
export type SeverityKey = Exclude<Verdict, 'supported'> | 'supportedUncited';

export interface Settings {
  severity: Record<SeverityKey, SeverityName>;
  citationStyle: 'footnote' | 'pandoc' | 'link';
  debounceMs: number;
  maxFileSizeKb: number;
  claimPacks: string[];
  languageIds: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  severity: {
    contradicted: 'error',
    overstated: 'warning',
    disputed: 'information',
    unverified: 'information',
    supportedUncited: 'hint',
  },
  citationStyle: 'footnote',
  debounceMs: 200,
  maxFileSizeKb: 2048,
  claimPacks: [],
  languageIds: ['markdown'],
};

const FIELDS: Record<string, z.ZodType> = {
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

export interface SettingsResult {
  settings: Settings;
  /** One message per rejected setting, naming it and the default used. */
  warnings: string[];
}

/** Reads a value at a dotted path from either nested objects or flat `a.b` keys. */
function lookup(raw: Record<string, unknown>, dotted: string): unknown {
  if (dotted in raw) return raw[dotted];
  let node: unknown = raw;
  for (const part of dotted.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function getDefault(dotted: string): unknown {
  return lookup(DEFAULT_SETTINGS as unknown as Record<string, unknown>, dotted);
}

function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const parts = dotted.split('.');
  let node = target;
  for (const p of parts.slice(0, -1)) node = node[p] as Record<string, unknown>;
  node[parts[parts.length - 1]] = value;
}

/**
 * Validates raw settings as a client sends them: the `factlens` section (nested), or an object
 * whose keys are `factlens.xxx` (initializationOptions written by hand for other editors).
 */
export function parseSettings(input: unknown): SettingsResult {
  let raw: Record<string, unknown> = input && typeof input === 'object' ? (input as Record<string, unknown>) : {};
  if ('factlens' in raw && raw.factlens && typeof raw.factlens === 'object') raw = raw.factlens as Record<string, unknown>;
  else {
    const flat: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(raw)) flat[k.startsWith('factlens.') ? k.slice('factlens.'.length) : k] = v;
    raw = flat;
  }
  const settings = structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, unknown>;
  const warnings: string[] = [];
  for (const [key, schema] of Object.entries(FIELDS)) {
    const value = lookup(raw, key);
    if (value === undefined || value === null) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) setPath(settings, key, parsed.data);
    else {
      const why = parsed.error.issues[0]?.message ?? 'invalid value';
      warnings.push(
        `FactLens: setting "factlens.${key}" has an invalid value ${shortJson(value)} (${why}); using the default ${JSON.stringify(getDefault(key))}.`,
      );
    }
  }
  return { settings: settings as unknown as Settings, warnings };
}

function shortJson(value: unknown): string {
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 80 ? s.slice(0, 77) + '...' : s;
}
