// A document's diagnostics written straight to JSON (UTF-8 bytes). A 1 MB draft has thousands of
// claims and LSP republishes all of them on every keystroke: building a Diagnostic object per
// claim and JSON.stringify-ing the list cost more than re-checking the edit, and the garbage of it
// as much again. Here each diagnostic is its range's four numbers and a tail (severity, source,
// code, message, data) serialised once per distinct claim message and copied as bytes.
import type { DiagnosticSeverity } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { previousRuns, type ClaimRuns } from '../engine/claimRuns';
import type { LineIndex } from '../engine/text/lineIndex';
import type { CheckedClaim, DocumentAnalysis } from '../engine/types';
import { claimDiagnostic, severityOf, skippedDiagnostic } from './diagnostics';
import { JsonBytes } from './jsonBytes';
import type { Settings } from './settings';

/**
 * Diagnostics already serialised: `json` is the UTF-8 of a JSON array. The stream transports'
 * encoder (diagnosticsEncoder.ts) writes it as it is; any other serialiser gets objects from toJSON().
 */
export class SerializedDiagnostics {
  /** `room`, when given, holds `json` with free bytes around it for the message it goes into. */
  constructor(
    readonly json: Buffer,
    private readonly room?: { buffer: Buffer; start: number; end: number },
  ) {}

  /**
   * `before` + json + `after` as one buffer: written around json in place when they fit in the
   * room left for them, which spares copying megabytes per publish.
   */
  framed(before: Buffer, after: Buffer): Buffer {
    const r = this.room;
    if (r && before.length <= r.start && r.end + after.length <= r.buffer.length) {
      before.copy(r.buffer, r.start - before.length);
      after.copy(r.buffer, r.end);
      return r.buffer.subarray(r.start - before.length, r.end + after.length);
    }
    return Buffer.concat([before, this.json, after]);
  }

  toJSON(): unknown {
    return JSON.parse(this.json.toString('utf8'));
  }
}

interface Tail {
  message: string;
  verdict: string;
  claimId: string | null;
  severity: DiagnosticSeverity;
  /** `,"severity":…,"source":…,"code":…,"message":…,"data":{…}}`: everything after the range. */
  bytes: Buffer;
}

/**
 * Tails by the database claim a diagnostic is about (a claim has a message or two per verdict and
 * citation state); unverified sentences, which match no claim, share one list. Every document
 * version brings new copies of the same messages, so strings are compared only once the cheap
 * fields agree.
 */
const tailsByClaim = new WeakMap<object, Tail[]>();
const unmatchedTails: Tail[] = [];
const UNMATCHED_LIMIT = 64;

/** Room for the JSON-RPC message around the list: its head (with the document's URI) and `}}`. */
const MESSAGE_HEAD_ROOM = 1024;
const MESSAGE_TAIL_ROOM = 2;

/** The pieces of `{"range":{"start":{"line":L,"character":C},"end":{"line":L,"character":C}}`. */
const RANGE_START = Buffer.from('{"range":{"start":{"line":', 'latin1');
const NEXT_RANGE_START = Buffer.from(',{"range":{"start":{"line":', 'latin1');
const CHARACTER = Buffer.from(',"character":', 'latin1');
const RANGE_END = Buffer.from('},"end":{"line":', 'latin1');
const RANGE_CLOSE = Buffer.from('}}', 'latin1');
const FIRST_RANGE = [RANGE_START, CHARACTER, RANGE_END, CHARACTER, RANGE_CLOSE] as const;
const NEXT_RANGE = [NEXT_RANGE_START, CHARACTER, RANGE_END, CHARACTER, RANGE_CLOSE] as const;

const NOWHERE = { positionAt: () => ({ line: 0, character: 0 }) };

/** Everything after the range, exactly as JSON.stringify writes it for claimDiagnostic(). */
function tailOf(c: CheckedClaim, severity: DiagnosticSeverity): Buffer {
  let list = c.claim ? tailsByClaim.get(c.claim) : unmatchedTails;
  if (list) {
    for (let i = 0; i < list.length; i++) {
      const t = list[i];
      if (t.verdict === c.verdict && t.severity === severity && t.claimId === c.claimId && t.message === c.message) return t.bytes;
    }
  } else {
    list = [];
    tailsByClaim.set(c.claim!, list);
  }
  // Serialise the real object (its range left out) so key order and escaping cannot drift from it.
  const { range: _range, ...rest } = claimDiagnostic(NOWHERE, c, severity);
  const bytes = Buffer.from(',' + JSON.stringify(rest).slice(1), 'utf8');
  // Bounded: a claim has few distinct messages, but settings changes add severities.
  if (list.length >= UNMATCHED_LIMIT) list.length = 0;
  list.push({ message: c.message, verdict: c.verdict, claimId: c.claimId, severity, bytes });
  return bytes;
}

/**
 * The same diagnostics as analysisDiagnostics(), serialised. `lines`, when given and indexing the
 * document's text, maps offsets to positions instead of the document (the same positions: both
 * count UTF-16 units and put an offset inside a line break at the end of the line's content):
 * claims come in document order, so each is looked up from the line of the one before.
 */
export function analysisDiagnosticsJson(doc: Pick<TextDocument, 'positionAt' | 'getText'>, analysis: DocumentAnalysis, settings: Settings, lines?: LineIndex | null): SerializedDiagnostics {
  if (analysis.skipped) return new SerializedDiagnostics(Buffer.from(JSON.stringify([skippedDiagnostic(doc, analysis.skipped.reason)]), 'utf8'));
  const out = new JsonBytes(64 + analysis.claims.length * 360, MESSAGE_HEAD_ROOM);
  out.ascii(0x5b); // [
  let first = true;
  const index = lines && lines.text === doc.getText() ? lines : null;
  let line = 0; // the line of the previous offset looked up in `index`
  for (const c of analysis.claims) {
    const severity = severityOf(c, settings);
    if (severity === null) continue;
    let startLine: number, startCharacter: number, endLine: number, endCharacter: number;
    if (index) {
      startLine = line = index.lineAtFrom(c.range.start, line);
      startCharacter = index.characterAt(c.range.start, line);
      endLine = line = index.lineAtFrom(c.range.end, line);
      endCharacter = index.characterAt(c.range.end, line);
    } else {
      const start = doc.positionAt(c.range.start);
      const end = doc.positionAt(c.range.end);
      ({ line: startLine, character: startCharacter } = start);
      ({ line: endLine, character: endCharacter } = end);
    }
    // Numbers written as digits between pre-encoded pieces: a template string per diagnostic was
    // thousands of short-lived strings per publish (and their encoding) for the GC.
    out.fourUints(first ? FIRST_RANGE : NEXT_RANGE, startLine, startCharacter, endLine, endCharacter);
    first = false;
    out.bytes(tailOf(c, severity));
  }
  out.ascii(0x5d); // ]
  const json = out.result();
  out.reserve(MESSAGE_TAIL_ROOM);
  return new SerializedDiagnostics(json, out.room());
}

/**
 * What the last publish of a document wrote, run by run (see runsDiagnosticsJson()): each run's
 * bytes in that message (with a leading comma, but for the first diagnostic, where the array
 * opens) and what they depended on besides the run's claims: its line then (an edit above it moves
 * its lines; characters count from line starts, which move with it), the severity settings and
 * which claims were off. The message is only read.
 */
export class RenderedRuns {
  version = -1;
  severity: Settings['severity'] | null = null;
  buffer: Buffer = Buffer.alloc(0);
  lines = new Int32Array(0);
  starts = new Int32Array(0);
  ends = new Int32Array(0);
  suppressed: readonly (Uint8Array | null)[] = [];
}

/**
 * analysisDiagnosticsJson() of an editing session's analysis, given as its runs and the line index
 * of its text (session.runs, session.lines). A keystroke changes one block: when `last` is what
 * was published for the session's version before, the diagnostics of the runs the edit left alone
 * are copied from that message, in as few pieces as they lie there, instead of being worked out
 * and written again. `last` is then updated to this message.
 */
export function runsDiagnosticsJson(view: ClaimRuns, lines: LineIndex, settings: Settings, last: RenderedRuns = new RenderedRuns()): SerializedDiagnostics {
  const runs = view.runs;
  const n = runs.length;
  let count = 0;
  for (let k = 0; k < n; k++) count += runs[k].claims.length;
  const previous = last.severity === settings.severity ? previousRuns(view, last.version) : null;
  const runLines = new Int32Array(n);
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const out = new JsonBytes(64 + count * 360, MESSAGE_HEAD_ROOM);
  const open = out.position;
  // Bytes of the last message still to copy: consecutive runs there are copied in one piece.
  let copyStart = 0;
  let copyEnd = 0;
  for (let k = 0; k < n; k++) {
    const { claims, by, line } = runs[k];
    const suppressed = view.suppressed[k];
    runLines[k] = line;
    const old = previous ? previous[k] : -1;
    if (old >= 0 && last.lines[old] === line && sameFlags(last.suppressed[old], suppressed)) {
      if (copyEnd !== last.starts[old]) {
        if (copyEnd > copyStart) out.bytes(last.buffer.subarray(copyStart, copyEnd));
        copyStart = copyEnd = last.starts[old];
      }
      starts[k] = out.position + (copyEnd - copyStart);
      copyEnd = last.ends[old];
      ends[k] = starts[k] + (copyEnd - last.starts[old]);
      continue;
    }
    if (copyEnd > copyStart) out.bytes(last.buffer.subarray(copyStart, copyEnd));
    copyStart = copyEnd = 0;
    starts[k] = out.position;
    let at = line; // the line of the previous offset looked up
    for (let i = 0; i < claims.length; i++) {
      if (suppressed && suppressed[i]) continue;
      const c = claims[i];
      const severity = severityOf(c, settings);
      if (severity === null) continue;
      const start = c.range.start + by;
      const end = c.range.end + by;
      const startLine = (at = lines.lineAtFrom(start, at));
      const startCharacter = lines.characterAt(start, at);
      const endLine = (at = lines.lineAtFrom(end, at));
      out.fourUints(NEXT_RANGE, startLine, startCharacter, endLine, lines.characterAt(end, at));
      out.bytes(tailOf(c, severity));
    }
    ends[k] = out.position;
  }
  if (copyEnd > copyStart) out.bytes(last.buffer.subarray(copyStart, copyEnd));
  // Every diagnostic was written after a comma (a copied one may have opened the last array): the
  // first one's becomes the array's opening.
  for (let k = 0; k < n; k++) if (ends[k] > starts[k]) out.setAscii(starts[k], 0x2c); // ,
  if (out.position === open) out.ascii(0x5b); // [
  else out.setAscii(open, 0x5b);
  out.ascii(0x5d); // ]
  const json = out.result();
  out.reserve(MESSAGE_TAIL_ROOM);
  const room = out.room();
  last.version = view.version;
  last.severity = settings.severity;
  last.buffer = room.buffer;
  last.lines = runLines;
  last.starts = starts;
  last.ends = ends;
  last.suppressed = view.suppressed;
  return new SerializedDiagnostics(json, room);
}

function sameFlags(a: Uint8Array | null, b: Uint8Array | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
