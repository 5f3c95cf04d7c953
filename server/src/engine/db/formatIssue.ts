// One database problem as a line, `file:line:column: message` (apart from parseFile.ts so that
// printing a problem does not load the YAML parser and schema).
import type { DbIssue } from './parseFile';

export function formatIssue(i: DbIssue): string {
  return `${i.file}:${i.line}:${i.column}: ${i.message}`;
}
