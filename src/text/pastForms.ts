/**
 * Past forms not in -ed that news writes most, shared by the two readers of a past tense: the verb that governs a
 * date (dates/tense.ts, PAST) and a role that is really a clause about what someone did (quotes/roleRules.ts,
 * irregular-past-clause). Each adds forms of its own: the tense reader "said", "held", "died", "struck", "shot" and
 * others, and "led" only outside a compound ("EU-led"); the role rule "led", "thought", "kept" and "felt", which as
 * tense markers turned plans into pasts ("are being kept confidential until Tuesday").
 */
export const IRREGULAR_PAST_FORMS: readonly string[] = `made gave took got went came left told knew saw found
  brought sent won lost met ran spent wrote spoke began became fell rose drove flew sold bought stood sat`.split(
  /\s+/,
);
