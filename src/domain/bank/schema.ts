/**
 * The question-bank contract. This zod schema is the single source of the bank's TypeScript types, of
 * runtime validation (see `validate.ts`, which adds the semantic checks a schema cannot express) and of
 * the generated `questionnaires/bank.schema.json` that editors use to autocomplete bank files.
 *
 * Everything a participant, coach or facilitator reads is a {@link LocalizedText}: a map from language
 * code to text. Optional fields have no defaults in the schema; the code that reads them applies the
 * documented default, so a bank file means exactly what it says.
 */
import { z } from 'zod';

// No code generation: zod would otherwise probe `new Function`, which the app's Content Security Policy
// (no eval) refuses. Set here, where every schema of the app starts, before any schema is built.
z.config({ jitless: true });

/** The bank file format this app reads. Bumped only for breaking changes of the file format. */
export const BANK_FORMAT_VERSION = 1;

const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const LANGUAGE_PATTERN = /^[a-z]{2,3}(?:-[A-Z][A-Za-z0-9]{1,7})?$/;
const SEMVER_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/;

/** A kebab-case identifier: lower-case letters and digits, words joined by single hyphens. */
export const Id = z
  .string()
  .max(64)
  .regex(ID_PATTERN, { error: 'id-format' })
  .describe('A kebab-case identifier, unique within its kind.');

/** A language code such as `nl`, `en` or `pt-BR`. */
export const LanguageCode = z.string().regex(LANGUAGE_PATTERN, { error: 'language-format' });

/** A human-readable text in every language the bank declares: `{ "nl": "…", "en": "…" }`. */
export const LocalizedText = z
  .record(LanguageCode, z.string().max(5000))
  .describe('A text per language code, for example { "nl": "…", "en": "…" }.');

const ScalePoint = z.strictObject({
  value: z.number().describe('The number stored and scored for this answer.'),
  label: LocalizedText,
});

export const Scale = z
  .strictObject({
    id: Id,
    kind: z
      .enum(['frequency', 'agreement', 'other'])
      .optional()
      .describe('What the points express; words notes about answers to fit the scale. Default "other".'),
    points: z.array(ScalePoint).min(2).max(11).describe('Answer options, lowest value first.'),
    notApplicable: z
      .strictObject({ label: LocalizedText })
      .optional()
      .describe('When present, participants may answer "not applicable"; such answers are not scored.'),
  })
  .describe('A labelled answer scale.');

/**
 * A dimension score's measurement model: the reliability of the full dimension score and the spread (SD) of
 * that score between people, as assumed before a pilot or as measured in a cohort. The standard error of one
 * person's score is sd · √(1 − reliability), growing as √(items / answered) when items are left out.
 */
export const MeasurementModel = z.strictObject({
  reliability: z.number().describe('Reliability (0–1) of the full dimension score, e.g. Cronbach’s alpha.'),
  sd: z.number().describe('Standard deviation of the dimension score between people, in scale points.'),
});

export const Section = z.strictObject({
  id: Id,
  title: LocalizedText,
  description: LocalizedText.optional(),
  scale: Id.describe('The scale its items use unless an item overrides it.'),
  chart: z.enum(['radar', 'bar']).describe('How the results page draws this section.'),
  presentation: z
    .enum(['level', 'position'])
    .optional()
    .describe(
      'How scores are read: "level" (default) in the bands of scoring.bands; "position" (beliefs on an agreement scale) in the zones of scoring.positions, never graded.',
    ),
  rated: z
    .boolean()
    .optional()
    .describe(
      'Whether raters (360° feedback) rate this section; its items then need a raterText. Default false.',
    ),
});

export const Dimension = z.strictObject({
  id: Id,
  section: Id,
  parent: Id.optional().describe('A parent dimension, scored over all items beneath it.'),
  name: LocalizedText,
  shortName: LocalizedText.optional().describe('A short label for charts; default the name.'),
  definition: LocalizedText,
  interpretation: z
    .record(Id, LocalizedText)
    .describe('One text per band id from scoring.bands, shown with the dimension score.'),
  tips: z.array(LocalizedText).max(6),
  reflection: LocalizedText.describe('A reflection question for the participant and their coach.'),
  phases: z
    .array(Id)
    .optional()
    .describe('Options of the phase context question for which this dimension is especially called for.'),
  positionNotes: z
    .record(Id, LocalizedText)
    .optional()
    .describe(
      "Per option of scoring.positionQuestion (the participant's own position), a sentence shown with the interpretation.",
    ),
  measurement: MeasurementModel.optional().describe(
    "This dimension's measurement model; default scoring.measurement.",
  ),
});

export const Item = z.strictObject({
  id: Id,
  dimension: Id,
  text: LocalizedText,
  reverse: z.boolean().optional().describe('Reverse-keyed: scored as min + max - answer. Default false.'),
  scale: Id.optional().describe("Overrides the section's scale for this item."),
  raterText: LocalizedText.optional().describe(
    'The statement as a rater reads it (third person), for items of rated sections.',
  ),
});

export const ContextQuestion = z.strictObject({
  id: Id,
  text: LocalizedText,
  options: z.array(z.strictObject({ id: Id, label: LocalizedText })).min(2),
});

const TextReflection = z.strictObject({
  id: Id,
  kind: z.literal('text'),
  prompt: LocalizedText,
});

const SliderReflection = z.strictObject({
  id: Id,
  kind: z.literal('slider'),
  prompt: LocalizedText,
  min: z.number(),
  max: z.number(),
  step: z.number().positive().optional().describe('Default 1.'),
  minLabel: LocalizedText,
  maxLabel: LocalizedText,
});

export const Reflection = z.discriminatedUnion('kind', [TextReflection, SliderReflection]);

export const Band = z.strictObject({
  id: Id,
  min: z
    .number()
    .optional()
    .describe('Lowest score in this band. Bands are listed from high to low; the last one has no min.'),
  label: LocalizedText,
});

export const RelativeRule = z.strictObject({
  section: Id,
  method: z
    .enum(['threshold', 'critical-difference'])
    .optional()
    .describe(
      '"threshold" (default): a fixed distance from the person’s own mean; "critical-difference": a distance beyond the measurement error of scoring.measurement.',
    ),
  threshold: z
    .number()
    .optional()
    .describe('For method "threshold": the minimum distance, in scale points, from the person’s own mean.'),
  maxStrengths: z.number().int(),
  maxDevelopment: z.number().int(),
});

export const Measurement = MeasurementModel.extend({
  basis: z.enum(['assumed', 'cohort']).describe('Whether the figures are assumed or measured in a cohort.'),
  source: LocalizedText.describe('Where the figures come from, in plain words.'),
  level: z.number().describe('Confidence level (0–1) of the interval shown around each score, e.g. 0.9.'),
  familyAlpha: z
    .number()
    .describe(
      'Chance (0–1) that a flat profile gets any label in one section, e.g. 0.05; shared by the comparisons of a section (Bonferroni).',
    ),
});

export const FlagRule = z.strictObject({
  id: Id,
  kind: z.enum(['mindset-skill', 'role-balance']),
  high: Id.describe('The dimension that is high.'),
  low: Id.describe('The dimension that is low.'),
  footing: z
    .enum(['raw', 'within-section', 'same-scale'])
    .optional()
    .describe(
      'How high and low are compared. "raw" (default): high minus low ≥ minGap scale points. "within-section": high is clearly above the person’s own mean of its section and low clearly below the mean of its own (beyond the critical difference). "same-scale": both in one section, high minus low beyond the critical difference of the pair.',
    ),
  minGap: z
    .number()
    .optional()
    .describe('For footing "raw": flag when high minus low is at least this many scale points.'),
  message: LocalizedText,
});

export const TwinPair = z.strictObject({
  item: Id.describe('The item worded in the usual direction.'),
  reverse: Id.describe('Its reverse-worded twin in the same dimension.'),
});

export const Scoring = z.strictObject({
  minAnsweredShare: z
    .number()
    .describe('Share (0–1) of a dimension’s items that must be answered for it to get a score.'),
  bandBasis: z
    .enum(['mean', 'percent'])
    .optional()
    .describe('Whether band minimums are on the scale mean (default) or on the 0–100 percentage.'),
  bands: z.array(Band).min(1),
  bandsNote: LocalizedText.describe('Says that bands are conventions, not norms.'),
  positions: z
    .array(Band)
    .optional()
    .describe(
      'Zones of sections with presentation "position", listed high to low like bands; never a grade.',
    ),
  measurement: Measurement.optional().describe(
    'The measurement model of every dimension (unless a dimension or the norms give its own).',
  ),
  relative: z.array(RelativeRule),
  flags: z.array(FlagRule),
  phaseQuestion: Id.optional().describe('The context question whose options dimensions name in phases.'),
  positionQuestion: Id.optional().describe(
    'The context question about the participant’s own position, whose options dimensions name in positionNotes.',
  ),
  twins: z.array(TwinPair).optional(),
  straightLiningMinItems: z
    .number()
    .int()
    .optional()
    .describe('Note identical answers across a section with at least this many answers. Default 5.'),
});

export const NormEntry = z.strictObject({
  dimension: Id,
  mean: z.number(),
  sd: z.number().nonnegative(),
  n: z.number().int().positive(),
  alpha: z.number().optional().describe('Cronbach’s alpha measured in the norm group.'),
  omega: z.number().optional().describe('McDonald’s omega total measured in the norm group.'),
  percentiles: z
    .strictObject({ p10: z.number(), p25: z.number(), p50: z.number(), p75: z.number(), p90: z.number() })
    .optional()
    .describe('The scores at the 10th, 25th, 50th, 75th and 90th percentile of the norm group.'),
});

export const Norms = z.strictObject({
  group: LocalizedText,
  source: LocalizedText,
  collected: z.string().max(40),
  entries: z.array(NormEntry).min(1),
});

/** One situation of the roles-in-context block: a phase of the network, and which roles to take up first. */
export const Situation = z.strictObject({
  id: Id,
  phase: Id.describe('The option of scoring.phaseQuestion this situation belongs to.'),
  text: LocalizedText.describe('The situation, in a few sentences.'),
});

/**
 * Roles in context: short situations, one per network phase, each asking which roles (dimensions of one
 * section) the participant would take up first. Unscored: the report shows the choices beside the roles the
 * bank associates with that phase, as a conversation starter.
 */
export const Situations = z.strictObject({
  title: LocalizedText,
  intro: LocalizedText,
  section: Id.describe('The section whose dimensions are the options (the roles).'),
  pick: z.number().int().describe('How many roles to choose per situation (1–3).'),
  prompts: z.array(Situation).min(1),
});

export const RaterGroup = z.strictObject({
  id: Id,
  name: LocalizedText.describe(
    'The group as raters and the report name it: "manager", "network partners", …',
  ),
  minimum: z
    .number()
    .int()
    .optional()
    .describe('Responses needed before the group is shown on its own. Default 3; 1 shows one person’s view.'),
});

/** 360° feedback: who may rate, and what raters read. A bank without it offers no 360. */
export const Raters = z.strictObject({
  intro: LocalizedText.describe('What the rater reads first: what this is and how long it takes.'),
  instruction: LocalizedText.describe('How to answer: about the person, from what you observed.'),
  notApplicable: LocalizedText.describe('The answer for a behaviour the rater could not observe.'),
  comment: LocalizedText.describe('The prompt of the optional comment per rated section.'),
  groups: z.array(RaterGroup).min(1),
});

export const Bank = z
  .strictObject({
    $schema: z.string().optional(),
    formatVersion: z.literal(BANK_FORMAT_VERSION),
    id: Id,
    version: z.string().regex(SEMVER_PATTERN, { error: 'semver-format' }),
    languages: z.array(LanguageCode).min(1),
    title: LocalizedText,
    intro: LocalizedText,
    instruction: LocalizedText.describe('Anchors the answers, e.g. to one network and a time window.'),
    scales: z.array(Scale).min(1),
    sections: z.array(Section).min(1),
    dimensions: z.array(Dimension).min(1),
    items: z.array(Item).min(1),
    context: z.array(ContextQuestion),
    reflections: z.strictObject({
      title: LocalizedText,
      intro: LocalizedText,
      prompts: z.array(Reflection),
    }),
    situations: Situations.optional(),
    raters: Raters.optional(),
    scoring: Scoring,
    norms: Norms.optional().describe('Only real norms, with their source and sample size.'),
  })
  .describe('A versioned question bank for the network-leadership self-assessment app.');

export type LocalizedText = z.infer<typeof LocalizedText>;
export type Scale = z.infer<typeof Scale>;
export type Section = z.infer<typeof Section>;
export type Dimension = z.infer<typeof Dimension>;
export type Item = z.infer<typeof Item>;
export type ContextQuestion = z.infer<typeof ContextQuestion>;
export type Reflection = z.infer<typeof Reflection>;
export type Band = z.infer<typeof Band>;
export type RelativeRule = z.infer<typeof RelativeRule>;
export type FlagRule = z.infer<typeof FlagRule>;
export type Scoring = z.infer<typeof Scoring>;
export type Norms = z.infer<typeof Norms>;
export type MeasurementModel = z.infer<typeof MeasurementModel>;
export type Measurement = z.infer<typeof Measurement>;
export type Situations = z.infer<typeof Situations>;
export type Raters = z.infer<typeof Raters>;
export type Bank = z.infer<typeof Bank>;
