import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';
import { PLACE_SYMBOLS, POPULATION_SOURCE_KINDS } from './vocabulary.ts';

/** China's extent in degrees, from Zengmu Ansha (3.8° N) to the Heilong river (53.6° N), Pamirs (73.5° E) to the Wusuli (135.1° E). */
export const CHINA = { lat: [3.8, 53.6], lon: [73.4, 135.1] } as const;

export const regions = defineTable({
  name: 'regions',
  file: 'regions.csv',
  title: 'Regions',
  description: 'The places whose documents are compared: names, the population used for per-capita views, and how each is drawn (order, colours, symbol).',
  title_zh: '地方',
  description_zh: '比较其文件的各个地方：名称、人均计算所用的人口，以及绘图方式（顺序、颜色、符号）。',
  key: ['region_id'],
  schema: z.strictObject({
    region_id: c.id({ title_zh: '地方标识', description: 'Short id of the place (lower-case letters and digits): its pages are /regions/<region_id>/.', description_zh: '地方的简短标识（小写字母和数字），其页面为 /regions/<region_id>/。', example: 'putuo' }),
    name_zh: c.text({ title_zh: '名称（中文）', description: 'Name in Chinese.', description_zh: '中文名称。', example: '普陀区' }),
    name_en: c.text({ title_zh: '名称（英文）', description: 'Name in English.', description_zh: '英文名称。', example: 'Putuo District' }),
    short_zh: c.text({ title_zh: '简称（中文）', description: 'Short name in Chinese, for chart axes.', description_zh: '中文简称，用于图表坐标轴。', example: '普陀' }),
    short_en: c.text({ title_zh: '简称（英文）', description: 'Short name in English, for chart axes.', description_zh: '英文简称，用于图表坐标轴。', example: 'Putuo' }),
    level: c.oneOf(['district', 'county', 'prefecture_city', 'autonomous_region'], { title_zh: '行政级别', description: 'Administrative level.', description_zh: '行政级别。', example: 'district' }),
    parent_zh: c.optionalText({ title_zh: '上级行政区（中文）', description: 'The place it belongs to, in Chinese (blank for a province-level unit).', description_zh: '所属上级行政区，中文（省级单位留空）。', example: '上海市' }),
    parent_en: c.optionalText({ title_zh: '上级行政区（英文）', description: 'The place it belongs to, in English.', description_zh: '所属上级行政区，英文。', example: 'Shanghai' }),
    adcode: c.code(/^\d{6}$/, 'six digits', { title_zh: '行政区划代码', description: 'Administrative division code (GB/T 2260).', description_zh: '行政区划代码（GB/T 2260）。', example: '310107' }),
    population: c.positiveInteger({ title_zh: '人口', description: 'Population of the place (persons): the 2020 census resident population wherever a census gives it; per-resident views use it only where its source is cited (population_source_kind).', description_zh: '地方人口（人）：凡人口普查有数，即为2020年（第七次）人口普查常住人口；人均计算只在其来源可引用时使用（population_source_kind）。', example: '1239800' }),
    population_year: c.year({ title_zh: '人口年份', description: 'Year the population refers to.', description_zh: '人口数据的所属年份。', example: '2020' }),
    population_kind: c.oneOf(['resident', 'registered', 'total'], { title_zh: '人口口径', description: 'What the population counts: resident (常住), registered (户籍) or total as published.', description_zh: '人口口径：常住人口（resident）、户籍人口（registered）或按公布数的总人口（total）。', example: 'resident' }),
    population_source: c.text({ title_zh: '人口数据来源（英文）', description: 'Where the population comes from, in English: the census bulletin (issuer, title, date, address if known), or the secondary source and the bulletins sought.', description_zh: '人口数据来源，英文：人口普查公报（发布机关、标题、日期，已知时附网址），或二手来源及所查找的公报。', example: 'Statistics Bureau of the Xinjiang Uygur Autonomous Region, Main data of the seventh national population census, 2021-06-14' }),
    population_source_zh: c.text({ title_zh: '人口数据来源（中文）', description: 'Where the population comes from, in Chinese.', description_zh: '人口数据来源，中文。', example: '新疆维吾尔自治区统计局《新疆维吾尔自治区第七次全国人口普查主要数据》，2021年6月14日' }),
    population_verified: c.boolean({ title_zh: '人口已核实', description: 'true only when population_source cites the census bulletin itself and its figure matches; per-resident views follow population_source_kind.', description_zh: '仅当 population_source 引用人口普查公报本身且数字相符时为 true；人均视图以 population_source_kind 为准。', example: 'true' }),
    population_source_kind: c.oneOf(POPULATION_SOURCE_KINDS, { title_zh: '人口来源类别', description: 'What kind of named, cited source the population comes from: census_bulletin, statistical_yearbook or government_page; none when no source can be cited. Per-resident views use a population only when its source is one of the cited kinds, and say which.', description_zh: '人口数据出自哪类有名称、可引用的来源：census_bulletin（人口普查公报）、statistical_yearbook（统计年鉴）、government_page（政府网页）；无可引用来源的为 none。人均视图只使用来源属于可引用类别的人口，并注明类别。', example: 'census_bulletin' }),
    lat: c.optionalNumberWithin(CHINA.lat[0], CHINA.lat[1], "a latitude inside China's extent", { title_zh: '纬度', description: 'Latitude of the seat of government (optional).', description_zh: '政府驻地纬度（可选）。', example: '31.25' }),
    lon: c.optionalNumberWithin(CHINA.lon[0], CHINA.lon[1], "a longitude inside China's extent", { title_zh: '经度', description: 'Longitude of the seat of government (optional).', description_zh: '政府驻地经度（可选）。', example: '121.40' }),
    coords_source: c.optionalText({ title_zh: '坐标来源', description: 'Where the coordinates come from.', description_zh: '坐标来源。', example: '' }),
    order: c.integer({ title_zh: '排列顺序', description: 'Position of the place in every list, chart and legend (1 first).', description_zh: '在各列表、图表和图例中的位置（1为第一）。', example: '4' }),
    colour_light: c.colour({ title_zh: '浅色主题颜色', description: 'Colour of the place in the light theme: at least 3:1 contrast on the page and panel backgrounds.', description_zh: '浅色主题下该地的颜色：与页面和面板背景的对比度不低于3:1。', example: '#AA3377' }),
    colour_dark: c.colour({ title_zh: '深色主题颜色', description: 'Colour of the place in the dark theme: at least 3:1 contrast on the dark backgrounds.', description_zh: '深色主题下该地的颜色：与深色背景的对比度不低于3:1。', example: '#E08DBF' }),
    symbol: c.oneOf(PLACE_SYMBOLS, { title_zh: '图形符号', description: 'Shape of the place in charts where colour alone would have to tell places apart.', description_zh: '图表中该地的形状，使地方不只靠颜色区分。', example: 'triangle' }),
  }),
});
