/**
 * Branded ids: each kind of record has its own id type, so a place id cannot
 * be passed where a person id is expected, nor an article id where an event
 * id is. At run time they are plain strings (the brand exists only for the
 * type checker); they are made only where ids are assigned, through the
 * functions below.
 */
declare const brand: unique symbol;

/** A string that the type checker tells apart from other strings by `Kind`. */
export type Brand<Kind extends string> = string & { readonly [brand]: Kind };

export type ArticleId = Brand<'ArticleId'>;
export type PersonId = Brand<'PersonId'>;
export type OrgId = Brand<'OrgId'>;
export type PlaceId = Brand<'PlaceId'>;
export type EventId = Brand<'EventId'>;
/** Any entity: person, organisation or place. */
export type EntityId = PersonId | OrgId | PlaceId;

export const articleId = (id: string): ArticleId => id as ArticleId;
export const personId = (id: string): PersonId => id as PersonId;
export const orgId = (id: string): OrgId => id as OrgId;
export const placeId = (id: string): PlaceId => id as PlaceId;
export const eventId = (id: string): EventId => id as EventId;
