/** The view schema: declare a view once (`defineView`) with the field kinds of `fields`. */
export * from './defineView';
export type { Field, FieldOptions, ReadContext, WriteOptions } from './field';
export * from './fields';
export { clip, readNumber, readChoice, readList, checkVersion, URL_VERSION } from './readers';
