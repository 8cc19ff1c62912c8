import { COMMENT_LEAD_RULES, commentLeadRuleOf } from '../../src/text/commentLeads';

describe('leads that report nothing of their own day', () => {
  const finds = COMMENT_LEAD_RULES.flatMap((r) => r.examples.map((e) => [r.id, e] as const));
  const keeps = COMMENT_LEAD_RULES.flatMap((r) => r.keeps.map((e) => [r.id, e] as const));

  it.each(finds)('%s finds: %s', (id, sentence) => {
    expect(commentLeadRuleOf(sentence)).toBe(id);
  });

  it.each(keeps)('%s keeps: %s', (_id, sentence) => {
    expect(commentLeadRuleOf(sentence)).toBeNull();
  });
});
