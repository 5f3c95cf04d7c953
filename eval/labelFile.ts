// Label sidecars: eval/drafts/<name>.labels.yaml beside eval/drafts/<name>.md.
// Each names the draft's split and one gold label per sentence, by an exact substring of its visible text.
import { z } from 'zod';
import { LineCounter, parseDocument } from 'yaml';
import { VERDICTS } from '../server/src/engine/db/schema';

export const GOLD_LABELS = [...VERDICTS, 'not-claim'] as const;
export type GoldLabel = (typeof GOLD_LABELS)[number];
export const SPLITS = ['dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];

const LabelEntry = z
  .object({
    text: z.string().min(1),
    label: z.enum(GOLD_LABELS),
    note: z.string().optional(),
  })
  .strict();

const LabelFileSchema = z
  .object({
    split: z.enum(SPLITS),
    sentences: z.array(LabelEntry).min(1),
  })
  .strict();

export interface LabelEntryT {
  text: string;
  label: GoldLabel;
  note?: string;
  /** 1-based line of the entry in the sidecar, for error messages. */
  line: number;
}

export interface LabelFileT {
  split: Split;
  sentences: LabelEntryT[];
}

export class LabelFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
  }
  /** The message without the `file:line:` prefix. */
  get detail(): string {
    return this.message.slice(`${this.file}:${this.line}: `.length);
  }
}

function hintFor(path: PropertyKey[]): string {
  const last = path[path.length - 1];
  // YAML reads `note: 001` as the number 1.
  if (last === 'note' || last === 'text') return `put the ${String(last)} in quotes, e.g. ${String(last)}: "001 ..."`;
  return `expected split: dev|test and sentences: [{text, label: ${GOLD_LABELS.join('|')}, note?}]`;
}

/** Parses and validates a sidecar; problems are reported as `file:line: message`. */
export function parseLabelFile(file: string, text: string): LabelFileT {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new LabelFileError(file, e.linePos?.[0].line ?? 1, `invalid YAML: ${e.message.split('\n')[0]}`);
  }
  const parsed = LabelFileSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const node = doc.getIn(issue.path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : 1;
    const where = issue.path.join('.') || '(top level)';
    throw new LabelFileError(
      file,
      line,
      `${where}: ${issue.message} (${hintFor(issue.path)})`,
    );
  }
  const sentences = parsed.data.sentences.map((s, i) => {
    const node = doc.getIn(['sentences', i], true) as { range?: [number, number, number] } | undefined;
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : 1;
    return { ...s, line };
  });
  return { split: parsed.data.split, sentences };
}
