/**
 * The subset of SARIF 2.1.0 that podsec writes. Kept local (instead of `@types/sarif`) so the reporter
 * has no dependency and the types say exactly which properties we promise to fill.
 */

export interface SarifMessage {
  readonly text: string;
  readonly markdown?: string;
}

export interface SarifArtifactLocation {
  readonly uri: string;
  readonly uriBaseId?: string;
  readonly description?: SarifMessage;
}

export interface SarifRegion {
  readonly startLine: number;
  readonly startColumn?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

export interface SarifPhysicalLocation {
  readonly artifactLocation: SarifArtifactLocation;
  readonly region?: SarifRegion;
}

export interface SarifLocation {
  readonly id?: number;
  readonly physicalLocation?: SarifPhysicalLocation;
  readonly message?: SarifMessage;
}

export type SarifLevel = 'none' | 'note' | 'warning' | 'error';

export type SarifPropertyBag = Readonly<Record<string, unknown>>;

export interface SarifReportingDescriptor {
  readonly id: string;
  readonly name?: string;
  readonly shortDescription?: SarifMessage;
  readonly fullDescription?: SarifMessage;
  readonly help?: SarifMessage;
  readonly helpUri?: string;
  readonly defaultConfiguration?: { readonly level: SarifLevel };
  readonly properties?: SarifPropertyBag;
}

export interface SarifSuppression {
  readonly kind: 'inSource' | 'external';
  readonly status?: 'accepted' | 'underReview' | 'rejected';
  readonly justification?: string;
  readonly properties?: SarifPropertyBag;
}

export interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex: number;
  readonly level: SarifLevel;
  readonly message: SarifMessage;
  readonly locations: readonly SarifLocation[];
  readonly relatedLocations?: readonly SarifLocation[];
  readonly partialFingerprints?: Readonly<Record<string, string>>;
  readonly suppressions?: readonly SarifSuppression[];
  /** The result against a baseline run (§3.27.24); only when a comparison was made. */
  readonly baselineState?: SarifBaselineState;
  /** Proposed fixes (`podsec fix`): the edits to the files, as character replacements. */
  readonly fixes?: readonly SarifFix[];
  readonly properties?: SarifPropertyBag;
}

/** SARIF 2.1.0 §3.27.24. podsec writes `new` and `unchanged`; `updated` and `absent` are never written. */
export type SarifBaselineState = 'new' | 'unchanged' | 'updated' | 'absent';

export interface SarifReplacement {
  readonly deletedRegion: { readonly charOffset: number; readonly charLength: number };
  readonly insertedContent?: { readonly text: string };
}

export interface SarifFix {
  readonly description: SarifMessage;
  readonly artifactChanges: readonly {
    readonly artifactLocation: { readonly uri: string };
    readonly replacements: readonly SarifReplacement[];
  }[];
}

export interface SarifNotification {
  readonly level: SarifLevel;
  readonly message: SarifMessage;
  readonly locations?: readonly SarifLocation[];
  readonly descriptor?: { readonly id: string; readonly index?: number };
}

export interface SarifInvocation {
  readonly executionSuccessful: boolean;
  readonly toolExecutionNotifications?: readonly SarifNotification[];
}

export interface SarifToolComponent {
  readonly name: string;
  readonly semanticVersion?: string;
  readonly version?: string;
  readonly informationUri?: string;
  readonly rules: readonly SarifReportingDescriptor[];
  readonly notifications?: readonly SarifReportingDescriptor[];
}

export interface SarifRun {
  readonly tool: { readonly driver: SarifToolComponent };
  readonly automationDetails?: { readonly id: string };
  readonly originalUriBaseIds?: Readonly<
    Record<string, SarifArtifactLocation | { readonly description: SarifMessage }>
  >;
  readonly invocations?: readonly SarifInvocation[];
  readonly columnKind?: 'utf16CodeUnits' | 'unicodeCodePoints';
  readonly results: readonly SarifResult[];
  readonly properties?: SarifPropertyBag;
}

export interface SarifLog {
  readonly $schema: string;
  readonly version: '2.1.0';
  readonly runs: readonly SarifRun[];
}
