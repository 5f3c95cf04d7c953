// Loads the evaluation drafts with their label sidecars and pins every label to a document range.
import * as fs from 'fs';
import * as path from 'path';
import type { OffsetRange } from '../server/src/engine/types';
import { LabelFileError, parseLabelFile, type GoldLabel, type Split } from './labelFile';
import { locateLabel, visibleBlocks, type VisibleBlock } from './visibleText';

export const DEFAULT_DRAFTS_DIR = path.join(__dirname, 'drafts');
export const LABELS_SUFFIX = '.labels.yaml';

export interface LabelledSentence {
  text: string;
  label: GoldLabel;
  note?: string;
  /** Document range of the label's text (a substring of the sentence). */
  range: OffsetRange;
  /** Line of the entry in the sidecar. */
  line: number;
}

export interface Draft {
  name: string;
  file: string;
  labelsFile: string;
  text: string;
  split: Split;
  blocks: VisibleBlock[];
  labels: LabelledSentence[];
}

/** A label that cannot be used as is; the message says what to fix. */
export interface LabellingError {
  file: string;
  line: number;
  message: string;
}

export function loadDataset(dir = DEFAULT_DRAFTS_DIR): { drafts: Draft[]; errors: LabellingError[] } {
  const drafts: Draft[] = [];
  const errors: LabellingError[] = [];
  const names = fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
  if (!names.length) errors.push({ file: dir, line: 1, message: 'no drafts found (expected <name>.md with <name>.labels.yaml)' });

  for (const mdName of names.filter((n) => n.endsWith('.md'))) {
    const name = mdName.slice(0, -3);
    const file = path.join(dir, mdName);
    const labelsFile = path.join(dir, name + LABELS_SUFFIX);
    if (!fs.existsSync(labelsFile)) {
      errors.push({ file, line: 1, message: `draft has no label sidecar: create ${path.basename(labelsFile)}` });
      continue;
    }
    const text = fs.readFileSync(file, 'utf8');
    let parsed;
    try {
      parsed = parseLabelFile(labelsFile, fs.readFileSync(labelsFile, 'utf8'));
    } catch (e) {
      if (!(e instanceof LabelFileError)) throw e;
      errors.push({ file: labelsFile, line: e.line, message: e.detail });
      continue;
    }
    const blocks = visibleBlocks(text);
    const labels: LabelledSentence[] = [];
    for (const entry of parsed.sentences) {
      const where = locateLabel(blocks, entry.text);
      if (where.found) {
        labels.push({ text: entry.text, label: entry.label, note: entry.note, range: where.range, line: entry.line });
      } else {
        errors.push({
          file: labelsFile,
          line: entry.line,
          message:
            where.occurrences === 0
              ? `label text not found in the visible text of ${mdName}: "${entry.text}" (copy it from one sentence, without Markdown markup)`
              : `label text occurs ${where.occurrences} times in ${mdName}: "${entry.text}" (use a longer, distinctive part of the sentence)`,
        });
      }
    }
    drafts.push({ name, file, labelsFile, text, split: parsed.split, blocks, labels });
  }

  for (const n of names.filter((n) => n.endsWith(LABELS_SUFFIX))) {
    const md = n.slice(0, -LABELS_SUFFIX.length) + '.md';
    if (!names.includes(md)) errors.push({ file: path.join(dir, n), line: 1, message: `label file has no draft: expected ${md}` });
  }
  return { drafts, errors };
}
