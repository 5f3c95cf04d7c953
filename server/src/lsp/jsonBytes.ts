// Appends JSON text to a growing UTF-8 byte buffer: pre-encoded pieces are copied, integers are
// written digit by digit. Used where one message is thousands of small, mostly repeated pieces:
// building it as a JS string and encoding that cost several times more (and left it to the GC).
/** Pieces up to this many bytes are copied byte by byte. */
const SHORT_PIECE = 32;

export class JsonBytes {
  private buf: Buffer;
  private at: number;

  /** `headRoom` bytes at the front stay free (see room()). */
  constructor(
    capacity: number,
    private readonly headRoom = 0,
  ) {
    this.buf = Buffer.allocUnsafe(Math.max(64, headRoom + capacity));
    this.at = headRoom;
  }

  reserve(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.at + n));
    this.buf.copy(bigger, 0, 0, this.at);
    this.buf = bigger;
  }

  bytes(piece: Uint8Array): void {
    const n = piece.length;
    this.reserve(n);
    if (n <= SHORT_PIECE) {
      // A loop beats set()'s call overhead for the short pieces written between numbers.
      const buf = this.buf;
      let at = this.at;
      for (let i = 0; i < n; i++) buf[at++] = piece[i];
      this.at = at;
      return;
    }
    this.buf.set(piece, this.at);
    this.at += n;
  }

  /** One ASCII character (a code below 0x80). */
  ascii(code: number): void {
    this.reserve(1);
    this.buf[this.at++] = code;
  }

  /**
   * pieces[0], a, pieces[1], b, pieces[2], c, pieces[3], d, pieces[4], the numbers as uint()
   * writes them: one room check and no calls per piece, for the pattern written thousands of
   * times per message (a diagnostic's range).
   */
  fourUints(pieces: readonly [Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array], a: number, b: number, c: number, d: number): void {
    if (!(isSmallUint(a) && isSmallUint(b) && isSmallUint(c) && isSmallUint(d))) {
      for (let i = 0; i < 4; i++) {
        this.bytes(pieces[i]);
        this.uint(i === 0 ? a : i === 1 ? b : i === 2 ? c : d);
      }
      this.bytes(pieces[4]);
      return;
    }
    this.reserve(pieces[0].length + pieces[1].length + pieces[2].length + pieces[3].length + pieces[4].length + 40);
    const buf = this.buf;
    let at = copyInto(buf, this.at, pieces[0]);
    at = digitsInto(buf, at, a);
    at = copyInto(buf, at, pieces[1]);
    at = digitsInto(buf, at, b);
    at = copyInto(buf, at, pieces[2]);
    at = digitsInto(buf, at, c);
    at = copyInto(buf, at, pieces[3]);
    at = digitsInto(buf, at, d);
    this.at = copyInto(buf, at, pieces[4]);
  }

  /** A non-negative integer, as JSON.stringify writes it. */
  uint(n: number): void {
    if (!(Number.isInteger(n) && n >= 0 && n < 2 ** 53)) {
      this.bytes(Buffer.from(JSON.stringify(n), 'utf8'));
      return;
    }
    let digits = 1;
    for (let m = n; m >= 10; m = Math.floor(m / 10)) digits++;
    this.reserve(digits);
    const buf = this.buf;
    let i = this.at + digits;
    this.at = i;
    let m = n;
    // Line and character numbers fit 31 bits, where integer division is cheap.
    if (m <= 0x7fffffff) {
      do {
        const tenth = (m / 10) | 0;
        buf[--i] = 0x30 + m - tenth * 10;
        m = tenth;
      } while (m > 0);
      return;
    }
    do {
      buf[--i] = 0x30 + (m % 10);
      m = Math.floor(m / 10);
    } while (m > 0);
  }

  /** Where the next byte goes (for setAscii() and copyFrom()). */
  get position(): number {
    return this.at;
  }

  /** Overwrites the byte written at `at` with an ASCII character. */
  setAscii(at: number, code: number): void {
    this.buf[at] = code;
  }

  /** A copy of the bytes written from `from` on. */
  copyFrom(from: number): Buffer {
    return Buffer.from(this.buf.subarray(from, this.at));
  }

  /** The bytes written so far (a view, not a copy). */
  result(): Buffer {
    return this.buf.subarray(this.headRoom, this.at);
  }

  /** The whole buffer and where the written bytes are in it: the head room is before `start`. */
  room(): { buffer: Buffer; start: number; end: number } {
    return { buffer: this.buf, start: this.headRoom, end: this.at };
  }
}

function isSmallUint(n: number): boolean {
  return (n | 0) === n && n >= 0;
}

function copyInto(buf: Buffer, at: number, piece: Uint8Array): number {
  for (let i = 0; i < piece.length; i++) buf[at++] = piece[i];
  return at;
}

/** Writes n (a 31-bit non-negative integer) in decimal at `at`; returns the end. */
function digitsInto(buf: Buffer, at: number, n: number): number {
  let digits = 1;
  for (let m = n; m >= 10; m = (m / 10) | 0) digits++;
  let i = at + digits;
  let m = n;
  do {
    const tenth = (m / 10) | 0;
    buf[--i] = 0x30 + m - tenth * 10;
    m = tenth;
  } while (m > 0);
  return at + digits;
}
