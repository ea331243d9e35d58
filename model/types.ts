/**
 * The types of plan data, derived from the schemas (`schema/`, one definition
 * for both). Everything is read-only. Type-only imports: nothing here reaches
 * a bundle.
 */
import type { Static, TSchema } from '@sinclair/typebox';
import type * as O from './schema/observation.js';
import type * as P from './schema/plan.js';
import type * as C from './schema/common.js';
import type { LANGS, REJECTION_REASONS } from './enums.js';

/** A deeply read-only copy of `T`. */
export type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

type Of<S extends TSchema> = DeepReadonly<Static<S>>;

export type { ObservationPeriod } from './schema/observation.js';

/** A text in zh-CN (as the plan writes it) and en. */
export type Text = Of<typeof C.Text>;
/** The languages widgets and labels support. */
export type Lang = (typeof LANGS)[number];
/** A span of years: `from` is the base year, `to` the end year. */
export type Period = Of<typeof C.Period>;
/** Where the plan states a figure: the section path and a verbatim quote. */
export type Source = Of<typeof C.Source>;
/** A decision taken on an ambiguity of the text. */
export type Note = Of<typeof C.Note>;
/** The whole a share is a share of. */
export type Whole = Of<typeof C.WholeObject>;

/** A unit as the plan text writes it. */
export type UnitText = Of<typeof P.Unit>;
/** The machine unit kind. */
export type UnitKind = Of<typeof P.UnitKind>;

type Figure0 = Of<typeof P.PlainFigure>;
type Target0 = Of<typeof P.TargetFigure>;

/** What a figure states. */
export type FigureKind = Figure0['kind'];
/** Real, nominal or not a money quantity. */
export type PriceBasis = Figure0['priceBasis'];
/** How exactly a stated value holds. */
export type Qualifier = Figure0['qualifier'];
/** What part of the plan a figure comes from. */
export type FigureRole = Figure0['role'];
/** When a target is met; `reach` is 达到 N with no qualifier. */
export type Comparator = Target0['comparator'];
/** The form of a target. */
export type TargetForm = Target0['form'];

/** Which way is better; `neutral` only for context indicators. */
export type Direction = Of<typeof P.Indicator>['direction'];
/** A flow, a stock, a share or a ratio. */
export type IndicatorKind = Of<typeof P.Indicator>['kind'];

/** A measured quantity; `Id` narrows the id to a literal union. */
export type IndicatorDef<Id extends string = string> = Omit<Of<typeof P.Indicator>, 'id'> & { readonly id: Id };

/** A quantified statement of the plan (a result, problem, target or context figure); `I` narrows the indicator id. */
export type FigureDef<I extends string = string> = Omit<Figure0, 'indicator'> & { readonly indicator: I };

/** A quantified goal of the plan. */
export type TargetDef<I extends string = string> = Omit<Target0, 'indicator' | 'role'> & {
  readonly indicator: I;
  readonly role: 'target';
};

/** A goal dimension. */
export type DimensionDef = Of<typeof P.Dimension>;
/** An industry with targets. */
export type IndustryDef = Of<typeof P.Industry>;
/** A group of industries as a plan defines it. */
export type IndustryGroupDef = Of<typeof P.IndustryGroup>;
/** A document a figure's source can name. */
export type SourceDocumentDef = Of<typeof P.SourceDocument>;
/** A unit a plan defines. */
export type UnitDefinition = Of<typeof P.UnitDefinition>;
/** A place of the spatial layout. */
export type Place = Of<typeof P.Place>;
/** One part of the spatial layout formula. */
export type LayoutPartDef = Of<typeof P.LayoutPart>;
/** One kind of service cluster. */
export type ClusterKindDef = Of<typeof P.ClusterKind>;
/** A numeric fact of the plan's structure. */
export type StructureCount = Of<typeof P.StructureCount>;
/** The plan's metadata. */
export type PlanMeta = Of<typeof P.Meta>;

type Observation0 = Of<typeof O.ObservationObject>;
/** What an observation measures on its indicator. */
export type ObservationMeasure = Observation0['measure'];
/** Exact, or a lower bound. */
export type Bound = Observation0['bound'];
/** Which release of a figure: plan, preliminary, final, revised (oldest to newest). */
export type Vintage = Observation0['vintage'];
/** official, mainstream or secondary. */
export type Reliability = Observation0['reliability'];

/** An observation as published in `observations.json` / `.csv`. */
export type ObservationRecord = Observation0;

/**
 * An observed outcome with its source. The plan's own figures, as observations
 * (vintage `plan`), have no date or URL (`null`) and carry the plan's `source` instead.
 */
export type Observation = Omit<Observation0, 'published' | 'url'> & {
  /** Publication date, `YYYY-MM-DD` or `YYYY-MM`; null only for the plan's own figures. */
  readonly published: string | null;
  /** The page that publishes the figure; null only for the plan's own figures. */
  readonly url: string | null;
  /** For the plan's own figures: the section and verbatim quote. */
  readonly source?: Source;
};

/** Why a reviewed candidate figure is not shipped. */
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** A candidate outcome figure reviewed and left out, with the reason. */
export interface RejectedCandidate {
  /** Position of the candidate in the reviewed list. */
  readonly candidate: number;
  /** The candidate's own indicator name, as the collector wrote it. */
  readonly indicator: string;
  /** The plan indicator the candidate was reviewed for. */
  readonly considered: string;
  readonly year: number;
  readonly value: number;
  readonly unit: string;
  readonly url: string | null;
  readonly reason: RejectionReason;
  readonly why: string;
}

/** A plan document as `plan.schema.json` describes it (optionally with its observations). */
export type PlanDocument = Omit<Of<typeof P.PlanDocument>, 'figures' | 'observations'> & {
  readonly figures: readonly (FigureDef | TargetDef)[];
  readonly observations?: readonly Observation[];
};

/** The observations document (`observations.json`). */
export type ObservationsDocument = Of<typeof O.ObservationsDocument>;

/** A plan document as code holds it, with the candidate figures that were reviewed for it and left out. */
export type PlanSource = PlanDocument & {
  readonly rejected?: readonly RejectedCandidate[];
  /** For one indicator's part of a plan: the ids of every indicator of the whole plan (observations are checked against them). */
  readonly indicatorIds?: readonly string[];
};
