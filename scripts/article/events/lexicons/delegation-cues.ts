/**
 * Words that say who took part in talks, as a delegation or in company
 * (ru, uk, en stems): lead, represent, make up, accompany, join.
 */
export const DELEGATION =
  /(?<![\p{L}])(?:делегаци|делегаці|представлял|представля(?:в|ла|ли)|возглав(?:лял|ил)|очол(?:юва|и)(?:в|ла|ли)|в состав|до складу|входил|увійш(?:ов|ла|ли)|сопровожда|супроводжува|присоединил|приєдна(?:вся|лася|лися)|delegation|represented|accompanied|was joined by|were joined by)/u;
