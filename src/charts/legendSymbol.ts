// The path of a place's symbol, drawn the way Plot draws its dots, for legends outside the SVG.
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3';
import type { PLACE_SYMBOLS } from '../schema/vocabulary.ts';

const SHAPES: Record<(typeof PLACE_SYMBOLS)[number], SymbolType> = {
  circle: symbolCircle, square: symbolSquare, diamond: symbolDiamond, triangle: symbolTriangle, star: symbolStar, cross: symbolCross, wye: symbolWye,
};

export function symbolPath(shape: string, size = 64): string {
  return symbol(SHAPES[shape as keyof typeof SHAPES] ?? symbolCircle, size)() ?? '';
}
