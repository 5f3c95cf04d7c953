// Severity names a `factlens.severity.*` setting may take (shared by settings.ts and its schema).
export const SEVERITY_NAMES = ['error', 'warning', 'information', 'hint', 'off'] as const;
