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

  /** The bytes written so far (a view, not a copy). */
  result(): Buffer {
    return this.buf.subarray(this.headRoom, this.at);
  }

  /** The whole buffer and where the written bytes are in it: the head room is before `start`. */
  room(): { buffer: Buffer; start: number; end: number } {
    return { buffer: this.buf, start: this.headRoom, end: this.at };
  }
}
