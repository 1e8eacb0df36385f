/**
 * Words that say who took part in talks, as a delegation or in company
 * (ru, uk, en stems): lead, represent, make up, accompany, join.
 */
/** «на полях саммита», «у кулуарах», "on the sidelines of": an act inside a larger event, not that event. */
export const SIDELINES = /(?<![\p{L}])(?:на полях|в кулуарах|на кулуарах|у кулуарах|в рамках|у рамках|on the sidelines|on the margins|on the fringes)(?![\p{L}])/u;

export const DELEGATION =
  /(?<![\p{L}])(?:делегаци|делегаці|представлял|представля(?:в|ла|ли)|возглав(?:лял|ил)|очол(?:юва|и)(?:в|ла|ли)|в состав|до складу|входил|увійш(?:ов|ла|ли)|сопровожда|супроводжува|присоединил|приєдна(?:вся|лася|лися)|delegation|represented|accompanied|was joined by|were joined by)/u;
