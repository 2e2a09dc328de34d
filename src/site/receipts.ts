// The receipts of every figure and item, written by scripts/derive.ts beside the site data.
import raw from '../generated/site.receipts.json';
import type { ReceiptsData } from '../model/receipts.ts';

export const receiptsData = raw as unknown as ReceiptsData;
