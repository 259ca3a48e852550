/** Why one input record (a CSV row, a payload item) was not imported. */
export interface Rejection {
  /** Names the record: "row 12" (1-based, header is row 1) or "items[3]" in "channels.json". */
  record: string;
  /** The field or column at fault, e.g. "followers" or "items[3].statistics.subscriberCount". */
  field: string;
  reason: string;
}

/** What parsing an input file produced: the good records and the reasons for the bad ones. */
export interface Parsed<T> {
  records: { label: string; value: T }[];
  rejections: Rejection[];
  /** Things the user should know that did not stop a record (e.g. a column read differently). */
  warnings: string[];
}

export const formatRejection = (r: Rejection) => `${r.record}: ${r.field}: ${r.reason}`;
