// The server's settings (`factlens.*`). Each value is validated on its own: a bad value produces a
// warning that names the setting and the default used instead, and never stops the server.
import type { z } from 'zod';
import type { Verdict } from '../engine/types';
import { SEVERITY_NAMES } from './settingsNames';

export { SEVERITY_NAMES };
export type SeverityName = (typeof SEVERITY_NAMES)[number];

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

/** The schema of each setting, loaded only when a value fails the plain checks below. */
function schemas(): Record<string, z.ZodType> {
  return (require('./settingsSchema') as typeof import('./settingsSchema')).SETTING_SCHEMAS;
}

const oneOf = (names: readonly string[]) => (v: unknown) => typeof v === 'string' && names.includes(v);
const integer = (min: number, max: number) => (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const strings = (minItems: number) => (v: unknown) => {
  if (!Array.isArray(v) || v.length < minItems) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string' || (v[i] as string).length < 1) return false;
  return true;
};

/**
 * Values each schema certainly accepts (as they are, arrays copied): the usual case, checked
 * without zod. Anything else goes to the schema, which gives the verdict and the message.
 */
const ACCEPTS: Record<string, (v: unknown) => boolean> = {
  'severity.contradicted': oneOf(SEVERITY_NAMES),
  'severity.overstated': oneOf(SEVERITY_NAMES),
  'severity.disputed': oneOf(SEVERITY_NAMES),
  'severity.unverified': oneOf(SEVERITY_NAMES),
  'severity.supportedUncited': oneOf(SEVERITY_NAMES),
  citationStyle: oneOf(['footnote', 'pandoc', 'link']),
  debounceMs: integer(0, 10_000),
  maxFileSizeKb: integer(1, 1_048_576),
  claimPacks: strings(0),
  languageIds: strings(1),
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
  let fields: Record<string, z.ZodType> | null = null;
  for (const [key, accepts] of Object.entries(ACCEPTS)) {
    const value = lookup(raw, key);
    if (value === undefined || value === null) continue;
    if (accepts(value)) {
      setPath(settings, key, Array.isArray(value) ? value.slice() : value);
      continue;
    }
    fields ??= schemas();
    const parsed = fields[key].safeParse(value);
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
