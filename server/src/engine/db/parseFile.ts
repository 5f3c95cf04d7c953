// Parses one claims file (YAML or JSON) and validates it against the schema, reporting every
// problem as file:line:col so a curator can jump straight to it.
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { PackFile, type PackFileT } from './schema';

export interface DbIssue {
  file: string;
  /** 1-based, as editors and `file:line:col` messages expect. */
  line: number;
  column: number;
  message: string;
}

export interface ParsedFile {
  file: string;
  data: PackFileT | null;
  issues: DbIssue[];
  /** 1-based position of the value at a path such as ['claims', 3, 'id'] (or of its nearest parent). */
  locate(path: ReadonlyArray<string | number>): { line: number; column: number };
}

/** Refuse to parse absurd inputs: YAML aliases can expand exponentially ("billion laughs"). */
const MAX_ALIAS_COUNT = 100;

export function parseClaimsFile(file: string, text: string): ParsedFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const locate = (path: ReadonlyArray<string | number>) => {
    // Walk down as far as the path exists, so a missing field points at its parent object.
    let node: unknown = doc.contents;
    let best = node as YamlNode | null;
    for (const key of path) {
      if (isMap(node)) node = node.get(key, true);
      else if (isSeq(node) && typeof key === 'number') node = node.get(key, true);
      else break;
      if (!node) break;
      best = node as YamlNode;
    }
    const range = best && (best as YamlNode).range;
    return range ? at(range[0]) : { line: 1, column: 1 };
  };

  const issues: DbIssue[] = [];
  for (const e of doc.errors) {
    issues.push({ file, ...at(e.pos[0]), message: `YAML syntax error: ${firstLine(e.message)}` });
  }
  if (issues.length) return { file, data: null, issues, locate };

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    issues.push({ file, line: 1, column: 1, message: `cannot read file: ${(e as Error).message}` });
    return { file, data: null, issues, locate };
  }
  if (raw === null || raw === undefined) raw = {};
  const result = PackFile.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      issues.push({ file, ...locate(path), message: `${describePath(path)}: ${issue.message}` });
    }
    return { file, data: null, issues, locate };
  }
  return { file, data: result.data, issues, locate };
}

/** `claims[3].evidence[0].quote` */
export function describePath(path: ReadonlyArray<string | number>): string {
  if (!path.length) return '(file)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}

export { formatIssue } from './formatIssue';
