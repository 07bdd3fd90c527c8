// Test machines have no CJK font: Chromium draws Chinese text as boxes about a third of an em
// wide, so a layout measured there is far roomier than in DingTalk. This builds a small TrueType
// font in which every CJK character is a square 1em wide (the advance of PingFang SC, Microsoft
// YaHei and every other CJK font) and registers it as "PingFang SC" for the CJK code points only:
// Chinese text then takes its real width, while Latin text keeps the installed fonts.

/** The code points drawn as 1em squares: CJK punctuation, kana, unified ideographs, full-width forms. */
const ranges: readonly [number, number][] = [
  [0x3000, 0x30ff],
  [0x4e00, 0x9fff],
  [0xff00, 0xff60],
];

const unitsPerEm = 1000;
const ascender = 880;
const descender = -120;

class Writer {
  readonly bytes: number[] = [];
  u8(value: number) {
    this.bytes.push(value & 0xff);
    return this;
  }
  u16(value: number) {
    return this.u8(value >> 8).u8(value);
  }
  u32(value: number) {
    return this.u16(value >>> 16).u16(value & 0xffff);
  }
  zeros(count: number) {
    for (let index = 0; index < count; index += 1) this.u8(0);
    return this;
  }
}

const table = (write: (writer: Writer) => void) => {
  const writer = new Writer();
  write(writer);
  return writer.bytes;
};

function cmap(): number[] {
  // Format 4: one segment per range, each code looked up in a glyph array of 1s (the square).
  const segments = [...ranges, [0xffff, 0xffff] as const];
  const segCount = segments.length;
  const counts = ranges.map(([start, end]) => end - start + 1);
  const total = counts.reduce((sum, count) => sum + count, 0);
  const power = 2 ** Math.floor(Math.log2(segCount));
  const length = 16 + segCount * 8 + total * 2;
  return table((w) => {
    w.u16(0).u16(1).u16(3).u16(1).u32(12);
    w.u16(4)
      .u16(length)
      .u16(0)
      .u16(segCount * 2);
    w.u16(power * 2)
      .u16(Math.log2(power))
      .u16(segCount * 2 - power * 2);
    for (const [, end] of segments) w.u16(end);
    w.u16(0);
    for (const [start] of segments) w.u16(start);
    for (const [index] of segments.entries()) w.u16(index === segCount - 1 ? 1 : 0);
    let before = 0;
    for (const [index] of segments.entries()) {
      if (index === segCount - 1) w.u16(0);
      else w.u16((segCount - index + before) * 2);
      before += counts[index] ?? 0;
    }
    for (let index = 0; index < total; index += 1) w.u16(1);
  });
}

// Glyph 0 (.notdef) is empty; glyph 1 is the square, drawn inside its 1em advance.
const square = table((w) => {
  w.u16(1).u16(100).u16(0).u16(900).u16(800);
  w.u16(3).u16(0);
  w.u8(1).u8(1).u8(1).u8(1);
  for (const dx of [100, 0, 800, 0]) w.u16(dx);
  for (const dy of [0, 800, 0, -800]) w.u16(dy);
  w.zeros(2);
});

function name(family: string): number[] {
  const strings = [family, 'Regular', family, family.replace(/\s/g, '')];
  // UTF-16BE, as the Windows platform's names are stored.
  const encoded = strings.map((text) =>
    table((w) => {
      for (const char of text) w.u16(char.charCodeAt(0));
    }),
  );
  return table((w) => {
    w.u16(0)
      .u16(strings.length)
      .u16(6 + strings.length * 12);
    let offset = 0;
    for (const [index, bytes] of encoded.entries()) {
      const nameId = [1, 2, 4, 6][index] ?? 0;
      w.u16(3).u16(1).u16(0x409).u16(nameId).u16(bytes.length).u16(offset);
      offset += bytes.length;
    }
    for (const bytes of encoded) for (const byte of bytes) w.u8(byte);
  });
}

const checksum = (bytes: number[]) => {
  let sum = 0;
  for (let index = 0; index < bytes.length; index += 4) {
    sum =
      (sum +
        (((bytes[index] ?? 0) << 24) |
          ((bytes[index + 1] ?? 0) << 16) |
          ((bytes[index + 2] ?? 0) << 8) |
          (bytes[index + 3] ?? 0))) >>>
      0;
  }
  return sum;
};

/** The font's bytes: a TrueType font named `family` with the CJK code points as 1em squares. */
export function cjkMetricsFont(family: string): Uint8Array<ArrayBuffer> {
  const first = ranges[0]?.[0] ?? 0;
  const last = ranges.at(-1)?.[1] ?? 0;
  const tables: Record<string, number[]> = {
    // Version 4: widths, weights, the vertical metrics browsers use, the covered code points.
    'OS/2': table((w) => {
      w.u16(4).u16(unitsPerEm).u16(400).u16(5).u16(0);
      w.zeros(22).zeros(10).zeros(16);
      w.u8(0x64).u8(0x6b).u8(0x69).u8(0x74);
      w.u16(0x40).u16(first).u16(last);
      w.u16(ascender).u16(descender).u16(0).u16(ascender).u16(-descender);
      w.u32(0).u32(0).u16(500).u16(700).u16(0).u16(0x20).u16(0);
    }),
    cmap: cmap(),
    glyf: square,
    // Version, revision, checksum adjustment (filled in last), magic, flags, units per em, dates,
    // bounding box, style, smallest size, direction, short loca offsets, glyph format.
    head: table((w) => {
      w.u32(0x00010000).u32(0x00010000).u32(0).u32(0x5f0f3cf5).u16(0x000b).u16(unitsPerEm);
      w.zeros(16);
      w.u16(100).u16(0).u16(900).u16(800);
      w.u16(0).u16(8).u16(2).u16(0).u16(0);
    }),
    // Ascender, descender, line gap, widest advance, bearings, caret, two horizontal metrics.
    hhea: table((w) => {
      w.u32(0x00010000).u16(ascender).u16(descender).u16(0).u16(unitsPerEm);
      w.u16(0).u16(0).u16(900).u16(1).u16(0).u16(0).zeros(8).u16(0).u16(2);
    }),
    hmtx: table((w) =>
      w
        .u16(unitsPerEm / 2)
        .u16(0)
        .u16(unitsPerEm)
        .u16(100),
    ),
    loca: table((w) =>
      w
        .u16(0)
        .u16(0)
        .u16(square.length / 2),
    ),
    // Two glyphs, four points in one contour, no hinting.
    maxp: table((w) => w.u32(0x00010000).u16(2).u16(4).u16(1).zeros(4).u16(2).zeros(16)),
    name: name(family),
    // Version 3: no glyph names.
    post: table((w) => w.u32(0x00030000).u32(0).u16(-100).u16(50).zeros(20)),
  };
  // The table directory (tags in order), then each table padded to 4 bytes.
  const tags = Object.keys(tables).sort();
  const power = 2 ** Math.floor(Math.log2(tags.length));
  const padded = (tag: string) => Math.ceil((tables[tag]?.length ?? 0) / 4) * 4;
  const offsets = new Map<string, number>();
  let offset = 12 + tags.length * 16;
  for (const tag of tags) {
    offsets.set(tag, offset);
    offset += padded(tag);
  }
  const font = new Writer();
  font.u32(0x00010000).u16(tags.length);
  font
    .u16(power * 16)
    .u16(Math.log2(power))
    .u16((tags.length - power) * 16);
  for (const tag of tags) {
    for (const char of tag) font.u8(char.charCodeAt(0));
    font
      .u32(checksum(tables[tag] ?? []))
      .u32(offsets.get(tag) ?? 0)
      .u32(tables[tag]?.length ?? 0);
  }
  for (const tag of tags) {
    const bytes = tables[tag] ?? [];
    for (const byte of bytes) font.u8(byte);
    font.zeros(padded(tag) - bytes.length);
  }
  // head.checkSumAdjustment (at byte 8 of head) makes the whole font sum to 0xB1B0AFBA.
  const adjustment = (0xb1b0afba - checksum(font.bytes)) >>> 0;
  const at = (offsets.get('head') ?? 0) + 8;
  font.bytes.splice(at, 4, ...table((w) => w.u32(adjustment)));
  return Uint8Array.from(font.bytes);
}

/**
 * Registers the CJK metrics font in this document as "PingFang SC" (the first font of the mock
 * host's and the layout's font stacks), for the CJK code points only, and waits until it is ready.
 */
export async function loadCjkMetricsFont(): Promise<void> {
  const family = 'PingFang SC';
  if ([...document.fonts].some((face) => face.family.replace(/"/g, '') === family)) return;
  const unicodeRange = ranges.map(([start, end]) => `U+${start.toString(16)}-${end.toString(16)}`).join(', ');
  const face = new FontFace(family, cjkMetricsFont(family), { unicodeRange });
  document.fonts.add(await face.load());
}

/** The same font as an `@font-face` rule, for pages a test drives from outside (Playwright). */
export function cjkMetricsFontCss(): string {
  const family = 'PingFang SC';
  const unicodeRange = ranges.map(([start, end]) => `U+${start.toString(16)}-${end.toString(16)}`).join(', ');
  const data = Buffer.from(cjkMetricsFont(family)).toString('base64');
  return `@font-face { font-family: "${family}"; src: url(data:font/ttf;base64,${data}); unicode-range: ${unicodeRange}; }`;
}
