import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';

export const regions = defineTable({
  name: 'regions',
  file: 'regions.csv',
  title: 'Regions',
  description: 'The five places whose documents are compared, with the population used for per-capita views.',
  key: ['region_id'],
  schema: z.strictObject({
    region_id: c.oneOf(['yuetang', 'xinjiang', 'xianning', 'putuo', 'panshan'], { description: 'Short id of the place.', example: 'putuo' }),
    name_zh: c.text({ description: 'Name in Chinese.', example: '普陀区' }),
    name_en: c.text({ description: 'Name in English.', example: 'Putuo District' }),
    short_zh: c.text({ description: 'Short name in Chinese, for chart axes.', example: '普陀' }),
    short_en: c.text({ description: 'Short name in English, for chart axes.', example: 'Putuo' }),
    level: c.oneOf(['district', 'county', 'prefecture_city', 'autonomous_region'], { description: 'Administrative level.', example: 'district' }),
    parent_zh: c.optionalText({ description: 'The place it belongs to, in Chinese (blank for a province-level unit).', example: '上海市' }),
    parent_en: c.optionalText({ description: 'The place it belongs to, in English.', example: 'Shanghai' }),
    adcode: c.oneOf(['430304', '650000', '421200', '310107', '211122'], { description: 'Administrative division code (GB/T 2260).', example: '310107' }),
    population: c.integer({ description: 'Population used for per-capita views (persons).', example: '1275800' }),
    population_year: c.year({ description: 'Year the population refers to.', example: '2019' }),
    population_kind: c.oneOf(['resident', 'registered', 'total'], { description: 'What the population counts: resident (常住), registered (户籍) or total as published.', example: 'resident' }),
    population_source: c.text({ description: 'Where the population comes from, in English.', example: 'Putuo District government, end-2019 resident population' }),
    population_source_zh: c.text({ description: 'Where the population comes from, in Chinese.', example: '普陀区人民政府:2019年末常住人口' }),
    census2020: c.optionalInteger({ description: '2020 census population; blank where none was found.', example: '1239800' }),
    lat: c.optionalNumber({ description: 'Latitude of the seat of government (optional).', example: '31.25' }),
    lon: c.optionalNumber({ description: 'Longitude of the seat of government (optional).', example: '121.40' }),
    coords_source: c.optionalText({ description: 'Where the coordinates come from.', example: '' }),
  }),
});
