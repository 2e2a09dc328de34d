import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';
import { PLACE_SYMBOLS } from './vocabulary.ts';

export const regions = defineTable({
  name: 'regions',
  file: 'regions.csv',
  title: 'Regions',
  description: 'The places whose documents are compared: names, the population used for per-capita views, and how each is drawn (order, colours, symbol).',
  title_zh: '地方',
  description_zh: '比较其文件的各个地方:名称、人均计算所用的人口,以及绘图方式(顺序、颜色、符号)。',
  key: ['region_id'],
  schema: z.strictObject({
    region_id: c.id({ description: 'Short id of the place (lower-case letters and digits): its pages are /regions/<region_id>/.', description_zh: '地方的简短标识(小写字母和数字),其页面为 /regions/<region_id>/。', example: 'putuo' }),
    name_zh: c.text({ description: 'Name in Chinese.', description_zh: '中文名称。', example: '普陀区' }),
    name_en: c.text({ description: 'Name in English.', description_zh: '英文名称。', example: 'Putuo District' }),
    short_zh: c.text({ description: 'Short name in Chinese, for chart axes.', description_zh: '中文简称,用于图表坐标轴。', example: '普陀' }),
    short_en: c.text({ description: 'Short name in English, for chart axes.', description_zh: '英文简称,用于图表坐标轴。', example: 'Putuo' }),
    level: c.oneOf(['district', 'county', 'prefecture_city', 'autonomous_region'], { description: 'Administrative level.', description_zh: '行政级别。', example: 'district' }),
    parent_zh: c.optionalText({ description: 'The place it belongs to, in Chinese (blank for a province-level unit).', description_zh: '所属上级行政区,中文(省级单位留空)。', example: '上海市' }),
    parent_en: c.optionalText({ description: 'The place it belongs to, in English.', description_zh: '所属上级行政区,英文。', example: 'Shanghai' }),
    adcode: c.digits(6, { description: 'Administrative division code (GB/T 2260).', description_zh: '行政区划代码(GB/T 2260)。', example: '310107' }),
    population: c.integer({ description: 'Population used for per-capita views (persons).', description_zh: '人均计算所用的人口(人)。', example: '1275800' }),
    population_year: c.year({ description: 'Year the population refers to.', description_zh: '人口数据的所属年份。', example: '2019' }),
    population_kind: c.oneOf(['resident', 'registered', 'total'], { description: 'What the population counts: resident (常住), registered (户籍) or total as published.', description_zh: '人口口径:常住人口(resident)、户籍人口(registered)或按公布数的总人口(total)。', example: 'resident' }),
    population_source: c.text({ description: 'Where the population comes from, in English.', description_zh: '人口数据来源,英文。', example: 'Putuo District government, end-2019 resident population' }),
    population_source_zh: c.text({ description: 'Where the population comes from, in Chinese.', description_zh: '人口数据来源,中文。', example: '普陀区人民政府:2019年末常住人口' }),
    census2020: c.optionalInteger({ description: '2020 census population; blank where none was found.', description_zh: '2020年(第七次)人口普查人口;未查到的留空。', example: '1239800' }),
    lat: c.optionalNumber({ description: 'Latitude of the seat of government (optional).', description_zh: '政府驻地纬度(可选)。', example: '31.25' }),
    lon: c.optionalNumber({ description: 'Longitude of the seat of government (optional).', description_zh: '政府驻地经度(可选)。', example: '121.40' }),
    coords_source: c.optionalText({ description: 'Where the coordinates come from.', description_zh: '坐标来源。', example: '' }),
    order: c.integer({ description: 'Position of the place in every list, chart and legend (1 first).', description_zh: '在各列表、图表和图例中的位置(1为第一)。', example: '4' }),
    colour_light: c.colour({ description: 'Colour of the place in the light theme: at least 3:1 contrast on the page and panel backgrounds.', description_zh: '浅色主题下该地的颜色:与页面和面板背景的对比度不低于3:1。', example: '#AA3377' }),
    colour_dark: c.colour({ description: 'Colour of the place in the dark theme: at least 3:1 contrast on the dark backgrounds.', description_zh: '深色主题下该地的颜色:与深色背景的对比度不低于3:1。', example: '#E08DBF' }),
    symbol: c.oneOf(PLACE_SYMBOLS, { description: 'Shape of the place in charts where colour alone would have to tell places apart.', description_zh: '图表中该地的形状,使地方不只靠颜色区分。', example: 'triangle' }),
  }),
});
