// Offsets (UTF-16 code units) to 0-based line/character positions, the unit LSP and our JSON use.
import { LineIndex } from '../../engine/text/lineIndex';
import type { OffsetRange } from '../../engine/types';

export interface Position {
  line: number;
  character: number;
}

export interface PositionRange {
  start: Position;
  end: Position;
}

export function rangeMapper(text: string): (range: OffsetRange) => PositionRange {
  const index = new LineIndex(text);
  return (range) => ({ start: index.positionAt(range.start), end: index.positionAt(range.end) });
}
