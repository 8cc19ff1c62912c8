import { EVENT_FURNITURE_RULES, furnitureRuleOf } from '../../src/text/eventFurniture';

describe('sentences that are never timeline events', () => {
  const removes = EVENT_FURNITURE_RULES.flatMap((r) => r.examples.map((e) => [r.id, e] as const));
  const keeps = EVENT_FURNITURE_RULES.flatMap((r) => r.keeps.map((e) => [r.id, e] as const));

  it.each(removes)('%s removes: %s', (id, sentence) => {
    expect(furnitureRuleOf(sentence)).toBe(id);
  });

  it.each(keeps)('%s keeps: %s', (_id, sentence) => {
    expect(furnitureRuleOf(sentence)).toBeNull();
  });
});
