#!/usr/bin/env node
'use strict';
/*
 * Draws the Teams app icons into manifest/: color.png (192x192, white mark on the accent colour)
 * and outline.png (32x32, white mark on transparent). Plain Node, no image library: the mark is
 * two linked rings over a wave, filled by supersampling, written as an RGBA PNG with zlib.
 *
 *   node scripts/make-manifest-icons.js
 */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

// Keep in step with accentColor in manifest/manifest.json.
const ACCENT = [0x0b, 0x6a, 0x8a];
const SAMPLES = 4;

/** The mark in a 0..1 unit square: true where it is painted. */
function inMark(x, y) {
  const ring = (cx, cy, r, width) => Math.abs(Math.hypot(x - cx, y - cy) - r) <= width / 2;
  const wave = () => {
    if (x < 0.2 || x > 0.8) return false;
    const centre = 0.76 + 0.035 * Math.sin(((x - 0.2) / 0.6) * 4 * Math.PI);
    return Math.abs(y - centre) <= 0.035;
  };
  return ring(0.39, 0.43, 0.17, 0.07) || ring(0.61, 0.43, 0.17, 0.07) || wave();
}

/** Share of the pixel's subsamples that fall inside the mark, 0..1. */
function coverage(px, py, size, margin) {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = (px + (sx + 0.5) / SAMPLES) / size;
      const y = (py + (sy + 0.5) / SAMPLES) / size;
      const u = (x - margin) / (1 - 2 * margin);
      const v = (y - margin) / (1 - 2 * margin);
      if (inMark(u, v)) hits++;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

function drawColor(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const a = coverage(x, y, size, 0.1);
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(ACCENT[c] * (1 - a) + 255 * a);
      rgba[i + 3] = 255;
    }
  }
  return rgba;
}

function drawOutline(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      rgba.fill(255, i, i + 3);
      rgba[i + 3] = Math.round(255 * coverage(x, y, size, 0));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG; every scanline uses filter 0 (none). */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = path.join(__dirname, '..', 'manifest');
fs.writeFileSync(path.join(outDir, 'color.png'), encodePng(192, drawColor(192)));
fs.writeFileSync(path.join(outDir, 'outline.png'), encodePng(32, drawOutline(32)));
console.log(`Wrote color.png and outline.png to ${outDir}`);
