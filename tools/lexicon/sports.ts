/**
 * The sports iD names in French, read as leisure (weight 2, as a preset's name): the labels of its
 * sport field, and the sport a pitch preset is for (« Terrain pour tir à l'arc »: the field's 60
 * labels hold no archery, judo nor fencing, and a club's licence is said by its sport's name).
 */
import { SPORTS_LEFT_OUT } from './osm-categories.ts';

type Options = Record<string, unknown>;
type Names = Record<string, { name?: string }>;

/** The sport field's labels, but SPORTS_LEFT_OUT: « Escalade », « Badminton » (one label may hold two: "Pickleball\nTennis léger"). */
export const sportFieldLabels = (options: Options): string[] =>
  Object.entries(options).flatMap(([value, label]) =>
    SPORTS_LEFT_OUT.has(value) || typeof label !== 'string'
      ? []
      : label.split('\n').map((l) => l.replace(/\(.*?\)/g, '').trim()),
  );

/**
 * The sport of each `leisure/pitch/<sport>` preset (but SPORTS_LEFT_OUT), as its French name says
 * it after « Terrain de », « Terrain pour », « Court de »: « tir à l'arc », « hockey sur gazon »,
 * « rugby à XIII ». A name that says no sport that way (« Skatepark », « Baby-foot », « Champ de
 * tir ») gives nothing.
 */
export const pitchSports = (names: Names): string[] =>
  Object.entries(names).flatMap(([id, { name }]) => {
    const sport = /^leisure\/pitch\/(\w+)$/.exec(id)?.[1];
    const said = name ? /^(?:terrain|court) (?:de |d'|pour (?:jeu de )?)(.+)$/i.exec(name)?.[1] : undefined;
    return sport && said && !SPORTS_LEFT_OUT.has(sport) ? [said.replace(/\(.*?\)/g, '').trim()] : [];
  });
