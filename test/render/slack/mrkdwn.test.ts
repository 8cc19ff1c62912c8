import { escapeMrkdwn, link, quoteLines, truncate } from '../../../src/render/slack/mrkdwn';

describe('mrkdwn', () => {
  it('escapes &, < and > so article text cannot ping or link', () => {
    expect(escapeMrkdwn('Tell <!channel> & <@U123> <http://evil.example|click>')).toBe(
      'Tell &lt;!channel&gt; &amp; &lt;@U123&gt; &lt;http://evil.example|click&gt;',
    );
  });

  it('links only http(s) URLs, with a label that cannot break out of the link', () => {
    expect(link('https://ledger.example/a?b=1', 'The <Ledger>|x')).toBe(
      '<https://ledger.example/a?b=1|The &lt;Ledger&gt;¦x>',
    );
    expect(link('javascript:alert(1)', 'Ledger')).toBe('Ledger');
    expect(link('https://x.example/a>b|c', 'L')).toBe('<https://x.example/a%3Eb%7Cc|L>');
    expect(link(null, 'Ledger')).toBe('Ledger');
  });

  it('quotes each line and truncates with an ellipsis', () => {
    expect(quoteLines('one\ntwo <b>')).toBe('> one\n> two &lt;b&gt;');
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
  });
});
