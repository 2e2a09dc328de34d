// Closed vocabularies shared by several tables.
export const BASE_UNITS = ['cny', 'person', 'person_time', 'entity', 'facility', 'project', 'event', 'm2', 'percent', 'ratio', 'count', 'year', 'month', 'day'] as const;
export const INSTRUMENTS = [
  'fund', 'subsidy', 'tax', 'loan', 'guarantee', 'equity', 'award', 'procurement', 'platform', 'space',
  'training', 'event', 'publicity', 'regulation', 'land', 'coordination', 'evaluation',
] as const;
export const TARGET_KINDS = ['target', 'outcome', 'budget', 'rule'] as const;
export const COMPARATORS = ['eq', 'gte', 'gt', 'lte', 'lt', 'approx', 'range'] as const;
export const BASES = ['level', 'total', 'per_year'] as const;
export const PER = ['person', 'entity', 'project', 'year', 'facility', 'event', 'unit', 'household', 'month'] as const;
export const IGNORE_REASONS = ['name_or_slogan', 'section_number', 'document_number', 'date_or_span', 'definition', 'denominator'] as const;
export const ITEM_TYPES = ['goal', 'action', 'safeguard', 'phase'] as const;
export const DEPARTMENT_KINDS = [
  'government_office', 'development_reform', 'human_resources', 'finance', 'science_technology', 'industry_it',
  'commerce', 'market_regulation', 'education', 'tax', 'financial_regulation', 'natural_resources', 'agriculture',
  'publicity', 'mass_organisations', 'parks_and_zones', 'local_governments', 'other',
] as const;
/** Shapes a place can be drawn with where colour alone must not tell places apart (d3's filled symbols). */
export const PLACE_SYMBOLS = ['circle', 'square', 'diamond', 'triangle', 'star', 'cross', 'wye'] as const;
