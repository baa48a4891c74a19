// A government body's notice governs a kind of institution of its place (浙江省物价局《关于…公办普通高校学费的通知》):
// people name it by that scope (浙江公办高校, 浙江高校), so those names are the body's aliases.
import { leadingPlaces } from '../text/org-names.js';
import type { ReportDocument } from '../types.js';

/** A body that governs rather than teaches: a department, a bureau, a commission, a government. */
const GOVERNING = /(?:厅|局|委员会|委|政府|办公室|办公厅)$/;
/** The kind of institution a notice's title says it governs. */
const SCOPE = /(公办|民办)?(普通)?(高校|高等学校|院校)/;

/** Names of the scope each governing body's notices cover, by body: 浙江公办高校, 浙江省公办普通高校, 浙江高校. */
export function scopeAliases(documents: ReportDocument[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const d of documents) {
    if (!GOVERNING.test(d.school)) continue;
    const scope = SCOPE.exec(d.title);
    const place = leadingPlaces(d.school).places[0];
    if (!scope || !place) continue;
    const [, ownership = '', plain = ''] = scope;
    const kinds = new Set([`${ownership}${plain}高校`, `${ownership}高校`, `${ownership}${plain}高等学校`]);
    const names = [...kinds].flatMap((k) => [`${place.name}${k}`, `${place.text}${k}`]);
    out.set(d.school, [...new Set([...(out.get(d.school) ?? []), ...names])]);
  }
  return out;
}
