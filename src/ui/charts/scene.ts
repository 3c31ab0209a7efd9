/**
 * A chart as a list of drawing primitives in a coordinate space of CSS pixels: lines, paths, rectangles,
 * circles, texts and the phase marker. Chart layouts produce scenes from chart specifications; the page draws
 * a scene as SVG and the PDF draws the same scene with jsPDF, so both show the same chart and neither needs a
 * browser layout pass or an animation frame. Pure.
 */

import type { Marker } from '../../views/model';

export type Point = readonly [number, number];

export type Primitive =
  | {
      readonly kind: 'line';
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly stroke: string;
      readonly width: number;
      readonly dash?: readonly [number, number];
    }
  | {
      readonly kind: 'path';
      readonly points: readonly Point[];
      readonly closed: boolean;
      readonly stroke?: string;
      readonly fill?: string;
      readonly width?: number;
    }
  | {
      readonly kind: 'rect';
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly h: number;
      readonly stroke?: string;
      readonly fill?: string;
      readonly width?: number;
    }
  | {
      readonly kind: 'circle';
      readonly cx: number;
      readonly cy: number;
      readonly r: number;
      readonly stroke?: string;
      readonly fill?: string;
      readonly width?: number;
    }
  | {
      readonly kind: 'text';
      readonly x: number;
      /** The baseline of the first line. */
      readonly y: number;
      readonly lines: readonly string[];
      readonly size: number;
      readonly anchor: 'start' | 'middle' | 'end';
      readonly color: string;
      readonly bold?: boolean;
      /** Distance between the baselines of two lines. */
      readonly lineHeight: number;
    }
  | {
      readonly kind: 'mark';
      readonly cx: number;
      readonly cy: number;
      readonly r: number;
      readonly fill: string;
    };

/** A chart ready to draw: its size in CSS pixels and what to draw, back to front. */
export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly primitives: readonly Primitive[];
}

/** Width in CSS pixels of `text` at `size` px; the page estimates it, the PDF measures it in its fonts. */
export type Measure = (text: string, size: number, bold?: boolean) => number;

export const COLORS = {
  accent: '#1f4e79',
  accentSoft: '#c9dcef',
  ink: '#1b1f24',
  grid: '#c9d1d9',
  band: '#4a5562',
  paper: '#ffffff',
} as const;

/** The smallest text a chart draws, in CSS pixels: readable on a phone. */
export const MIN_FONT = 12;

const NARROW = new Set("iljtfr.,;:!|'’ ()[]");
const WIDE = new Set('mwMW@%');

/**
 * An estimate of a text's width in a system sans-serif font, for the page (which has no fonts to measure
 * with before it draws); generous, so labels never run into each other.
 */
export const estimateWidth: Measure = (text, size, bold = false) => {
  let em = 0;
  for (const char of text) {
    if (NARROW.has(char)) em += 0.32;
    else if (WIDE.has(char)) em += 0.9;
    else if (char >= 'A' && char <= 'Z') em += 0.72;
    else if (char.charCodeAt(0) > 0x2e7f) em += 1;
    else em += 0.62;
  }
  return em * size * (bold ? 1.06 : 1);
};

/** Breaks a word wider than `width` into pieces that fit, each but the last ending in a hyphen. */
function breakWord(word: string, size: number, width: number, measure: Measure): string[] {
  if (measure(word, size) <= width) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece.length > 1 && measure(`${piece}${char}-`, size) > width) {
      pieces.push(`${piece}-`);
      piece = char;
    } else piece += char;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Splits `text` into lines no wider than `width`, at most `maxLines` (the last then ends in "…"); a word
 * wider than the width is broken with a hyphen, so no label is ever clipped.
 */
export function wrapText(
  text: string,
  size: number,
  width: number,
  measure: Measure,
  maxLines = 3,
): string[] {
  const words = text
    .split(/\s+/)
    .filter((word) => word !== '')
    .flatMap((word) => breakWord(word, size, width, measure));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1] ?? ''}…`;
  return kept;
}

/**
 * A dot chart's marker at (`cx`, `cy`) with radius `r`: a filled dot (self), an open square, triangle or
 * ring, or a cross: told apart by shape, never by colour alone. Shared by the charts and their legends.
 */
export function markerPrimitives(marker: Marker, cx: number, cy: number, r: number): Primitive[] {
  const open = { stroke: COLORS.ink, fill: COLORS.paper, width: 1.5 } as const;
  switch (marker) {
    case 'dot':
      return [{ kind: 'circle', cx, cy, r: r * 1.1, fill: COLORS.accent, stroke: COLORS.accent, width: 1 }];
    case 'ring':
      return [{ kind: 'circle', cx, cy, r: r * 0.9, ...open }];
    case 'square':
      return [{ kind: 'rect', x: cx - r * 0.85, y: cy - r * 0.85, w: r * 1.7, h: r * 1.7, ...open }];
    case 'triangle':
      return [
        {
          kind: 'path',
          points: [
            [cx, cy - r],
            [cx + r, cy + r * 0.8],
            [cx - r, cy + r * 0.8],
          ],
          closed: true,
          ...open,
        },
      ];
    case 'cross':
      return [
        { kind: 'line', x1: cx - r, y1: cy - r, x2: cx + r, y2: cy + r, stroke: COLORS.ink, width: 2 },
        { kind: 'line', x1: cx - r, y1: cy + r, x2: cx + r, y2: cy - r, stroke: COLORS.ink, width: 2 },
      ];
  }
}
