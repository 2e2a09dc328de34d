// The path of a place's symbol, drawn the way Plot draws its dots, for legends outside the SVG.
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, type SymbolType } from 'd3';
import { PLACE_ORDER, PLACE_SYMBOLS } from './palette.ts';

const SHAPES: Record<(typeof PLACE_SYMBOLS)[number], SymbolType> = {
  circle: symbolCircle, square: symbolSquare, diamond: symbolDiamond, triangle: symbolTriangle, star: symbolStar,
};

export function placeSymbolPath(regionId: string, size = 64): string {
  const shape = PLACE_SYMBOLS[PLACE_ORDER.indexOf(regionId as (typeof PLACE_ORDER)[number])] ?? 'circle';
  return symbol(SHAPES[shape], size)() ?? '';
}
