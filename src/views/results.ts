/**
 * The view model of one person's results: everything the results page shows and the PDF prints, in
 * reading order, as plain data with every figure formatted and every text in the person's language. The
 * page and the PDF render this and compute no figure of their own, so they cannot disagree.
 */
import { aggregateFeedback } from '../domain/feedback/aggregate';
import type { RaterAnswerSet } from '../domain/feedback/payload';
import { buildFeedbackView, type FeedbackView } from './feedback';
import type { AssessmentData } from '../domain/answers';
import type { BankIndex } from '../domain/bank/model';
import type { SectionProfile } from '../domain/scoring/relative';
import { scoreAnswers, type Scores } from '../domain/scoring/score';
import { describer, type Describe, type Translate } from './describe';
import { normStanding, type NormStanding } from '../domain/scoring/norm-standing';
import { fileBaseOf, reportFileName } from './file-names';
import type { Figure, Pair, ReportTexts, Table } from './model';
import {
  answeredLine,
  intervalLine,
  isPosition,
  profileFigures,
  scoreHeadline,
  scoreLine,
  zoneLabel,
} from './profile';
import { qualityNoteText, sliderText } from './sentences';

/** One section of the summary: its relative strengths and development points, or why there are none. */
export interface SummarySection {
  readonly id: string;
  readonly title: string;
  readonly status: SectionProfile['status'];
  /** The balanced or insufficient sentence ('' with a profile). */
  readonly verdict: string;
  readonly strengths: readonly string[];
  readonly development: readonly string[];
  /** What "relative" means here: compared with the person's own mean, beyond measurement error. */
  readonly help: string;
}

/** One dimension as its block shows it: score, uncertainty, definition, interpretation, tips, question. */
export interface DimensionDetail {
  readonly id: string;
  readonly name: string;
  /** The few words next to the name in a closed block: "3,7 · vaak". */
  readonly headline: string;
  readonly scoreLine: string;
  readonly intervalLine: string | null;
  readonly answeredLine: string | null;
  /** "Relative strength" / "Development point", when the summary names the dimension. */
  readonly standing: string | null;
  readonly definition: string;
  readonly interpretation: string | null;
  /** What the participant's own position in the network means for this reading. */
  readonly positionNote: string | null;
  readonly tips: readonly string[];
  readonly reflection: string;
  /** A role the network's phase calls for. */
  readonly marked: boolean;
}

/** The identity reflections (leader identity), unscored. */
export interface IdentityPart {
  readonly title: string;
  readonly intro: string;
  readonly answers: readonly Pair[];
  /** Said when none was answered. */
  readonly empty: string | null;
}

/** Roles in context: per situation, the roles chosen beside the roles the bank ties to that phase. */
export interface SituationsPart {
  readonly title: string;
  readonly intro: string;
  readonly note: string;
  readonly rows: readonly {
    readonly id: string;
    readonly phase: string;
    readonly situation: string;
    readonly chosen: string;
    readonly associated: string;
  }[];
  readonly table: Table;
}

export interface ResultsView {
  readonly language: string;
  readonly title: string;
  readonly subtitle: string;
  readonly completed: string;
  readonly summary: {
    readonly title: string;
    readonly sections: readonly SummarySection[];
    readonly flags: { readonly title: string; readonly items: readonly string[] } | null;
    readonly phase: {
      readonly title: string;
      readonly text: string;
      readonly roles: readonly string[];
    } | null;
  };
  readonly identity: IdentityPart | null;
  readonly situations: SituationsPart | null;
  readonly context: {
    readonly title: string;
    readonly pairs: readonly Pair[];
    readonly empty: string | null;
  };
  readonly charts: { readonly title: string; readonly figures: readonly Figure[] };
  readonly overview: { readonly title: string; readonly table: Table };
  readonly details: {
    readonly title: string;
    readonly sections: readonly {
      readonly id: string;
      readonly title: string;
      readonly dimensions: readonly DimensionDetail[];
    }[];
  };
  readonly coachNotes: { readonly title: string; readonly text: string } | null;
  readonly quality: {
    readonly title: string;
    readonly notes: readonly string[];
    readonly footnote: string;
  } | null;
  /** Where each score stands in the bank's norm group; `null` for a bank without norms. */
  readonly norms: { readonly title: string; readonly intro: string; readonly table: Table } | null;
  /** 360° feedback: self beside the raters; `null` without responses. */
  readonly feedback: FeedbackView | null;
  readonly howToRead: { readonly title: string; readonly paragraphs: readonly string[] };
  readonly actions: { readonly expandAll: string; readonly collapseAll: string };
  readonly labels: {
    readonly definition: string;
    readonly yourScore: string;
    readonly interpretation: string;
    readonly positionNote: string;
    readonly tips: string;
    readonly reflection: string;
    readonly notes: string;
    readonly strengths: string;
    readonly development: string;
  };
  /** The PDF's cover and running texts. */
  readonly report: ReportTexts;
}

export interface ResultsInput {
  readonly index: BankIndex;
  readonly data: AssessmentData;
  /** The page's main heading ("Your results", "Results of …"). */
  readonly title: string;
  readonly language: string;
  /** SHA-256 of the bank's canonical JSON (64 hex characters). */
  readonly bankHash: string;
  readonly generatedAt: Date;
  readonly coachNotes?: string;
  /** Scores already computed for these answers (else they are computed here). */
  readonly scores?: Scores;
  /** The raters' answer sets of a feedback round on this bank version (360° feedback), each once. */
  readonly feedback?: readonly RaterAnswerSet[];
}

function summaryOf(describe: Describe, scores: Scores): ResultsView['summary'] {
  const { t, index, text, number, dimensionName } = describe;
  const { bank } = index;
  const sections = scores.sections.map((profile): SummarySection => {
    const criticals = profile.standings.flatMap((s) => (s.critical === null ? [] : [s.critical]));
    const typical = criticals.length === 0 ? null : criticals.reduce((a, b) => a + b, 0) / criticals.length;
    const threshold = number(profile.threshold ?? 0);
    const verdict =
      profile.status === 'insufficient'
        ? t('results.insufficient')
        : profile.status === 'balanced'
          ? profile.method === 'threshold'
            ? t('results.balanced', { threshold })
            : t('results.balancedCritical')
          : '';
    const help =
      profile.mean === null
        ? ''
        : profile.method === 'threshold'
          ? t('results.relativeHelp', { mean: number(profile.mean), threshold })
          : t('results.relativeHelpCritical', { mean: number(profile.mean), critical: number(typical ?? 0) });
    return {
      id: profile.section,
      title: text(index.sections.get(profile.section)?.title),
      status: profile.status,
      verdict,
      strengths: profile.strengths.map(dimensionName),
      development: profile.development.map(dimensionName),
      help,
    };
  });
  const flags =
    scores.flags.length === 0
      ? null
      : {
          title: t('results.flagsTitle'),
          items: scores.flags.map((flag) =>
            text(bank.scoring.flags.find((rule) => rule.id === flag.id)?.message),
          ),
        };
  const phaseQuestion = bank.context.find((q) => q.id === bank.scoring.phaseQuestion);
  const phaseOption = phaseQuestion?.options.find((o) => o.id === scores.hints.phase);
  const phase =
    phaseQuestion === undefined
      ? null
      : phaseOption === undefined
        ? { title: t('results.phaseTitle'), text: t('results.phaseNone'), roles: [] }
        : scores.hints.dimensions.length === 0
          ? {
              title: t('results.phaseTitle'),
              text: t('results.phaseNoRoles', { phase: text(phaseOption.label) }),
              roles: [],
            }
          : {
              title: t('results.phaseTitle'),
              text: t('results.phaseHint', { phase: text(phaseOption.label) }),
              roles: scores.hints.dimensions.map(dimensionName),
            };
  return { title: t('results.summaryTitle'), sections, flags, phase };
}

function identityOf(describe: Describe, data: AssessmentData): IdentityPart | null {
  const { t, text, index } = describe;
  const { reflections } = index.bank;
  if (reflections.prompts.length === 0) return null;
  const answers = reflections.prompts.flatMap((prompt): Pair[] => {
    const value = data.reflections[prompt.id];
    if (value === undefined) return [];
    return [
      {
        label: text(prompt.prompt),
        text: prompt.kind === 'slider' ? sliderText(describe, prompt, value) : String(value),
      },
    ];
  });
  return {
    title: text(reflections.title),
    intro: text(reflections.intro),
    answers,
    empty: answers.length === 0 ? t('results.reflectionsEmpty') : null,
  };
}

function situationsOf(describe: Describe, data: AssessmentData): SituationsPart | null {
  const { t, text, index, dimensionName } = describe;
  const situations = index.bank.situations;
  if (!situations) return null;
  const phaseQuestion = index.bank.context.find((q) => q.id === index.bank.scoring.phaseQuestion);
  const list = (ids: readonly string[]) => (ids.length === 0 ? '—' : ids.map(dimensionName).join(', '));
  const rows = situations.prompts.map((prompt) => {
    const chosen = data.choices[prompt.id] ?? [];
    const associated = index.bank.dimensions
      .filter((d) => d.section === situations.section && d.phases?.includes(prompt.phase) === true)
      .map((d) => d.id);
    return {
      id: prompt.id,
      phase: text(phaseQuestion?.options.find((o) => o.id === prompt.phase)?.label),
      situation: text(prompt.text),
      chosen: chosen.length === 0 ? t('results.situationNone') : list(chosen),
      associated: list(associated),
    };
  });
  return {
    title: text(situations.title),
    intro: text(situations.intro),
    note: t('results.situationsNote'),
    rows,
    table: {
      caption: text(situations.title),
      columns: [
        { label: t('results.columnPhase'), width: 0.28 },
        { label: t('results.columnChosen'), width: 0.36 },
        { label: t('results.columnAssociated'), width: 0.36 },
      ],
      rows: rows.map((row) => ({ id: row.id, cells: [row.phase, row.chosen, row.associated] })),
    },
  };
}

function detailsOf(describe: Describe, scores: Scores, data: AssessmentData): ResultsView['details'] {
  const { t, text, index, dimensionName } = describe;
  const { bank } = index;
  const hinted = new Set(scores.hints.dimensions);
  const strengths = new Set(scores.sections.flatMap((s) => s.strengths));
  const development = new Set(scores.sections.flatMap((s) => s.development));
  const position =
    bank.scoring.positionQuestion === undefined ? undefined : data.context[bank.scoring.positionQuestion];
  return {
    title: t('results.detailsTitle'),
    sections: bank.sections.flatMap((section) => {
      const list = scores.dimensions.filter((score) => score.section === section.id);
      if (list.length === 0) return [];
      return [
        {
          id: section.id,
          title: text(section.title),
          dimensions: list.map((score): DimensionDetail => {
            const dimension = index.dimensions.get(score.id);
            const note = position === undefined ? undefined : dimension?.positionNotes?.[position];
            return {
              id: score.id,
              name: dimensionName(score.id),
              headline: scoreHeadline(describe, score),
              scoreLine: scoreLine(describe, score),
              intervalLine: intervalLine(describe, score),
              answeredLine: score.mean === null ? null : answeredLine(describe, score),
              standing: strengths.has(score.id)
                ? t('results.standingStrength')
                : development.has(score.id)
                  ? t('results.standingDevelopment')
                  : null,
              definition: text(dimension?.definition),
              interpretation:
                score.band === null || !dimension ? null : text(dimension.interpretation[score.band]),
              positionNote: note === undefined ? null : text(note),
              tips: dimension?.tips.map(text) ?? [],
              reflection: text(dimension?.reflection),
              marked: hinted.has(score.id),
            };
          }),
        },
      ];
    }),
  };
}

/** The words for a standing among the norm group's percentiles. */
function standingText(describe: Describe, standing: NormStanding): string {
  const { t, number } = describe;
  const { above, below } = standing;
  if (above === null && below === null) return t('norms.anywhere');
  if (above === null) return t('norms.below', { percent: number(below ?? 0, 0) });
  if (below === null) return t('norms.above', { percent: number(above, 0) });
  return t('norms.between', { low: number(above, 0), high: number(below, 0) });
}

/** Per dimension with norms: the score, and where its interval stands among the norm group's percentiles. */
function normsOf(describe: Describe, scores: Scores): ResultsView['norms'] {
  const { t, text, index, number } = describe;
  const norms = index.bank.norms;
  if (!norms) return null;
  const rows = scores.dimensions.flatMap((score) => {
    const entry = norms.entries.find((e) => e.dimension === score.id);
    if (!entry) return [];
    const standing =
      score.mean === null
        ? null
        : normStanding(
            entry.percentiles,
            score.interval?.low ?? score.mean,
            score.interval?.high ?? score.mean,
          );
    return [
      {
        id: score.id,
        cells: [
          describe.dimensionName(score.id),
          score.mean === null ? '—' : number(score.mean),
          standing === null ? t('results.notEnough') : standingText(describe, standing),
          number(entry.n, 0),
        ],
      },
    ];
  });
  if (rows.length === 0) return null;
  return {
    title: t('norms.title'),
    intro: t('norms.intro', {
      source: text(norms.source),
      n: number(Math.max(...norms.entries.map((e) => e.n)), 0),
      group: text(norms.group),
      collected: norms.collected,
    }),
    table: {
      caption: t('norms.caption', { source: text(norms.source) }),
      columns: [
        { label: t('results.columnDimension'), width: 0.34 },
        { label: t('report.columnScore'), numeric: true, width: 0.12 },
        { label: t('norms.columnStanding'), width: 0.42 },
        { label: 'n', numeric: true, width: 0.12 },
      ],
      rows,
    },
  };
}

function overviewOf(describe: Describe, scores: Scores): ResultsView['overview'] {
  const { t, text, index, number } = describe;
  return {
    title: t('report.tableTitle'),
    table: {
      caption: t('report.tableTitle'),
      markLabel: t('results.calledFor'),
      columns: [
        { label: t('results.columnDimension'), width: 0.36 },
        { label: t('report.columnSection'), width: 0.22 },
        { label: t('report.columnScore'), numeric: true, width: 0.12 },
        { label: t('results.columnInterval'), numeric: true, width: 0.14 },
        { label: t('results.columnZone'), width: 0.16 },
      ],
      rows: scores.dimensions.map((score) => ({
        id: score.id,
        marked: scores.hints.dimensions.includes(score.id),
        cells: [
          describe.dimensionName(score.id),
          text(index.sections.get(score.section)?.title),
          score.mean === null ? '—' : number(score.mean),
          score.interval === null ? '—' : `${number(score.interval.low)}–${number(score.interval.high)}`,
          score.mean === null ? t('results.notEnough') : zoneLabel(describe, score),
        ],
      })),
    },
  };
}

/**
 * Builds the results view model: summary, leader identity, roles in context, context, charts, every
 * dimension, coach notes, answer-quality notes and how to read them, and the PDF's cover texts.
 */
export function buildResultsView(input: ResultsInput, t: Translate): ResultsView {
  const { index, data, language } = input;
  const describe = describer(index, language, t);
  const { text, number, date } = describe;
  const { bank } = index;
  const scores = input.scores ?? scoreAnswers(index, data.answers, data.context);
  const name = data.name.trim();
  const context = bank.context.flatMap((question): Pair[] => {
    const option = question.options.find((o) => o.id === data.context[question.id]);
    return option ? [{ label: text(question.text), text: text(option.label) }] : [];
  });
  const coachNotes = input.coachNotes?.trim() ?? '';
  const positions = bank.sections.some((section) => isPosition(describe, section.id));
  const languageName = language === 'nl' || language === 'en' ? t(`app.languageNames.${language}`) : language;
  return {
    language,
    title: input.title,
    subtitle: t('results.subtitle', { bank: text(bank.title), version: bank.version }),
    completed: t('results.completedOn', { date: date(data.completedAt) }),
    summary: summaryOf(describe, scores),
    identity: identityOf(describe, data),
    situations: situationsOf(describe, data),
    context: {
      title: t('report.contextTitle'),
      pairs: context,
      empty: context.length === 0 ? t('report.contextNone') : null,
    },
    charts: { title: t('results.chartsTitle'), figures: profileFigures(describe, scores) },
    overview: overviewOf(describe, scores),
    details: detailsOf(describe, scores, data),
    coachNotes: coachNotes === '' ? null : { title: t('report.coachNotesTitle'), text: coachNotes },
    quality:
      scores.quality.length === 0
        ? null
        : {
            title: t('results.qualityTitle'),
            notes: scores.quality.map((note) => qualityNoteText(describe, note)),
            footnote: t('results.qualityNote'),
          },
    norms: normsOf(describe, scores),
    feedback:
      input.feedback === undefined || input.feedback.length === 0
        ? null
        : buildFeedbackView(describe, aggregateFeedback(index, data.answers, input.feedback)),
    howToRead: {
      title: t('results.howToReadTitle'),
      paragraphs: [
        t('results.howToRead1'),
        text(bank.scoring.bandsNote),
        ...(positions ? [t('results.howToReadPositions')] : []),
        bank.scoring.measurement
          ? t('results.howToReadCritical', { source: text(bank.scoring.measurement.source) })
          : t('results.howToRead2'),
        t('results.howToRead3'),
      ].filter((paragraph) => paragraph !== ''),
    },
    actions: { expandAll: t('results.expandAll'), collapseAll: t('results.collapseAll') },
    labels: {
      definition: t('results.definition'),
      yourScore: t('results.yourScore'),
      interpretation: t('results.interpretation'),
      positionNote: t('results.positionNoteLabel'),
      tips: t('results.tips'),
      reflection: t('results.reflection'),
      notes: t('report.notesLabel'),
      strengths: t('results.strengths'),
      development: t('results.development'),
    },
    report: {
      fileName: reportFileName(
        fileBaseOf(text(bank.title)),
        name,
        t('report.fileDefaultName'),
        input.generatedAt,
        'pdf',
      ),
      title: text(bank.title),
      subtitle: t('report.coverSubtitle'),
      name: name === '' ? null : name,
      lines: [
        t('report.completedOn', { date: date(data.completedAt) }),
        t('report.bankLine', { title: text(bank.title) }),
        t('report.bankIdLine', { id: bank.id, version: bank.version, hash: input.bankHash.slice(0, 12) }),
        t('report.languageLine', { language: languageName }),
      ],
      notes: [t('report.confidential'), t('report.pilotNote')],
      footer: t('report.footer', { app: text(bank.title), bank: bank.id, version: bank.version }),
      pageOf: (page, pages) => t('report.pageOf', { page: number(page, 0), pages: number(pages, 0) }),
    },
  };
}
