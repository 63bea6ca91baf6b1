import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { AppManifestUtils } from '@microsoft/app-manifest';

// Limitation: @microsoft/app-manifest requires strip-bom 5, which is ESM only; jest cannot
// require ESM on Node 20 (plain Node can). The path is npm's nested copy under this lockfile; a
// moduleNameMapper entry in jest.config.js would be the tidier home for this.
jest.mock('../node_modules/@microsoft/app-manifest/node_modules/strip-bom', () => {
  return (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
});

const MANIFEST_DIR = join(__dirname, '../manifest');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface Png {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  /** RGBA bytes, row by row. */
  pixels: Buffer;
}

function readPng(file: string): Png {
  const bytes = readFileSync(join(MANIFEST_DIR, file));
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error(`${file} is not a PNG`);

  // IHDR is always the first chunk, right after the signature.
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const bitDepth = bytes[24]!;
  const colorType = bytes[25]!;
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('ascii', at + 4, at + 8) === 'IDAT') {
      idat.push(bytes.subarray(at + 8, at + 8 + length));
    }
    at += 12 + length;
  }
  const pixels = unfilter(inflateSync(Buffer.concat(idat)), width);
  return { width, height, bitDepth, colorType, pixels };
}

// Limitation: handles only unfiltered RGBA scanlines, which is what make-manifest-icons.js writes;
// an icon saved by an image editor would need the other PNG filters.
function unfilter(raw: Buffer, width: number): Buffer {
  const stride = width * 4 + 1;
  const rows: Buffer[] = [];
  for (let at = 0; at < raw.length; at += stride) {
    if (raw[at] !== 0) throw new Error(`scanline filter ${raw[at]} is not supported here`);
    rows.push(raw.subarray(at + 1, at + stride));
  }
  return Buffer.concat(rows);
}

function pixelsOf(png: Png): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  for (let i = 0; i < png.pixels.length; i += 4) {
    out.push([png.pixels[i]!, png.pixels[i + 1]!, png.pixels[i + 2]!, png.pixels[i + 3]!]);
  }
  return out;
}

describe('Teams app manifest', () => {
  const raw = JSON.parse(readFileSync(join(MANIFEST_DIR, 'manifest.json'), 'utf8'));

  afterEach(() => jest.restoreAllMocks());

  it('validates against the bundled v1.17 schema without going online', async () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('offline'));

    await expect(AppManifestUtils.validateAgainstSchema(raw)).resolves.toEqual([]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('is checked by a validation that does report a broken manifest', async () => {
    const broken = { ...raw, accentColor: 'teal', bots: [{ ...raw.bots[0], botId: 'lakelink' }] };

    const errors = await AppManifestUtils.validateAgainstSchema(broken);
    expect(errors.join('\n')).toMatch(/accentColor/);
    expect(errors.join('\n')).toMatch(/botId/);
  });

  it('declares schema 1.17 and a bot for personal chats and teams', () => {
    expect(raw.$schema).toBe(
      'https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json',
    );
    expect(raw.manifestVersion).toBe('1.17');
    expect(raw.bots).toHaveLength(1);
    expect(raw.bots[0].scopes).toEqual(['personal', 'team']);
  });

  it('lists connect, help and cancel for every scope of the bot', () => {
    const bot = raw.bots[0] as {
      scopes: string[];
      commandLists: { scopes: string[]; commands: { title: string }[] }[];
    };
    const titlesByScope = bot.scopes.map((scope) =>
      bot.commandLists
        .filter((list) => list.scopes.includes(scope))
        .flatMap((list) => list.commands.map((c) => c.title)),
    );

    expect(titlesByScope).toEqual(bot.scopes.map(() => ['connect', 'help', 'cancel']));
  });

  it('has a 192x192 colour icon that fills its square', () => {
    const png = readPng(raw.icons.color);

    expect([png.width, png.height, png.bitDepth, png.colorType]).toEqual([192, 192, 8, 6]);
    expect(pixelsOf(png).filter(([, , , alpha]) => alpha !== 255)).toEqual([]);
  });

  it('has a 32x32 outline icon that is white on transparent', () => {
    const png = readPng(raw.icons.outline);
    const pixels = pixelsOf(png);

    expect([png.width, png.height, png.bitDepth, png.colorType]).toEqual([32, 32, 8, 6]);
    const notWhite = pixels.filter(([r, g, b, a]) => a > 0 && r + g + b !== 3 * 255);
    expect(notWhite).toEqual([]);
    expect(pixels[0]![3]).toBe(0);
    expect(pixels.some(([, , , a]) => a === 255)).toBe(true);
  });
});
